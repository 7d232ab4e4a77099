package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** The template: the import's own headers, the allowed values on their own sheet, drop-down lists that use them. */
@QuarkusTest
class ImportTemplateTest {

    private static byte[] template(String kind, String language) {
        return Api.as(TestUser.ADMIN).accept(Files.XLSX).header("Accept-Language", language)
                .get("/api/v1/imports/" + kind + "/template").then().statusCode(200).contentType(Files.XLSX)
                .header("Content-Disposition", containsString("filename=\"" + kind + "-template.xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
    }

    private static List<String> headers(XSSFSheet sheet) {
        Row row = sheet.getRow(0);
        List<String> headers = new java.util.ArrayList<>();
        row.forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    @Test
    void deficitsTemplateHasValuesAndDropDowns() throws IOException {
        try (XSSFWorkbook workbook = Files.workbook(template("deficits", "ru"))) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<String> headers = headers(data);
            assertEquals("Идентификатор", headers.get(0));
            assertTrue(headers.containsAll(List.of("Название", "Код региона", "Коды категорий", "Острота")),
                    headers.toString());
            XSSFSheet values = workbook.getSheet("Значения");
            assertNotNull(values, "the values sheet");
            assertEquals("Регионы", values.getRow(0).getCell(0).getStringCellValue());
            assertEquals("01 — Республика Адыгея", values.getRow(1).getCell(0).getStringCellValue());
            List<? extends DataValidation> validations = data.getDataValidations();
            int region = headers.indexOf("Код региона");
            int severity = headers.indexOf("Острота");
            assertTrue(validations.stream().anyMatch(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                    == region && v.getValidationConstraint().getFormula1().equals("efs_regions")));
            DataValidation severities = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == severity).findFirst().orElseThrow();
            String range = workbook.getName(severities.getValidationConstraint().getFormula1()).getRefersToFormula();
            assertTrue(range.startsWith("'Значения'!"), range);
            assertNotNull(data.getRow(0).getCell(severity).getCellComment(), "each header explains itself");
        }
    }

    @Test
    void englishTemplateHasEnglishHeaders() throws IOException {
        try (XSSFWorkbook workbook = Files.workbook(template("practices", "en"))) {
            List<String> headers = headers(workbook.getSheetAt(0));
            assertTrue(headers.containsAll(List.of("Identifier", "Title", "Summary", "Maturity")), headers.toString());
            assertNotNull(workbook.getSheet("Values"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"subjects", "people", "deficits", "practices", "projects"})
    void everyTemplateImportsAsItIs(String kind) {
        Files.upload(TestUser.ADMIN, kind, template(kind, "ru"), kind + ".xlsx", true).then().log()
                .ifValidationFails().statusCode(200).body("rowsRead", equalTo(0)).body("errors.size()", equalTo(0));
    }

    @Test
    void aFilledTemplateCreates() throws IOException {
        String marker = TestData.unique("шаблон");
        byte[] file;
        try (XSSFWorkbook workbook = Files.workbook(template("deficits", "ru"))) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<String> headers = headers(data);
            Row row = data.createRow(1);
            row.createCell(headers.indexOf("Название")).setCellValue(marker);
            row.createCell(headers.indexOf("Код региона")).setCellValue("27 — Хабаровский край");
            row.createCell(headers.indexOf("Коды категорий")).setCellValue("mentoring — Наставничество");
            row.createCell(headers.indexOf("Острота")).setCellValue("Высокая");
            file = Files.bytes(workbook);
        }
        Files.upload(TestUser.ADMIN, "deficits", file, "filled.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1));
    }
}
