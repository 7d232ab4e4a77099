package ru.efs.portfolio.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A spreadsheet written through POI's streaming workbook: a hundred rows in memory, the rest on disk. Numbers and
 * dates are real cells; text is always a text cell, and text that a spreadsheet would take for a formula is
 * marked as typed text (the quote prefix), so it is never run, and reads back as written.
 */
final class XlsxWriter extends TableWriter {

    private static final int WINDOW = 100;
    private static final int MAX_WIDTH = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle quoted;
    /** Set on every plain cell: a cell without a style makes POI look its column's style up, slowly. */
    private final CellStyle plainStyle;
    private int rows;
    private int columns;

    XlsxWriter(Locale locale, OutputStream out) {
        super(locale);
        this.out = out;
        // The sheet's rows wait in a temporary file until written: plain, as compressing them twice costs time.
        workbook.setCompressTempFiles(false);
        sheet = workbook.createSheet(ru.efs.portfolio.common.Messages.text(locale, "export.sheet"));
        short dateFormat = workbook.createDataFormat().getFormat("dd.mm.yyyy");
        short timeFormat = workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm");
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        time = workbook.createCellStyle();
        time.setDataFormat(timeFormat);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        plainStyle = workbook.createCellStyle();
        plainStyle.setWrapText(false);
    }

    @Override
    void header(List<String> headers) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(12, headers.get(i).length() + 2)) * 256);
        }
        columns = headers.size();
        sheet.createFreezePane(0, 1);
    }

    @Override
    void row(Object[] cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.length; i++) {
            Object value = plain(cells[i]);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(plainStyle);
            } else if (value instanceof LocalDateTime at) {
                cell.setCellValue(at);
                cell.setCellStyle(time);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                String text = value.toString();
                cell.setCellValue(text.length() > CELL_LIMIT ? text.substring(0, CELL_LIMIT) : text);
                cell.setCellStyle(looksLikeFormula(text) ? quoted : plainStyle);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
            }
            workbook.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.close();
            workbook.dispose();
            out.close();
        }
    }
}
