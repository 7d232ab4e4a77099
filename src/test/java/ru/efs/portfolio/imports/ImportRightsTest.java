package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** Who may import what: the same rights as the API's create and update. */
@QuarkusTest
class ImportRightsTest {

    private static final List<Object> HEADER = List.of("Название", "Код региона", "Коды категорий", "Острота");

    private static int count(String marker) {
        return Api.as(TestUser.ADMIN).queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
    }

    @Test
    void coordinatorsRowsOfAnotherRegionAreErrorsOfTheRegionColumn() {
        String marker = TestData.unique("чужойрегион");
        byte[] file = Files.xlsx(List.of(HEADER,
                List.of(marker + " свой", "27", "mentoring", "Высокая"),
                List.of(marker + " чужой", "22", "mentoring", "Высокая")));
        Files.upload(TestUser.COORDINATOR_27, "deficits", file, "regions.xlsx", true).then().log()
                .ifValidationFails().statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("Код региона"))
                .body("errors[0].message", containsString("22 — Алтайский край"));
        Files.upload(TestUser.COORDINATOR_27, "deficits", file, "regions.xlsx", false).then().statusCode(422);
        assertEquals(0, count(marker));
    }

    @Test
    void coordinatorCannotMoveAnotherRegionsObjectByItsId() {
        String marker = TestData.unique("чужойобъект");
        Map<String, Object> body = DeficitData.deficit("22");
        body.put("title", marker);
        long id = DeficitData.create(body);
        byte[] file = Files.xlsx(List.of(List.of("Идентификатор", "Название", "Код региона"),
                List.of(id, marker + " мой теперь", "27")));
        Files.upload(TestUser.COORDINATOR_27, "deficits", file, "move.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("errors[0].column", equalTo("Код региона"))
                .body("errors[0].message", containsString("22"));
    }

    @Test
    void coordinatorsPeopleAreInTheRegionOfTheirOrganisation() {
        String marker = TestData.unique("Чужова");
        long other = TestData.createSubject("22");
        byte[] file = Files.xlsx(List.of(List.of("ФИО", "Организация (субъект ЕФС)"), List.of(marker, other)));
        Files.upload(TestUser.COORDINATOR_27, "people", file, "people.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("errors[0].column", equalTo("Организация (субъект ЕФС)"));
    }

    @Test
    void federalSubjectsAreTheAdministratorsAsInTheApi() {
        String marker = TestData.unique("Федеральный центр");
        byte[] file = Files.xlsx(List.of(List.of("Полное название", "Тип субъекта", "Код региона"),
                List.of(marker, "UNIVERSITY_CENTER", "27")));
        Files.upload(TestUser.COORDINATOR_27, "subjects", file, "subjects.xlsx", true).then().log()
                .ifValidationFails().statusCode(200).body("errors[0].column", equalTo("Тип субъекта"));
        Files.upload(TestUser.ADMIN, "subjects", file, "subjects.xlsx", true).then().statusCode(200)
                .body("errors.size()", equalTo(0)).body("toCreate", equalTo(1));
    }

    @Test
    void viewersAndExpertsMayNotImportButMayTakeTheTemplate() {
        byte[] file = Files.xlsx(List.of(HEADER, List.of("Дефицит", "27", "mentoring", "Высокая")));
        Files.upload(TestUser.VIEWER, "deficits", file, "d.xlsx", true).then().statusCode(403)
                .contentType(containsString("problem+json"));
        Files.upload(TestUser.EXPERT, "deficits", file, "d.xlsx", true).then().statusCode(403);
        Api.anonymous().contentType("multipart/form-data").multiPart("file", "d.xlsx", file)
                .post("/api/v1/imports/deficits").then().statusCode(401);
        Api.as(TestUser.VIEWER).accept(Files.XLSX).get("/api/v1/imports/deficits/template").then().statusCode(200);
    }
}
