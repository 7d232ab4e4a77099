package ru.efs.portfolio.document;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=pdf} (or {@code json}) on a resource that prints a document stands for the {@code Accept} header,
 * whatever the client sent in it: a browser's link or an integrator's generic client gets the file it asked for
 * instead of a 406. Any other value asks for JSON, so that the resource is reached and refuses it (400).
 */
public class FormatParameterFilter {

    /** The resources whose get-by-id also answers a PDF. */
    static final Pattern DOCUMENT_PATHS = Pattern.compile("/api/v1/(projects|portfolios)/[^/]+/?");

    @ServerRequestFilter(preMatching = true)
    public void acceptWhatTheFormatNames(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst(DocumentRequest.FORMAT);
        if (format == null || !DOCUMENT_PATHS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        boolean pdf = "pdf".equals(format.strip().toLowerCase(Locale.ROOT));
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, pdf ? PdfFile.MEDIA_TYPE : MediaType.APPLICATION_JSON);
    }
}
