package ru.efs.portfolio.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * A finished PDF and the name it is saved under: a readable one («Паспорт проекта 17.pdf», sent as RFC 6266
 * {@code filename*} in UTF-8) and an ASCII one for clients that read only {@code filename}.
 */
public record PdfFile(String name, String asciiName, byte[] content) {

    public static final String MEDIA_TYPE = "application/pdf";
    /** The bound the contract states for a document; the largest passport is far below it. */
    public static final int MAX_BYTES = 20_000_000;
    /** The shape of the {@code Content-Disposition} a document is sent with. */
    public static final String DISPOSITION_PATTERN =
            "^attachment; filename=\"[ -~]+\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+$";

    private static final int NAME_MAX = 150;
    private static final String UNRESERVED = "!#$&+-.^_`|~";

    /** 200 with the document as an attachment. */
    public Response response() {
        return Response.ok(content, MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, disposition()).build();
    }

    String disposition() {
        return "attachment; filename=\"" + ascii(asciiName) + ".pdf\"; filename*=UTF-8''"
                + encoded(safe(name) + ".pdf");
    }

    /** Without what a file system refuses in a name (slashes, colons, quotes, control characters). */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.length() > NAME_MAX) {
            cleaned = cleaned.substring(0, NAME_MAX).strip();
        }
        return cleaned.isEmpty() ? "document" : cleaned;
    }

    private static String ascii(String name) {
        String cleaned = safe(name).replaceAll("[^A-Za-z0-9 ._-]", "_");
        return cleaned.isBlank() ? "document" : cleaned;
    }

    /** RFC 8187 percent-encoding: every byte but letters, digits and a few marks. */
    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
