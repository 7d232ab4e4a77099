package ru.efs.portfolio.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class DeficitExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void spreadsheetHoldsEveryMatchingRowNotOnePage() {
        String marker = TestData.unique("выгрузкамаркер");
        for (int i = 0; i < 25; i++) {
            Map<String, Object> body = DeficitData.deficit("27");
            body.put("title", marker + " " + i);
            DeficitData.create(body);
        }
        byte[] file = Api.as(TestUser.VIEWER).accept(XLSX).queryParam("q", marker).queryParam("size", "5")
                .get(DeficitData.DEFICITS).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        List<List<String>> rows = Sheets.xlsxRows(file);
        assertEquals(26, rows.size(), "the header and all 25 rows, not the page of 5");
        assertEquals("Название", rows.get(0).get(1));
        assertTrue(Sheets.column(rows, "Название").stream().allMatch(t -> t.startsWith(marker)));
        assertTrue(Sheets.column(rows, "Название региона").stream().allMatch("Хабаровский край"::equals));
        assertTrue(Sheets.column(rows, "Острота").stream().allMatch("Высокая"::equals));
    }

    @Test
    void filtersAndSortAreTheListsOwn() {
        String marker = TestData.unique("сортировкамаркер");
        for (String suffix : List.of("В", "А", "Б")) {
            Map<String, Object> body = DeficitData.deficit("22");
            body.put("title", marker + " " + suffix);
            DeficitData.create(body);
        }
        Map<String, Object> other = DeficitData.deficit("27");
        other.put("title", marker + " другой регион");
        DeficitData.create(other);
        byte[] file = Api.as(TestUser.ADMIN).queryParam("format", "xlsx").queryParam("q", marker)
                .queryParam("regionCode", "22").queryParam("sort", "title,asc")
                .get(DeficitData.DEFICITS).then().statusCode(200).extract().asByteArray();
        assertEquals(List.of(marker + " А", marker + " Б", marker + " В"),
                Sheets.column(Sheets.xlsxRows(file), "Название"));
    }

    @Test
    void idsAndDatesAreRealCellsAndIdsHaveNames() {
        String marker = TestData.unique("ячейкимаркер");
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", marker);
        long id = DeficitData.create(body);
        byte[] file = Api.as(TestUser.ADMIN).queryParam("format", "xlsx").queryParam("q", marker)
                .get(DeficitData.DEFICITS).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = Sheets.workbook(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals(id, (long) sheet.getRow(1).getCell(0).getNumericCellValue());
            int created = Sheets.xlsxRows(file).get(0).indexOf("Создан");
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(created)),
                    "the creation time is a date cell");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void csvIsForRussianSpreadsheetsAndEnglishOnRequest() {
        String marker = TestData.unique("csvмаркер");
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", marker);
        DeficitData.create(body);
        byte[] russian = Api.as(TestUser.ADMIN).accept("text/csv").queryParam("q", marker)
                .get(DeficitData.DEFICITS).then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        List<List<String>> rows = Sheets.csvRows(russian, ';');
        assertEquals(List.of(marker), Sheets.column(rows, "Название"));
        assertEquals(List.of("Высокая"), Sheets.column(rows, "Острота"));
        byte[] english = Api.as(TestUser.ADMIN).header("Accept-Language", "en").queryParam("format", "csv")
                .queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200).extract().asByteArray();
        List<List<String>> englishRows = Sheets.csvRows(english, ',');
        assertEquals(List.of("High"), Sheets.column(englishRows, "Severity"));
        assertEquals(List.of("Хабаровский край"), Sheets.column(englishRows, "Region name"), "names are as registered");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() {
        String marker = TestData.unique("формулмаркер");
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "=HYPERLINK(\"http://example.invalid\",\"" + marker + "\")");
        body.put("description", "+1+2 " + marker);
        DeficitData.create(body);
        byte[] csv = Api.as(TestUser.ADMIN).queryParam("format", "csv").queryParam("q", marker)
                .get(DeficitData.DEFICITS).then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Sheets.csvRows(csv, ';');
        assertTrue(Sheets.column(rows, "Название").get(0).startsWith("'="), "CSV: a leading quote");
        assertTrue(Sheets.column(rows, "Описание").get(0).startsWith("'+"));
        byte[] xlsx = Api.as(TestUser.ADMIN).queryParam("format", "xlsx").queryParam("q", marker)
                .get(DeficitData.DEFICITS).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = Sheets.workbook(xlsx)) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType(), "text, never a formula");
            assertTrue(cell.getCellStyle().getQuotePrefixed(), "typed as text, so editing it does not run it");
            assertTrue(cell.getStringCellValue().startsWith("=HYPERLINK"), "the value itself is unchanged");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wrongFilterIsStillAProblemAndUnknownFormatNamesTheParameter() {
        Api.as(TestUser.ADMIN).queryParam("format", "xlsx").queryParam("status", "NOPE")
                .get(DeficitData.DEFICITS).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.as(TestUser.ADMIN).queryParam("format", "docx").get(DeficitData.DEFICITS).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void jsonStaysTheDefault() {
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS).then().statusCode(200)
                .contentType(startsWith("application/json")).body("size", equalTo(20));
    }
}
