package ru.efs.portfolio.document;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.QueryParams;

/**
 * How a resource that also prints a document is asked for: {@code ?format=pdf|json} when given (a link in a
 * browser), else the {@code Accept} header; and the language of the document from {@code Accept-Language}.
 */
public class DocumentRequest {

    public static final String FORMAT = "format";

    @QueryParam(FORMAT)
    @Parameter(description = "Вид ответа: json (по умолчанию) или pdf — документ для защиты; важнее заголовка Accept / "
            + "What to answer: json (the default) or pdf, a document for the defence; takes precedence over Accept",
            example = "pdf", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "pdf"}))
    public String format;

    @HeaderParam(HttpHeaders.ACCEPT)
    @Parameter(hidden = true)
    public String accept;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    @Parameter(hidden = true)
    public String acceptLanguage;

    /** Whether the answer is the PDF; a {@code format} other than json or pdf is a 400 naming it. */
    public boolean pdf() {
        String value = QueryParams.text(FORMAT, format, 20);
        if (value != null) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "pdf" -> true;
                case "json" -> false;
                default -> throw Problem.invalid(FORMAT, "validation.format");
            };
        }
        return prefersPdf(accept);
    }

    public Locale locale() {
        return Messages.resolve(acceptLanguage);
    }

    /**
     * PDF when {@code application/pdf} ranks above every type that also admits JSON: by quality, then the exact
     * type before wildcards. No header, or one that puts JSON or a wildcard first, is JSON.
     */
    static boolean prefersPdf(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = new ArrayList<>();
        for (String part : accept.split(",")) {
            try {
                types.add(MediaType.valueOf(part.strip()));
            } catch (IllegalArgumentException e) {
                // a malformed entry offers nothing
            }
        }
        types.sort(Comparator.comparingDouble(DocumentRequest::quality).reversed()
                .thenComparing(t -> t.isWildcardType() || t.isWildcardSubtype()));
        MediaType pdf = MediaType.valueOf(PdfFile.MEDIA_TYPE);
        for (MediaType type : types) {
            if (quality(type) <= 0) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(pdf)) {
                return true;
            }
        }
        return false;
    }

    private static double quality(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
