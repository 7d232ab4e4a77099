package ru.efs.portfolio.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;

/** Writes an exported table row by row, never holding more than a few rows: as a spreadsheet or as CSV. */
abstract class TableWriter implements AutoCloseable {

    /** Times are shown as the federal operator keeps them, in Moscow time. */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** The longest text a spreadsheet cell holds. */
    static final int CELL_LIMIT = 32_767;

    final Locale locale;

    TableWriter(Locale locale) {
        this.locale = locale;
    }

    static TableWriter of(FileFormat format, Locale locale, OutputStream out) {
        return switch (format) {
            case XLSX -> new XlsxWriter(locale, out);
            case CSV -> new CsvWriter(locale, out);
            case JSON -> throw new IllegalArgumentException("JSON is not a table file");
        };
    }

    abstract void header(List<String> headers) throws IOException;

    abstract void row(Object[] cells) throws IOException;

    /** Writes what is left and closes the target. */
    @Override
    public abstract void close() throws IOException;

    /** A cell as a value a table holds: enums as labels, lists joined, times in Moscow time, the rest as is. */
    Object plain(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof Enum<?> value) {
            return Labels.of(value, locale);
        }
        if (cell instanceof List<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                Object shown = plain(item);
                if (shown != null) {
                    joined.append(joined.isEmpty() ? "" : ", ").append(shown instanceof BigDecimal number
                            ? number.toPlainString() : shown);
                }
            }
            return joined.toString();
        }
        if (cell instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(MOSCOW).toLocalDateTime();
        }
        if (cell instanceof Boolean yes) {
            return Messages.text(locale, yes ? "export.yes" : "export.no");
        }
        if (cell instanceof Number || cell instanceof LocalDate || cell instanceof LocalDateTime) {
            return cell;
        }
        return cell.toString();
    }

    /** Text a spreadsheet would take for a formula or a command if a person opened it as typed. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
