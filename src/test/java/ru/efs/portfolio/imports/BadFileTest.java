package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** Files that are not what an import takes get a clear problem naming the file part, and change nothing. */
@QuarkusTest
class BadFileTest {

    private static final List<Object> HEADER = List.of("Название", "Код региона", "Коды категорий", "Острота");

    private static int count(String marker) {
        return Api.as(TestUser.ADMIN).queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
    }

    @Test
    void aPictureIsNotASpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.upload(TestUser.ADMIN, "deficits", png, "deficits.xlsx", true).then().statusCode(415)
                .contentType(containsString("problem+json")).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("не таблица"));
    }

    @Test
    void aTextDocumentOrAnyZipIsNotASpreadsheet() throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Название");
            document.write(out);
            Files.upload(TestUser.ADMIN, "deficits", out.toByteArray(), "deficits.xlsx", true).then()
                    .statusCode(415).body("errors[0].field", equalTo("file"));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("Название;Код региона".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.upload(TestUser.ADMIN, "deficits", zip.toByteArray(), "deficits.xlsx", true).then().statusCode(415)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anOldExcelFileIsRefusedWithAdvice() throws IOException {
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Данные").createRow(0).createCell(0).setCellValue("Название");
            old.write(out);
            Files.upload(TestUser.ADMIN, "deficits", out.toByteArray(), "deficits.xls", true).then()
                    .statusCode(415).body("errors[0].field", equalTo("file")).body("detail", containsString("XLS"));
        }
    }

    @Test
    void aSpreadsheetWithMacrosIsRefused() throws IOException {
        String marker = TestData.unique("макросы");
        try (XSSFWorkbook macros = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            var sheet = macros.createSheet("Данные");
            for (int r = 0; r < 2; r++) {
                var row = sheet.createRow(r);
                List<Object> cells = r == 0 ? HEADER : List.of(marker, "27", "mentoring", "Высокая");
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c).toString());
                }
            }
            byte[] file = Files.bytes(macros);
            Files.upload(TestUser.ADMIN, "deficits", file, "deficits.xlsx", false).then().statusCode(415)
                    .body("errors[0].field", equalTo("file")).body("detail", containsString("макрос"));
            Files.upload(TestUser.ADMIN, "deficits", file, "deficits.xlsm", false).then().statusCode(415);
        }
        assertEquals(0, count(marker));
    }

    @Test
    void aZipBombIsRefused() {
        byte[] file = Files.xlsx(List.of(HEADER, List.of("бомба", "27", "mentoring", "Высокая")));
        byte[] bomb = padded(file, "xl/worksheets/sheet1.xml", 60_000_000);
        Files.upload(TestUser.ADMIN, "deficits", bomb, "bomb.xlsx", true).then().statusCode(422)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("zip"));
    }

    /** The entry with blanks inside its XML: it packs into almost nothing and expands to {@code size} bytes. */
    private static byte[] padded(byte[] zip, String name, int size) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int written = 0; written < size; written += blanks.length) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileOfFiftyMegabytesIsTooLarge() {
        byte[] file = new byte[50 * 1024 * 1024];
        byte[] header = "Название;Код региона;Коды категорий;Острота\r\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, file, 0, header.length);
        java.util.Arrays.fill(file, header.length, file.length, (byte) 'x');
        Files.upload(TestUser.ADMIN, "deficits", file, "big.csv", true).then().statusCode(413)
                .contentType(containsString("problem+json")).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("20 MB"));
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnythingIsChecked() {
        StringBuilder csv = new StringBuilder("Название;Код региона;Коды категорий;Острота\r\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("Дефицит ").append(i).append(";27;mentoring;Высокая\r\n");
        }
        Files.upload(TestUser.ADMIN, "deficits", csv.toString().getBytes(StandardCharsets.UTF_8), "rows.csv", true)
                .then().statusCode(422).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("50000"));
    }

    @Test
    void anEmptyFileAndAMissingPartAreNamed() {
        Files.upload(TestUser.ADMIN, "deficits", new byte[0], "empty.csv", true).then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
        Api.as(TestUser.ADMIN).contentType("multipart/form-data").multiPart("other", "x")
                .post("/api/v1/imports/deficits").then().statusCode(400).body("errors[0].field", equalTo("file"));
        Api.as(TestUser.ADMIN).body("{}").post("/api/v1/imports/deficits").then().statusCode(415)
                .contentType(containsString("problem+json"));
    }

    @Test
    void anUnknownKindAndABadDryRunAreProblems() {
        byte[] file = Files.xlsx(List.of(HEADER));
        Files.upload(TestUser.ADMIN, "regions", file, "x.xlsx", true).then().statusCode(404);
        Api.as(TestUser.ADMIN).contentType("multipart/form-data").multiPart("file", "x.xlsx", file)
                .queryParam("dryRun", "может быть").post("/api/v1/imports/deficits").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void formulaCellsGiveTheirSavedValuesAndAreNeverCalculated() {
        String marker = TestData.unique("формулы");
        byte[] file = Files.xlsx(List.of(
                List.of("Название", "Описание", "Код региона", "Коды категорий", "Острота"),
                new ArrayList<>(java.util.Arrays.asList("=CONCATENATE(\"" + marker + "\",\" А\")", "=1+1", "27",
                        "mentoring", "Высокая"))), workbook -> {
                    // The title's formula is saved with its value, as a spreadsheet saves it; the description's is not.
                    Cell title = workbook.getSheetAt(0).getRow(1).getCell(0);
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(title);
                });
        Files.upload(TestUser.ADMIN, "deficits", file, "formulas.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1));
        Api.as(TestUser.ADMIN).queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200)
                .body("items[0].title", equalTo(marker + " А")).body("items[0].description", equalTo(null));
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreNamed() {
        byte[] typo = Files.xlsx(List.of(List.of("Назавние", "Код региона", "Коды категорий", "Острота", "Острота"),
                List.of("Дефицит", "27", "mentoring", "Высокая", "Высокая")));
        Files.upload(TestUser.ADMIN, "deficits", typo, "typo.xlsx", true).then().statusCode(422)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("Назавние"))
                .body("details.report.errors.column", hasItem("Назавние"))
                .body("details.report.errors.column", hasItem("Название"))
                .body("details.report.errors.row", hasItem(1));
        byte[] english = Files.xlsx(List.of(List.of("Title", "Region code", "Category codes"),
                List.of("Deficit", "27", "mentoring")));
        Files.upload(TestUser.ADMIN, "deficits", english, "en.xlsx", true, "en").then().statusCode(422)
                .body("details.report.errors[0].column", equalTo("Severity"))
                .body("details.report.errors[0].message", containsString("required column"));
    }

    @Test
    void headersAreMatchedAsAPersonReadsThem() {
        String marker = TestData.unique("заголовки");
        byte[] file = Files.xlsx(List.of(List.of(" НАЗВАНИЕ ", "код_региона:", "Коды  категорий", "острота."),
                List.of(marker, "27", "Наставничество", "высокая")));
        Files.upload(TestUser.ADMIN, "deficits", file, "loose.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1));
        assertEquals(1, count(marker));
    }

    @Test
    void theSameObjectTwiceOrTheSameRowTwiceIsAnError() {
        String marker = TestData.unique("повторы");
        long id = DeficitData.create(DeficitData.deficit("27"));
        byte[] file = Files.xlsx(List.of(List.of("Идентификатор", "Название", "Код региона", "Коды категорий",
                        "Острота"),
                List.of(id, marker + " 1", "27", "mentoring", "Высокая"),
                List.of(id, marker + " 2", "27", "mentoring", "Высокая"),
                List.of("", marker + " 3", "27", "mentoring", "Высокая"),
                List.of("", marker + " 3", "27", "mentoring", "Средняя")));
        Files.upload(TestUser.ADMIN, "deficits", file, "twice.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("errors.size()", equalTo(2))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("Идентификатор"))
                .body("errors[0].message", containsString("строке 2"))
                .body("errors[1].row", equalTo(5)).body("errors[1].column", equalTo("Название"))
                .body("errors[1].message", containsString("строке 4"));
    }

    @Test
    void referencesByNameAndCodeAndWrongOnesAreNamed() {
        String marker = TestData.unique("ссылки");
        long subject = TestData.createSubject("27");
        String subjectName = Api.as(TestUser.ADMIN).get("/api/v1/subjects/" + subject).then().extract().jsonPath()
                .getString("name");
        byte[] file = Files.xlsx(List.of(
                List.of("Название", "Код региона", "Субъект ЕФС, у которого дефицит (название)", "Коды категорий",
                        "Острота"),
                List.of(marker + " 1", "Хабаровский край", subjectName, "Наставничество; young-teachers", "High"),
                List.of(marker + " 2", "27 — Хабаровский край", "Нет такого субъекта", "mentoring", "Высокая"),
                List.of(marker + " 3", "Нарния", "", "mentoring", "Высокая"),
                List.of(marker + " 4", "27", "", "mentoring", "Страшная")));
        Files.upload(TestUser.ADMIN, "deficits", file, "refs.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(3))
                .body("errors[0].column", equalTo("Субъект ЕФС, у которого дефицит (название)"))
                .body("errors[1].column", equalTo("Код региона")).body("errors[1].message", containsString("Нарния"))
                .body("errors[2].column", equalTo("Острота")).body("errors[2].message", containsString("Критическая"));
        Files.upload(TestUser.ADMIN, "deficits", file, "refs.xlsx", true, "en").then().statusCode(200)
                .body("errors[1].message", containsString("There is no region"));
    }

    @Test
    void aStatusIsNotChangedByAnImport() {
        String marker = TestData.unique("статусы");
        byte[] file = Files.xlsx(List.of(List.of("Название", "Код региона", "Коды категорий", "Острота", "Статус"),
                List.of(marker, "27", "mentoring", "Высокая", "Закрыт")));
        Files.upload(TestUser.ADMIN, "deficits", file, "status.xlsx", true).then().statusCode(200)
                .body("errors[0].column", equalTo("Статус"));
        byte[] practice = Files.xlsx(List.of(List.of("Название", "Краткое описание", "Код региона", "Коды категорий",
                        "Зрелость", "Статус"),
                List.of(marker, "Пары наставников", "27", "mentoring", "Устойчивая", "Подтверждена")));
        Files.upload(TestUser.ADMIN, "practices", practice, "status.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("errors[0].column", equalTo("Статус"))
                .body("errors[0].message", containsString("переходами"));
    }
}
