package ru.efs.portfolio.common.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as a spreadsheet on a Russian desktop opens it: UTF-8 with a byte order mark, {@code ;} between cells, a
 * decimal comma and dates as {@code 10.10.2023}; in English {@code ,}, a decimal point and ISO dates. Text that a
 * spreadsheet would run as a formula gets a leading {@code '} (the import takes it off again).
 */
final class CsvWriter extends TableWriter {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RUSSIAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final boolean english;
    private final CSVPrinter printer;

    CsvWriter(Locale locale, OutputStream out) {
        super(locale);
        english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(english ? ',' : ';')
                    .setRecordSeparator("\r\n").get());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    void header(List<String> headers) throws IOException {
        printer.printRecord(headers);
    }

    @Override
    void row(Object[] cells) throws IOException {
        for (Object cell : cells) {
            printer.print(text(plain(cell)));
        }
        printer.println();
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime at) {
            return english ? ISO_TIME.format(at) : RUSSIAN_TIME.format(at);
        }
        if (value instanceof LocalDate day) {
            return english ? day.toString() : RUSSIAN_DATE.format(day);
        }
        if (value instanceof Number number) {
            String plain = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            return english ? plain : plain.replace('.', ',');
        }
        String text = value.toString();
        return looksLikeFormula(text) ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
