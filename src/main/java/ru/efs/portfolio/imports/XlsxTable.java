package ru.efs.portfolio.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a spreadsheet as it streams by (POI's event model): memory does not grow with the
 * sheet's size. A formula cell gives the value the spreadsheet saved with it; nothing is ever calculated. Numbers
 * come as plain decimals ({@code 41}, {@code 52.5}), dates as ISO dates ({@code 2023-10-10}).
 */
final class XlsxTable {

    /** Cells right of this are never read: no header is that wide. */
    private static final int MAX_COLUMNS = 1000;

    private static final Pattern VBA = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);

    /** A ZIP entry may expand at most to this; its ratio is checked by POI too (zip bombs). */
    static final long MAX_ENTRY_SIZE = 1L << 30;

    /** The inflated part of an entry must stay above this share of its size, or it is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private XlsxTable() {
    }

    static Table read(Path file, TableFiles.Limits limits) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (!pkg.getPartsByName(VBA).isEmpty()
                    || !pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                throw TableFiles.problem(415, "unsupported-file", "import.file.macros");
            }
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                    && pkg.getPartsByContentType(XSSFRelation.TEMPLATE_WORKBOOK.getContentType()).isEmpty()) {
                throw TableFiles.problem(415, "unsupported-file", "import.file.notTable");
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (limits.ignoredSheets().contains(sheets.getSheetName().strip())) {
                        continue;
                    }
                    return rows(sheet, styles, strings, limits.maxRows());
                }
            }
            throw TableFiles.problem(422, "import-file", "import.file.noHeader");
        } catch (TooManyRows e) {
            throw TableFiles.tooManyRows(limits.maxRows());
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw TableFiles.problem(415, "unsupported-file", "import.file.notTable");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException | IllegalStateException
                | UnsupportedOperationException e) {
            throw broken(e);
        } catch (RuntimeException e) {
            if (e instanceof ru.efs.portfolio.common.Problem problem) {
                throw problem;
            }
            throw broken(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** A zip bomb (POI's ZipSecureFile stops it while inflating) or a file that is not a readable spreadsheet. */
    private static RuntimeException broken(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
                return TableFiles.problem(422, "import-file", "import.file.zipBomb");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (e instanceof org.apache.poi.ooxml.POIXMLException || e instanceof OpenXML4JException) {
            return TableFiles.problem(415, "unsupported-file", "import.file.notTable");
        }
        return TableFiles.problem(422, "import-file", "import.file.broken");
    }

    private static Table rows(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings, int maxRows)
            throws IOException, SAXException, ParserConfigurationException {
        Collector collector = new Collector(maxRows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(),
                false));
        parser.parse(new InputSource(sheet));
        if (collector.headers == null) {
            throw TableFiles.problem(422, "import-file", "import.file.noHeader");
        }
        return new Table(collector.headerRow, collector.headers, collector.rows);
    }

    /** Gathers the rows the parser reports: the first non-empty one is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<Table.Row> rows = new ArrayList<>();
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private List<String> headers;
        private int headerRow;
        private int width = MAX_COLUMNS;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column < width) {
                cells.put(column, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            String[] line = new String[cells.lastKey() + 1];
            cells.forEach((column, value) -> line[column] = value);
            List<String> row = Arrays.asList(line);
            if (Table.blank(row)) {
                return;
            }
            if (headers == null) {
                headers = row;
                headerRow = rowNum + 1;
                width = headers.size();
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new Table.Row(rowNum + 1, row));
        }
    }

    /** Numbers as plain decimals and dates as ISO text, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Thrown by the collector to stop reading as soon as the file has more rows than it may. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
