package ru.efs.portfolio.imports;

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

@QuarkusTest
class DeficitImportTest {

    private static long deficit(String regionCode, String title) {
        Map<String, Object> body = DeficitData.deficit(regionCode);
        body.put("title", title);
        return DeficitData.create(body);
    }

    private static int count(String marker) {
        return Api.as(TestUser.ADMIN).queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
    }

    @Test
    void exportedSpreadsheetEditedAndImportedChangesOnlyTheEditedRow() {
        String marker = TestData.unique("импортмаркер");
        long first = deficit("27", marker + " А");
        deficit("27", marker + " Б");
        deficit("27", marker + " В");
        byte[] file = Files.export(DeficitData.DEFICITS, "xlsx", marker);
        byte[] edited = Files.editXlsx(file, "Название", marker + " А", "Описание", "Изменено загрузкой");
        Files.upload(TestUser.ADMIN, "deficits", edited, "deficits.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toUpdate", equalTo(1)).body("unchanged", equalTo(2))
                .body("toCreate", equalTo(0)).body("written", equalTo(1)).body("errors.size()", equalTo(0));
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + first).then().statusCode(200)
                .body("description", equalTo("Изменено загрузкой"));
        assertEquals(3, count(marker), "nothing duplicated");
    }

    @Test
    void dryRunWritesNothing() {
        String marker = TestData.unique("проверкамаркер");
        long first = deficit("27", marker + " А");
        byte[] file = Files.export(DeficitData.DEFICITS, "xlsx", marker);
        byte[] edited = Files.editXlsx(file, "Название", marker + " А", "Описание", "Только проверка");
        Files.upload(TestUser.ADMIN, "deficits", edited, "deficits.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("dryRun", equalTo(true)).body("toUpdate", equalTo(1))
                .body("written", equalTo(0));
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + first).then().statusCode(200)
                .body("description", equalTo("Молодые педагоги уходят из школ в первые три года работы."));
    }

    @Test
    void newRowsCreateAndWrongRowsAreReportedByRowAndColumn() {
        String marker = TestData.unique("новыемаркер");
        byte[] file = Files.xlsx(List.of(
                List.of("Название", "Код региона", "Коды категорий", "Острота"),
                List.of(marker + " 1", "27", "mentoring", "Высокая"),
                List.of(marker + " 2", "99", "mentoring", "Высокая"),
                List.of(marker + " 3", "Хабаровский край", "нет-такой", "Высокая")));
        Files.upload(TestUser.ADMIN, "deficits", file, "new.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(2))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("Код региона"))
                .body("errors[1].row", equalTo(4)).body("errors[1].column", equalTo("Коды категорий"));
        Files.upload(TestUser.ADMIN, "deficits", file, "new.xlsx", false).then().log().ifValidationFails()
                .statusCode(422).body("details.report.errors.size()", equalTo(2))
                .body("details.report.written", equalTo(0));
        assertEquals(0, count(marker));
    }

    @Test
    void aRowTheServiceRefusesIsReportedAndTheRowsAfterItAreStillChecked() {
        String marker = TestData.unique("службамаркер");
        long otherRegionSubject = TestData.createSubject("22");
        byte[] file = Files.xlsx(List.of(
                List.of("Название", "Код региона", "Субъект ЕФС, у которого дефицит", "Коды категорий", "Острота"),
                List.of(marker + " 1", "27", otherRegionSubject, "mentoring", "Высокая"),
                List.of(marker + " 2", "27", "", "mentoring", "Средняя")));
        Files.upload(TestUser.ADMIN, "deficits", file, "service.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("Субъект ЕФС, у которого дефицит"));
        Files.upload(TestUser.ADMIN, "deficits", file, "service.xlsx", false).then().statusCode(422);
        assertEquals(0, count(marker));
    }

    @Test
    void aFileExportedBeforeSomeoneElsesChangeIsRefusedOnlyWhereItWouldOverwriteIt() {
        String marker = TestData.unique("версиямаркер");
        long id = deficit("27", marker);
        byte[] file = Files.export(DeficitData.DEFICITS, "xlsx", marker);
        Map<String, Object> newer = DeficitData.deficit("27");
        newer.put("title", marker);
        newer.put("description", "Изменено в сервисе после выгрузки");
        Api.as(TestUser.ADMIN).header("If-Match", DeficitData.etag(id)).body(newer).put(DeficitData.DEFICITS + "/" + id)
                .then().statusCode(200);
        byte[] edited = Files.editXlsx(file, "Название", marker, "Острота", "Низкая");
        Files.upload(TestUser.ADMIN, "deficits", edited, "stale.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("errors[0].column", equalTo("Версия"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("admin"));
        byte[] withoutVersion = Files.xlsx(List.of(List.of("Идентификатор", "Острота"), List.of(id, "Низкая")));
        Files.upload(TestUser.ADMIN, "deficits", withoutVersion, "truth.xlsx", false).then().statusCode(200)
                .body("toUpdate", equalTo(1));
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id).then().body("severity", equalTo("LOW"))
                .body("description", equalTo("Изменено в сервисе после выгрузки"));
    }
}
