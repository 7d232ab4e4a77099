package ru.efs.portfolio.export;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One list of the API fetched as a person and an integrator would: its JSON (every page, for the count and the order)
 * and its XLSX (by the Accept header) and CSV ({@code ?format=csv}) files, Russian and English.
 */
final class ListExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    /**
     * What a list is: its path, the ASCII file name and the Russian and English titles of its files, and the key a
     * row is known by — its JSON field and its column's Russian and English header.
     */
    record Kind(String path, String file, String russianTitle, String englishTitle, String key, String russianKey,
            String englishKey) {

        Kind at(String concretePath) {
            return new Kind(concretePath, file, russianTitle, englishTitle, key, russianKey, englishKey);
        }
    }

    /** A list's keys in its JSON order and the files it exported. */
    record Exported(List<String> keys, byte[] xlsx, List<List<String>> rows, byte[] csv, List<List<String>> csvRows,
            List<String> englishHeaders, List<List<String>> englishCsvRows) {

        List<String> column(String header) {
            return Sheets.column(rows, header);
        }

        List<String> csvColumn(String header) {
            return Sheets.column(csvRows, header);
        }

        /** The name column comes right after its id column, in the Russian and the English file. */
        void assertBeside(String id, String name, String englishId, String englishName) {
            List<String> headers = rows.get(0);
            assertTrue(headers.contains(id), "no column «" + id + "» in " + headers);
            assertEquals(headers.indexOf(id) + 1, headers.indexOf(name), "«" + name + "» next to «" + id + "»");
            assertEquals(englishHeaders.indexOf(englishId) + 1, englishHeaders.indexOf(englishName),
                    "«" + englishName + "» next to «" + englishId + "» in " + englishHeaders);
        }

        /** A text that a spreadsheet would run is typed text in XLSX and starts with a quote in CSV. */
        void assertNeutralised(String header, String text) {
            assertTrue(csvColumn(header).contains("'" + text), "CSV: «'" + text + "» in " + csvColumn(header));
            int column = rows.get(0).indexOf(header);
            try (XSSFWorkbook workbook = Sheets.workbook(xlsx)) {
                boolean found = false;
                for (Row row : workbook.getSheetAt(0)) {
                    Cell cell = row.getCell(column);
                    if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals(text)) {
                        assertTrue(cell.getCellStyle().getQuotePrefixed(), "typed as text: " + text);
                        found = true;
                    }
                    assertTrue(cell == null || cell.getCellType() != CellType.FORMULA, "no formula cells");
                }
                assertTrue(found, "XLSX: «" + text + "» as a text cell in «" + header + "»");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ListExport() {
    }

    /**
     * A paged list: its {@code totalItems} with the filters, its keys over every page, and its files asked for with
     * {@code page=0&size=1}, which a file does not heed. The list must have more than one row.
     */
    static Exported paged(Kind kind, Supplier<RequestSpecification> as, Map<String, ?> query) {
        int total = as.get().queryParams(query).queryParam("size", 1).get(kind.path()).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
        assertTrue(total > 1, "more rows than one page of one: " + total);
        List<String> keys = new ArrayList<>();
        for (int page = 0; keys.size() < total; page++) {
            JsonPath json = as.get().queryParams(query).queryParam("size", 100).queryParam("page", page)
                    .get(kind.path()).then().statusCode(200).extract().jsonPath();
            List<Object> items = json.getList("items." + kind.key());
            assertTrue(!items.isEmpty(), "page " + page + " of " + total + " rows");
            items.forEach(item -> keys.add(String.valueOf(item)));
        }
        assertEquals(total, keys.size());
        return files(kind, as, query, keys, true);
    }

    /** A list that is not paged: its JSON array's keys and its files; it must hold more than one row. */
    static Exported unpaged(Kind kind, Supplier<RequestSpecification> as, Map<String, ?> query) {
        List<Object> items = as.get().queryParams(query).get(kind.path()).then().statusCode(200)
                .extract().jsonPath().getList(kind.key());
        assertTrue(items.size() > 1, "more than one row: " + items);
        return files(kind, as, query, items.stream().map(i -> i == null ? "" : String.valueOf(i)).toList(), false);
    }

    private static Exported files(Kind kind, Supplier<RequestSpecification> as, Map<String, ?> query,
            List<String> keys, boolean paged) {
        RequestSpecification xlsxRequest = as.get().accept(XLSX).queryParams(query);
        RequestSpecification csvRequest = as.get().queryParams(query).queryParam("format", "csv");
        if (paged) {
            xlsxRequest.queryParam("page", 0).queryParam("size", 1);
            csvRequest.queryParam("page", 0).queryParam("size", 1);
        }
        Response xlsxResponse = xlsxRequest.get(kind.path());
        xlsxResponse.then().statusCode(200).contentType(XLSX);
        assertFileName(xlsxResponse.header("Content-Disposition"), kind.file(), kind.russianTitle(), "xlsx");
        byte[] xlsx = xlsxResponse.asByteArray();
        List<List<String>> rows = Sheets.xlsxRows(xlsx);

        Response csvResponse = csvRequest.get(kind.path());
        csvResponse.then().statusCode(200).contentType(startsWith("text/csv"));
        assertFileName(csvResponse.header("Content-Disposition"), kind.file(), kind.russianTitle(), "csv");
        byte[] csv = csvResponse.asByteArray();
        List<List<String>> csvRows = Sheets.csvRows(csv, ';');

        Response english = as.get().header("Accept-Language", "en").queryParams(query).queryParam("format", "xlsx")
                .get(kind.path());
        english.then().statusCode(200).contentType(XLSX);
        assertFileName(english.header("Content-Disposition"), kind.file(), kind.englishTitle(), "xlsx");
        List<List<String>> englishRows = Sheets.xlsxRows(english.asByteArray());
        Response englishCsv = as.get().header("Accept-Language", "en").queryParams(query)
                .queryParam("format", "csv").get(kind.path());
        englishCsv.then().statusCode(200);
        List<List<String>> englishCsvRows = Sheets.csvRows(englishCsv.asByteArray(), ',');

        assertEquals(keys.size() + 1, rows.size(), "XLSX: the header and every row of the list");
        assertEquals(keys.size() + 1, csvRows.size(), "CSV: the header and every row of the list");
        assertEquals(keys.size() + 1, englishRows.size(), "English XLSX: every row too");
        assertEquals(keys, Sheets.column(rows, kind.russianKey()), "XLSX rows in the list's order");
        assertEquals(keys, typed(Sheets.column(csvRows, kind.russianKey())), "CSV rows in the list's order");
        assertEquals(keys, Sheets.column(englishRows, kind.englishKey()), "English rows in the list's order");
        assertEquals(rows.get(0).size(), englishRows.get(0).size(), "the same columns in both languages");
        assertEquals(rows.get(0).indexOf(kind.russianKey()), englishRows.get(0).indexOf(kind.englishKey()));
        assertEquals(englishRows.get(0), englishCsvRows.get(0), "CSV and XLSX have the same English headers");
        return new Exported(keys, xlsx, rows, csv, csvRows, englishRows.get(0), englishCsvRows);
    }

    /** CSV cells as typed: without the quote that keeps a formula-looking text from running. */
    private static List<String> typed(List<String> cells) {
        return cells.stream().map(c -> c.matches("'[=+\\-@].*") ? c.substring(1) : c).toList();
    }

    /** {@code attachment; filename="deficits-2023-12-07.xlsx"; filename*=UTF-8''Дефициты 2023-12-07.xlsx}. */
    static void assertFileName(String disposition, String file, String title, String extension) {
        assertTrue(disposition != null && disposition.matches("attachment; filename=\"" + Pattern.quote(file) + "-"
                + DATE + "\\." + extension + "\"; filename\\*=UTF-8''[^\\s\"]+"),
                "Content-Disposition: " + disposition);
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + "UTF-8''".length());
        String name = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        assertTrue(name.matches(Pattern.quote(title) + " " + DATE + "\\." + extension), "the file's name: " + name);
    }

    /** The query of a request, from pairs of names and values. */
    static Map<String, Object> query(Object... pairs) {
        Map<String, Object> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put((String) pairs[i], pairs[i + 1]);
        }
        return query;
    }
}
