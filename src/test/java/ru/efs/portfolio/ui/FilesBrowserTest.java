package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Files in the real browser: a list's «Экспорт» saves every row of the filtered list as XLSX or CSV, «Печать / PDF»
 * saves the project passport and the portfolio report, and the print stylesheet leaves only the content, fitting A4.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class FilesBrowserTest extends BrowserTest {

    private static final String VIEWER = "viewer";
    private static final String VIEWER_PASSWORD = "Viewer-2023!";
    /** The deficits list as a link gives it: high severity, by title, five a page. */
    private static final String DEFICITS = "/deficits?severity=HIGH&sort=title,asc&size=5";
    /** A4 less the stylesheet's margins (@page 15mm 12mm): 186 mm at 96 dpi. */
    private static final int A4_CONTENT_WIDTH = (int) Math.round((210 - 2 * 12) / 25.4 * 96);

    @Test
    void exportOfAFilteredListDownloadsEveryRowAsXlsx() throws IOException {
        List<String> titles = highSeverityTitles();
        signIn(VIEWER, VIEWER_PASSWORD);
        page.navigate(DEFICITS);
        Locator shown = page.locator("main table tbody tr td:first-child a");
        assertThat(shown).hasCount(Math.min(5, titles.size()));
        assertEquals(titles.subList(0, Math.min(5, titles.size())), shown.allInnerTexts(), "the page the list shows");

        Download download = exportAs("xlsx");
        assertTrue(download.suggestedFilename().matches("Дефициты \\d{4}-\\d{2}-\\d{2}\\.xlsx"),
                download.suggestedFilename());
        List<List<String>> rows = xlsxRows(Files.readAllBytes(download.path()));
        assertEquals(titles, column(rows, "Название"), "every row of the filtered list, not the page of five");
        assertTrue(column(rows, "Острота").stream().allMatch("Высокая"::equals));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(download.suggestedFilename())).first()).isAttached();
    }

    @Test
    void exportOfAFilteredListDownloadsEveryRowAsCsv() throws IOException {
        List<String> titles = highSeverityTitles();
        signIn(VIEWER, VIEWER_PASSWORD);
        page.navigate(DEFICITS);
        assertThat(page.locator("main table tbody tr")).hasCount(Math.min(5, titles.size()));

        Download download = exportAs("csv");
        assertTrue(download.suggestedFilename().matches("Дефициты \\d{4}-\\d{2}-\\d{2}\\.csv"),
                download.suggestedFilename());
        List<List<String>> rows = csvRows(Files.readAllBytes(download.path()));
        assertEquals(titles, column(rows, "Название"));
        assertTrue(column(rows, "Острота").stream().allMatch("Высокая"::equals));
    }

    @Test
    void printOnAProjectPageDownloadsItsPassport() throws IOException {
        JsonPath project = viewerApi(Map.of("q", "ПРОфРОСТ", "regionCode", "27"), "/api/v1/projects");
        long id = project.getLong("items[0].id");
        String title = project.getString("items[0].title");
        signIn(VIEWER, VIEWER_PASSWORD);
        page.navigate("/projects/" + id);
        assertThat(page.locator("main h1")).hasText(title);

        Download download = page.waitForDownload(() -> button("Печать / PDF").click());
        assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
        String text = pdfText(Files.readAllBytes(download.path()));
        assertTrue(text.contains(title), "the passport names the project: " + text);
        assertTrue(text.contains("Хабаровский край"), text);
        assertTrue(text.contains("Доля педагогов с ИОМ"), "the indicators are in it");
    }

    @Test
    void printOnAPortfolioPageDownloadsItsReport() throws IOException {
        long id = viewerApi(Map.of("regionCode", "27", "year", "2023"), "/api/v1/portfolios").getLong("items[0].id");
        signIn(VIEWER, VIEWER_PASSWORD);
        page.navigate("/portfolios/" + id);
        assertThat(page.locator("main h1")).containsText("Хабаровский край");

        Download download = page.waitForDownload(() -> button("Печать / PDF").click());
        assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
        String text = pdfText(Files.readAllBytes(download.path()));
        assertTrue(text.contains("Хабаровский край") && text.contains("2023"), "the report names the portfolio");
        assertTrue(text.contains("ПРОфРОСТ"), "and lists its projects: " + text);
    }

    @Test
    void printedPagesShowOnlyTheContentAndTheirTablesFitA4() {
        long id = viewerApi(Map.of("q", "ПРОфРОСТ", "regionCode", "27"), "/api/v1/projects").getLong("items[0].id");
        signIn(VIEWER, VIEWER_PASSWORD);
        page.setViewportSize(A4_CONTENT_WIDTH, 1000);
        page.navigate("/projects/" + id);
        Locator indicators = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Показатели"))
                .locator("table");
        assertThat(indicators).isVisible();
        assertThat(button("Печать / PDF")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".topbar")).isHidden();
        assertThat(page.locator("#main-nav")).isHidden();
        assertEquals(0, ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'header.topbar, nav, button:not(.sort), .button, form, input, select')]"
                + ".filter(e => e.getClientRects().length > 0).length")).intValue(),
                "no header, navigation, button or form is printed");
        assertThat(page.locator("main h1")).isVisible();
        assertThat(indicators).isVisible();

        assertFitsA4(indicators);

        int deficits = highSeverityTitles().size();
        page.navigate(DEFICITS.replace("size=5", "size=100"));
        // printed once the rows and the categories' names (not their codes) are in
        assertThat(page.locator("main table tbody tr")).hasCount(deficits);
        assertThat(page.locator("main table tbody")).not().containsText("mentoring");
        assertFitsA4(page.locator("main table").first());
    }

    /** A table printed on A4 is as wide as the page's content at most, and nothing in it has to be scrolled. */
    private static void assertFitsA4(Locator table) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) table.evaluate("async t => { await document.fonts.ready;"
                + " const r = t.getBoundingClientRect(); const wrap = t.closest('.table-wrap');"
                + " return { width: r.width, right: r.right, overflow: wrap.scrollWidth - wrap.clientWidth,"
                + " page: document.documentElement.scrollWidth }; }");
        double width = ((Number) box.get("width")).doubleValue();
        assertTrue(width > 300 && width <= A4_CONTENT_WIDTH, "the table fits A4: " + box);
        assertTrue(((Number) box.get("right")).doubleValue() <= A4_CONTENT_WIDTH, "nothing sticks out: " + box);
        assertTrue(((Number) box.get("overflow")).intValue() <= 0, "nothing to scroll on paper: " + box);
        assertTrue(((Number) box.get("page")).intValue() <= A4_CONTENT_WIDTH, "the page is no wider: " + box);
    }

    private Download exportAs(String format) {
        return page.waitForDownload(() -> {
            page.getByTestId("export").click();
            page.locator("[data-format=" + format + "]").click();
        });
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The titles of the high-severity deficits by title, every page of the JSON list. */
    private static List<String> highSeverityTitles() {
        List<String> titles = new ArrayList<>();
        int total;
        int page = 0;
        do {
            JsonPath json = viewerApi(Map.of("severity", "HIGH", "sort", "title,asc", "size", "100", "page",
                    String.valueOf(page++)), "/api/v1/deficits");
            total = json.getInt("totalItems");
            titles.addAll(json.getList("items.title"));
        } while (titles.size() < total);
        assertTrue(total > 5, "the demo data has more high-severity deficits than a page of five: " + total);
        return titles;
    }

    private static JsonPath viewerApi(Map<String, String> query, String path) {
        return given().auth().preemptive().basic(VIEWER, VIEWER_PASSWORD).accept("application/json")
                .queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static List<List<String>> xlsxRows(byte[] bytes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter(Locale.forLanguageTag("ru"));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : shown.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<List<String>> csvRows(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a CSV for spreadsheets starts with a byte order mark");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<String> column(List<List<String>> rows, String header) {
        int index = rows.get(0).indexOf(header);
        assertTrue(index >= 0, "no column «" + header + "» in " + rows.get(0));
        return rows.subList(1, rows.size()).stream().map(r -> index < r.size() ? r.get(index) : "").toList();
    }

    /** The text a reader copies out of a PDF, with runs of white space made one space. */
    private static String pdfText(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
