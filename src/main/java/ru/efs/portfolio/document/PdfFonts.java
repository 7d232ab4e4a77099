package ru.efs.portfolio.document;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typeface of every document: Liberation Sans from the classpath (the fonts jar that comes with OpenPDF, under
 * {@code liberation/}), embedded as a subset with Identity-H, so that Cyrillic prints and copies out the same on any
 * machine; no font of the host is ever read. The files are read once; each document gets fonts of its own, since a
 * font records which glyphs its document used.
 */
record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {

    private static final String DIRECTORY = "liberation/";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    /** Fresh fonts for one document. */
    static PdfFonts forDocument() {
        return new PdfFonts(font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"),
                font("LiberationSans-Italic.ttf"));
    }

    static BaseFont font(String file) {
        byte[] bytes = FILES.computeIfAbsent(file, PdfFonts::read);
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The font " + file + " cannot be read", e);
        }
    }

    private static byte[] read(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? PdfFonts.class.getClassLoader() : loader)
                .getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + DIRECTORY + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
