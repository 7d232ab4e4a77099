package ru.efs.portfolio.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text as a spreadsheet would open it: UTF-8 with or without a byte order mark, UTF-16 with one, or else
 * Windows-1251 (what a Russian desktop's spreadsheet saves); cells separated by {@code ;}, {@code ,} or a tab,
 * whichever the header line uses most. Each record is a row, empty lines too, so rows keep a spreadsheet's numbers.
 * A leading {@code '} that the export put before text a spreadsheet would run as a formula is taken off again.
 */
final class CsvTable {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** No header is wider than this; cells right of it are not kept. */
    private static final int MAX_COLUMNS = 1000;

    private CsvTable() {
    }

    /** Text, not a binary file: a byte order mark of UTF-16, or no NUL and few control characters. */
    static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    static Table read(Path file, TableFiles.Limits limits) {
        Charset charset = charsetOf(file);
        char delimiter = delimiterOf(file, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Table.Row> rows = new ArrayList<>();
        List<String> headers = null;
        int headerRow = 0;
        int width = MAX_COLUMNS;
        try (Reader reader = reader(file, charset); CSVParser parser = format.parse(reader)) {
            try {
                for (CSVRecord record : parser) {
                    List<String> cells = cells(record, width);
                    if (Table.blank(cells)) {
                        continue;
                    }
                    int number = (int) record.getRecordNumber();
                    if (headers == null) {
                        headers = cells;
                        headerRow = number;
                        width = headers.size();
                    } else {
                        if (rows.size() >= limits.maxRows()) {
                            throw TableFiles.tooManyRows(limits.maxRows());
                        }
                        rows.add(new Table.Row(number, cells));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw TableFiles.problem(422, "import-file", "import.file.csvBroken",
                        String.valueOf(parser.getCurrentLineNumber()));
            }
        } catch (IOException e) {
            throw TableFiles.problem(422, "import-file", "import.file.broken");
        }
        if (headers == null) {
            throw TableFiles.problem(422, "import-file", "import.file.noHeader");
        }
        return new Table(headerRow, headers, rows);
    }

    private static List<String> cells(CSVRecord record, int width) {
        List<String> cells = new ArrayList<>(Math.min(record.size(), width));
        for (int i = 0; i < record.size() && i < width; i++) {
            String cell = record.get(i);
            if (i == 0 && record.getRecordNumber() == 1 && cell.startsWith("\uFEFF")) {
                cell = cell.substring(1);
            }
            cells.add(unquoted(cell));
        }
        return cells;
    }

    /** {@code '=SUM(A1)} → {@code =SUM(A1)}: the mark the export (and a spreadsheet) puts before such text. */
    static String unquoted(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            char next = cell.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return cell.substring(1);
            }
        }
        return cell;
    }

    /** A byte order mark says; otherwise text that decodes as UTF-8 is UTF-8, and any other is Windows-1251. */
    static Charset charsetOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try (Reader strict = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 14];
            while (strict.read(buffer) >= 0) {
                // decoding is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1251;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text without its byte order mark. */
    private static Reader reader(Path file, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The delimiter the header line uses most (outside quotes): {@code ;} before {@code ,} before a tab. */
    static char delimiterOf(Path file, Charset charset) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seen = false;
        try (Reader reader = reader(file, charset)) {
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                    seen = true;
                } else if (quoted) {
                    continue;
                } else if (c == '\n' || c == '\r') {
                    if (seen) {
                        break;
                    }
                } else if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                } else if (!Character.isWhitespace(c)) {
                    seen = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (semicolons > 0 && semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        if (commas > 0 && commas >= tabs) {
            return ',';
        }
        return tabs > 0 ? '\t' : ',';
    }
}
