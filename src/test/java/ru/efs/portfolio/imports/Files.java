package ru.efs.portfolio.imports;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/** Files for import tests: lists exported through the API, edited as a person would, and sent back. */
final class Files {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Files() {
    }

    /** Sends a file to {@code /api/v1/imports/{kind}}. */
    static Response upload(TestUser user, String kind, byte[] file, String name, boolean dryRun) {
        return upload(user, kind, file, name, dryRun, "ru");
    }

    static Response upload(TestUser user, String kind, byte[] file, String name, boolean dryRun, String language) {
        return Api.as(user).contentType("multipart/form-data").header("Accept-Language", language)
                .multiPart("file", name, file, name.endsWith(".csv") ? "text/csv" : XLSX)
                .queryParam("dryRun", dryRun).post("/api/v1/imports/" + kind);
    }

    /** A list's rows as a file, with the list's filters. */
    static byte[] export(String path, String format, String q) {
        return Api.as(TestUser.ADMIN).queryParam("format", format).queryParam("q", q).queryParam("sort", "id,asc")
                .get(path).then().statusCode(200).extract().asByteArray();
    }

    static byte[] export(String path, String format, String q, String language) {
        return Api.as(TestUser.ADMIN).header("Accept-Language", language).queryParam("format", format)
                .queryParam("q", q).queryParam("sort", "id,asc").get(path).then().statusCode(200).extract()
                .asByteArray();
    }

    // ---- spreadsheets ----

    /** A spreadsheet of text, number and null cells; a cell starting with "=" is written as a formula. */
    static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(rows, workbook -> { });
    }

    static byte[] xlsx(List<List<Object>> rows, Consumer<XSSFWorkbook> more) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Данные");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value.toString().startsWith("=")) {
                        cell.setCellFormula(value.toString().substring(1));
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            more.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook workbook(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError("not a spreadsheet", e);
        }
    }

    /** The first sheet as the text each cell shows. */
    static List<List<String>> xlsxRows(byte[] bytes) {
        try (XSSFWorkbook workbook = workbook(bytes)) {
            DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("ru"));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell of the column {@code header} in the row whose column {@code keyHeader} shows {@code key}. */
    static byte[] editXlsx(byte[] file, String keyHeader, String key, String header, String value) {
        try (XSSFWorkbook workbook = workbook(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            int keyColumn = column(sheet.getRow(0), keyHeader);
            int column = column(sheet.getRow(0), header);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && key.equals(shown.formatCellValue(row.getCell(keyColumn)))) {
                    // A fresh cell, as a spreadsheet saves an edited one (POI keeps an inline string's old text).
                    if (row.getCell(column) != null) {
                        row.removeCell(row.getCell(column));
                    }
                    row.createCell(column).setCellValue(value);
                    return bytes(workbook);
                }
            }
            throw new AssertionError("no row with «" + key + "» in «" + keyHeader + "»");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column «" + name + "»");
    }

    // ---- CSV ----

    static List<List<String>> csvRows(byte[] bytes, Charset charset, char delimiter) {
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(text))) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<String>> rows, Charset charset, char delimiter, boolean bom) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                Writer writer = new OutputStreamWriter(out, charset);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                        .setRecordSeparator("\r\n").get())) {
            if (bom) {
                writer.write('\uFEFF');
            }
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell of an exported CSV (UTF-8 with a BOM, {@code ;}) as a spreadsheet would save it again. */
    static byte[] editCsv(byte[] file, String keyHeader, String key, String header, String value) {
        List<List<String>> rows = csvRows(file, StandardCharsets.UTF_8, ';');
        int keyColumn = rows.get(0).indexOf(keyHeader);
        int column = rows.get(0).indexOf(header);
        if (keyColumn < 0 || column < 0) {
            throw new AssertionError("no column «" + keyHeader + "» or «" + header + "» in " + rows.get(0));
        }
        boolean found = false;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (key.equals(row.get(keyColumn))) {
                row.set(column, value);
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("no row with «" + key + "»");
        }
        return csv(rows, StandardCharsets.UTF_8, ';', true);
    }
}
