package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** An import is one change of the history, and what it writes is seen by search and by every list at once. */
@QuarkusTest
class ImportHistoryTest {

    private static JsonPath list(String marker) {
        return Api.as(TestUser.ADMIN).queryParam("q", marker).queryParam("size", "100").queryParam("sort", "id,asc")
                .get(DeficitData.DEFICITS).then().statusCode(200).extract().jsonPath();
    }

    private static long revision(long id, int entry) {
        return Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getLong("[" + entry + "].revision");
    }

    @Test
    void aFileOfManyRowsIsOneRevisionAndVisibleEverywhere() {
        String marker = TestData.unique("ревизия");
        assertEquals(0, list(marker).getInt("totalItems"), "the empty list is kept before the import");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Название", "Код региона", "Коды категорий", "Острота"));
        for (int i = 0; i < 250; i++) {
            rows.add(List.of(marker + " " + i, i % 2 == 0 ? "27" : "22", "mentoring", "Средняя"));
        }
        Files.upload(TestUser.ADMIN, "deficits", Files.xlsx(rows), "many.xlsx", false).then().log()
                .ifValidationFails().statusCode(200).body("toCreate", equalTo(250)).body("written", equalTo(250));
        JsonPath created = list(marker);
        assertEquals(250, created.getInt("totalItems"), "the kept answer saw the import");
        long first = created.getLong("items[0].id");
        long last = Api.as(TestUser.ADMIN).queryParam("q", marker).queryParam("sort", "id,desc")
                .get(DeficitData.DEFICITS).then().extract().jsonPath().getLong("items[0].id");
        long revision = revision(first, 0);
        assertEquals(revision, revision(last, 0), "one revision for the whole file");
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + first + "/history").then()
                .body("[0].action", equalTo("CREATED")).body("[0].changedBy", equalTo("admin"));
        Api.as(TestUser.ADMIN).queryParam("q", marker + " 249").get("/api/v1/search").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));

        byte[] file = Files.export(DeficitData.DEFICITS, "xlsx", marker);
        byte[] edited = Files.editXlsx(Files.editXlsx(file, "Название", marker + " 0", "Острота", "Высокая"),
                "Название", marker + " 249", "Острота", "Низкая");
        Files.upload(TestUser.ADMIN, "deficits", edited, "edit.xlsx", false).then().statusCode(200)
                .body("toUpdate", equalTo(2)).body("unchanged", equalTo(248));
        long update = revision(first, 0);
        assertEquals(update, revision(last, 0), "both changes in one revision");
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + first + "/history").then()
                .body("[0].action", equalTo("UPDATED")).body("[0].changes[0].field", equalTo("severity"));
    }

    @Test
    void aRefusedFileLeavesNoRevision() {
        String marker = TestData.unique("безревизии");
        long id = DeficitData.create(DeficitData.deficit("27"));
        int before = Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id + "/history").then().extract()
                .jsonPath().getList("$").size();
        byte[] file = Files.xlsx(List.of(List.of("Идентификатор", "Название", "Код региона", "Коды категорий",
                        "Острота"),
                List.of(id, marker, "27", "mentoring", "Высокая"),
                List.of("", marker + " 2", "99", "mentoring", "Высокая")));
        Files.upload(TestUser.ADMIN, "deficits", file, "refused.xlsx", false).then().statusCode(422);
        assertEquals(before, Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id + "/history").then()
                .extract().jsonPath().getList("$").size());
    }
}
