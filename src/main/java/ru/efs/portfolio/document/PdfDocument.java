package ru.efs.portfolio.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.efs.portfolio.common.Messages;

/**
 * One A4 document being written: the fonts, the page, the blocks the documents are made of (title, headings,
 * paragraphs, label–value fields, tables as wide as the page that wrap their text and repeat their header row on
 * every page) and, when finished, a footer on each page with its number of all and the date of printing.
 */
final class PdfDocument {

    private static final float MARGIN = 42f;
    private static final float BOTTOM_MARGIN = 54f;
    /** A heading this close to the bottom goes to the next page with what it heads. */
    private static final float HEADING_ROOM = 60f;
    private static final Color TEXT = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x78);
    private static final Color RULE = new Color(0xB8, 0xC0, 0xCC);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF2);
    private static final Color GROUP_FILL = new Color(0xF2, 0xF4, 0xF7);

    private final Locale locale;
    private final String footer;
    private final PdfFonts fonts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;

    private PdfDocument(String title, String footer, Locale locale) {
        this.locale = locale;
        this.footer = footer;
        this.fonts = PdfFonts.forDocument();
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
        document.addTitle(title);
        document.addCreator(Messages.text(locale, "document.creator"));
        document.open();
    }

    /** A new A4 document: its title (in the file's properties too) and the words on the left of every footer. */
    static PdfDocument a4(String title, String footer, Locale locale) {
        return new PdfDocument(title, footer, locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    /** The small line above the title that says what the document is. */
    void kind(String text) {
        block(new Paragraph(text.toUpperCase(locale), font(fonts.bold(), 9, MUTED)), 0, 4);
    }

    void title(String text) {
        Paragraph title = new Paragraph(text, font(fonts.bold(), 17, TEXT));
        title.setLeading(21);
        block(title, 0, 12);
    }

    void heading(String text) {
        if (writer.getVerticalPosition(false) - BOTTOM_MARGIN < HEADING_ROOM) {
            document.newPage();
        }
        block(new Paragraph(text, font(fonts.bold(), 12.5f, TEXT)), 12, 5);
    }

    /** A paragraph of the text; one nobody wrote says so. */
    void paragraph(String text) {
        if (text == null || text.isBlank()) {
            note(text("document.notGiven"));
            return;
        }
        Paragraph paragraph = new Paragraph(text, font(fonts.regular(), 10, TEXT));
        paragraph.setLeading(13.5f);
        block(paragraph, 0, 4);
    }

    /** A remark in small italics (an explanation, or that there is nothing to show). */
    void note(String text) {
        block(new Paragraph(text, font(fonts.italic(), 9, MUTED)), 0, 4);
    }

    /** Label–value lines without a grid; a value nobody gave shows as such. */
    Fields fields() {
        return new Fields();
    }

    /** A table as wide as the page; {@code widths} are relative. */
    Table table(float[] widths, String... headers) {
        if (widths.length != headers.length) {
            throw new IllegalArgumentException("a width for each column");
        }
        return new Table(widths, headers);
    }

    /** Closes the document and writes «Страница 1 из 3» and the date of printing at the foot of every page. */
    byte[] finish() {
        document.close();
        try {
            PdfReader reader = new PdfReader(out.toByteArray());
            ByteArrayOutputStream stamped = new ByteArrayOutputStream(out.size() + 4096);
            PdfStamper stamper = new PdfStamper(reader, stamped);
            int pages = reader.getNumberOfPages();
            Font small = font(fonts.regular(), 8, MUTED);
            String left = footer + " · " + text("document.printed", DocumentDates.today(locale));
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.setColorStroke(RULE);
                over.setLineWidth(0.5f);
                over.moveTo(MARGIN, 36);
                over.lineTo(size.getWidth() - MARGIN, 36);
                over.stroke();
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(left, small), MARGIN, 25, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
                        new Phrase(text("document.page", String.valueOf(page), String.valueOf(pages)), small),
                        size.getWidth() - MARGIN, 25, 0);
            }
            stamper.close();
            reader.close();
            return stamped.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Text goes on the page as a borderless one-cell table, like the tables: the page's content then holds
     * everything in reading order, which is the order a reader copies it out in (and a long text still splits
     * between pages).
     */
    private void block(Paragraph paragraph, float spacingBefore, float spacingAfter) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSplitLate(false);
        block.setSpacingBefore(spacingBefore);
        block.setSpacingAfter(spacingAfter);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.addElement(paragraph);
        block.addCell(cell);
        addElement(block);
    }

    private void addElement(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Font font(com.lowagie.text.pdf.BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    private PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setHorizontalAlignment(align);
        cell.setUseAscender(true);
        return cell;
    }

    /** Label–value lines: the label in grey on the left, the value beside it, a thin rule under each. */
    final class Fields {

        private final PdfPTable table = new PdfPTable(new float[] {30, 70});

        private Fields() {
            table.setWidthPercentage(100);
            table.setSpacingAfter(6);
            table.setSplitLate(false);
        }

        Fields add(String label, String value) {
            boolean given = value != null && !value.isBlank();
            PdfPCell name = cell(label, font(fonts.regular(), 9.5f, MUTED), Element.ALIGN_LEFT);
            PdfPCell text = cell(given ? value : text("document.notGiven"),
                    given ? font(fonts.regular(), 10, TEXT) : font(fonts.italic(), 9.5f, MUTED), Element.ALIGN_LEFT);
            for (PdfPCell cell : List.of(name, text)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(HEADER_FILL);
            }
            table.addCell(name);
            table.addCell(text);
            return this;
        }

        void end() {
            addElement(table);
        }
    }

    /**
     * A table with a header row repeated on every page it runs over; long texts wrap inside their column and a
     * tall row may split between pages. One without rows is a note saying there is none.
     */
    final class Table {

        private final float[] widths;
        private final String[] headers;
        private final boolean[] numeric;
        private final List<PdfPCell> cells = new ArrayList<>();
        private int rows;

        private Table(float[] widths, String[] headers) {
            this.widths = widths.clone();
            this.headers = headers.clone();
            this.numeric = new boolean[widths.length];
        }

        /** Columns of numbers, aligned on the right. */
        Table numeric(int... columns) {
            for (int column : columns) {
                numeric[column] = true;
            }
            return this;
        }

        Table row(String... values) {
            if (values.length != widths.length) {
                throw new IllegalArgumentException("a value for each column");
            }
            for (int i = 0; i < values.length; i++) {
                cells.add(cell(values[i], font(fonts.regular(), 9, TEXT),
                        numeric[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            rows++;
            return this;
        }

        /** A row across all the columns that starts a group of the rows below it. */
        Table group(String title) {
            PdfPCell cell = cell(title, font(fonts.bold(), 9, TEXT), Element.ALIGN_LEFT);
            cell.setColspan(widths.length);
            cell.setBackgroundColor(GROUP_FILL);
            cells.add(cell);
            return this;
        }

        int rows() {
            return rows;
        }

        void end() {
            if (rows == 0) {
                note(text("document.none"));
                return;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            table.setSpacingBefore(2);
            table.setSpacingAfter(8);
            for (int i = 0; i < headers.length; i++) {
                PdfPCell header = cell(headers[i], font(fonts.bold(), 8.5f, TEXT),
                        numeric[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                header.setBackgroundColor(HEADER_FILL);
                table.addCell(header);
            }
            cells.forEach(table::addCell);
            addElement(table);
        }
    }
}
