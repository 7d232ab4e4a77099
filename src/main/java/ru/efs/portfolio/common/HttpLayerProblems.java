package ru.efs.portfolio.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.efs.portfolio.security.SignInThrottle;

/**
 * The HTTP layer's own refusals as RFC 9457 problems, like every other error of the API: an address or headers
 * beyond the service's limits, a body larger than allowed, and whatever the router itself fails before the REST
 * layer sees the request (a broken percent-escape in the path, a path permission's refusal).
 * <p>
 * Quarkus' own check of the address, which answers a bare 400, is off (ru.efs.portfolio.EfsMain): an address that
 * is no URI (RFC 3986) is refused here instead, after the browser headers are on the answer.
 * <p>
 * The limits are checked here, first on the router, because the HTTP codec's own refusals cannot be answered by
 * the application: Quarkus gives no hook to the server's invalid-request handler, which answers a bare status.
 * So the codec's limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well
 * above the service's ({@link EfsConfig.Http}), and the service's are enforced here with a problem.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    private static final String TYPE_BASE = "https://efs.example/problems/";
    /** Right after Quarkus' own header filters (quarkus.http.header / filter), before everything else. */
    static final int ORDER = Integer.MIN_VALUE + 10;
    /** The address as sent, kept while a malformed one is routed again in a form the router can match. */
    private static final String SENT_PATH = HttpLayerProblems.class.getName() + ".sentPath";
    /** A percent sign that does not start an escape of two hex digits. */
    private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Inject
    ObjectMapper mapper;

    @Inject
    EfsConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkLimits);
        router.route().order(ORDER).failureHandler(this::failure);
        // A broken escape (%zz) fails the router itself while it matches the first route's path, before any handler.
        router.errorHandler(400, this::unmatchableAddress);
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.http().maxUriLength()) {
            answer(context, 414, "problem.uriTooLong", config.http().maxUriLength());
        } else if (headersSize(request.headers()) > config.http().maxHeaderSize()) {
            answer(context, 431, "problem.headersTooLarge", config.http().maxHeaderSize());
        } else if (context.get(SENT_PATH) != null || !isUri(request.uri())) {
            // A hostile request: what may follow it on the connection is not read.
            context.response().putHeader("Connection", "close");
            badAddress(context, "problem.badAddress.detail");
        } else if (request.path() != null && request.path().contains("%00")) {
            // No name has a NUL; a file handler would fail on it (java.nio's InvalidPathException) with a 500.
            badAddress(context, "problem.badAddress.nul");
        } else if (declaredLength(request) > maxBodySize.asLongValue()) {
            // The body is not read: the connection closes after the answer.
            context.response().putHeader("Connection", "close");
            answer(context, 413, "problem.tooLarge", maxBodySize.asLongValue());
        } else {
            context.next();
        }
    }

    private void failure(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        Throwable failure = context.failure();
        OptionalLong wait = failure instanceof AuthenticationFailedException refused
                ? SignInThrottle.retryAfter(refused) : OptionalLong.empty();
        if (wait.isPresent()) {
            // A path permission's sign-in (Basic on /q/metrics) is throttled as every other.
            context.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
            write(context, 429, "too-many-sign-ins", "problem.tooManySignIns",
                    Messages.text(locale(context), "problem.tooManySignIns.detail", wait.getAsLong()));
            return;
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException) {
            unauthenticated(context);
            return;
        }
        if (failure instanceof InvalidPathException) {
            // A name the file system cannot hold, met by a static file handler (a reserved character on Windows).
            badAddress(context, "problem.badAddress.detail");
            return;
        }
        if (failure instanceof ForbiddenException) {
            write(context, 403, "forbidden", "problem.forbidden",
                    Messages.text(locale(context), "problem.forbidden.role"));
            return;
        }
        int status = context.statusCode();
        if (status < 400 || status >= 500) {
            LOG.error("Unexpected failure in the HTTP layer", failure);
            answer(context, 500, "problem.internal", "problem.internal.detail");
            return;
        }
        String key = key(status);
        answer(context, status, key, key + ".detail");
    }

    /**
     * The router failed to match a malformed path: it is routed again with each stray percent sign escaped, so that
     * the answer goes through the same handlers and headers as any other, and {@link #checkLimits} refuses it.
     */
    private void unmatchableAddress(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String path = context.request().path();
        if (context.get(SENT_PATH) == null && path != null && path.startsWith("/")
                && STRAY_PERCENT.matcher(path).find()) {
            context.put(SENT_PATH, path);
            String query = context.request().query();
            context.reroute(context.request().method(),
                    STRAY_PERCENT.matcher(path).replaceAll("%25") + (query == null ? "" : "?" + query));
            return;
        }
        badAddress(context, "problem.badAddress.detail");
    }

    private void badAddress(RoutingContext context, String detailKey) {
        write(context, 400, "bad-address", "problem.badAddress", Messages.text(locale(context), detailKey));
    }

    /**
     * The 401 problem. HTTP Basic is offered to all but the browser app (X-Requested-With), which handles a 401
     * itself, as the REST layer answers it.
     */
    public void unauthenticated(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        if (context.request().getHeader("X-Requested-With") == null) {
            context.response().putHeader("WWW-Authenticate", "Basic realm=\"EFS\", charset=\"UTF-8\"");
        }
        write(context, 401, "unauthorized", "problem.unauthorized",
                Messages.text(locale(context), "problem.unauthorized.detail"));
    }

    /**
     * Whether the address is a URI as RFC 3986 spells it: printable ASCII only (a client escapes the rest), every
     * percent sign starting an escape, no character the grammar leaves out ({@code | { } \ ^ `} and the like).
     */
    static boolean isUri(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The title key of an HTTP status the service answers without a more specific problem. */
    static String key(int status) {
        return switch (status) {
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 413 -> "problem.tooLarge";
            case 414 -> "problem.uriTooLong";
            case 415 -> "problem.unsupportedMediaType";
            case 431 -> "problem.headersTooLarge";
            default -> "problem.badRequest";
        };
    }

    private void answer(RoutingContext context, int status, String key, long limit) {
        Locale locale = locale(context);
        write(context, status, "http-" + status, key, Messages.text(locale, key + ".detail", String.valueOf(limit)));
    }

    private void answer(RoutingContext context, int status, String titleKey, String detailKey) {
        write(context, status, status == 500 ? "internal" : "http-" + status, titleKey,
                Messages.text(locale(context), detailKey));
    }

    private void write(RoutingContext context, int status, String type, String titleKey, String detail) {
        ProblemResponse problem = new ProblemResponse(TYPE_BASE + type, Messages.text(locale(context), titleKey),
                status, detail, instance(context), null, null);
        HttpServerResponse response = context.response();
        try {
            response.setStatusCode(status).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }

    /** The path as sent, cut to what the problem's schema allows: an over-long address is the very failure. */
    private static String instance(RoutingContext context) {
        String path = context.get(SENT_PATH) instanceof String sent ? sent : context.request().path();
        if (path == null) {
            return null;
        }
        return path.length() > 2000 ? path.substring(0, 2000) : path;
    }

    private static Locale locale(RoutingContext context) {
        return Messages.resolve(context.request().getHeader("Accept-Language"));
    }

    /** Header bytes roughly as the codec counts them: each name, value and separator. */
    static long headersSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
