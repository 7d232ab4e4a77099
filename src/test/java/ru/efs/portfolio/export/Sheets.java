package ru.efs.portfolio.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads exported files back in tests: a spreadsheet's first sheet or a CSV file as rows of cells. */
final class Sheets {

    private Sheets() {
    }

    static XSSFWorkbook workbook(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError("not a spreadsheet", e);
        }
    }

    /** The first sheet as the text a person sees in each cell. */
    static List<List<String>> xlsxRows(byte[] bytes) {
        try (XSSFWorkbook workbook = workbook(bytes)) {
            DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("ru"));
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<List<String>> csvRows(byte[] bytes, char delimiter) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("a CSV file for spreadsheets starts with a byte order mark");
        }
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(text.substring(1)))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The cells of the column with this header, below the header. */
    static List<String> column(List<List<String>> rows, String header) {
        int index = rows.get(0).indexOf(header);
        if (index < 0) {
            throw new AssertionError("no column «" + header + "» in " + rows.get(0));
        }
        return rows.subList(1, rows.size()).stream().map(r -> index < r.size() ? r.get(index) : "").toList();
    }
}
