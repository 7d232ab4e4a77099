package ru.efs.portfolio.imports;

import java.util.List;

/**
 * The rows of an uploaded file as text cells: its header and the data rows below it, each with the number a
 * spreadsheet shows it under (the header of a file that starts with it is row 1). Rows with nothing in them are
 * left out; their numbers are not reused.
 */
record Table(int headerRow, List<String> headers, List<Row> rows) {

    /** One data row: its number and its cells, in the header's order ({@code null} for an empty cell). */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** A cell as read: trimmed, non-breaking spaces as spaces, {@code null} when blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace('\u00A0', ' ').strip();
        return text.isEmpty() ? null : text;
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> clean(cell) == null);
    }
}
