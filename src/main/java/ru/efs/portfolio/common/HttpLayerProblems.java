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
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's own refusals as RFC 9457 problems, like every other error of the API: an address or headers
 * beyond the service's limits, a body larger than allowed, and whatever the router itself fails before the REST
 * layer sees the request (a broken percent-escape in the path, a path permission's refusal).
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

    @Inject
    ObjectMapper mapper;

    @Inject
    EfsConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkLimits);
        router.route().order(ORDER).failureHandler(this::failure);
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.http().maxUriLength()) {
            answer(context, 414, "problem.uriTooLong", config.http().maxUriLength());
        } else if (headersSize(request.headers()) > config.http().maxHeaderSize()) {
            answer(context, 431, "problem.headersTooLarge", config.http().maxHeaderSize());
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
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException) {
            // As the REST layer answers it: the browser app (X-Requested-With) handles 401 itself.
            if (context.request().getHeader("X-Requested-With") == null) {
                context.response().putHeader("WWW-Authenticate", "Basic realm=\"EFS\", charset=\"UTF-8\"");
            }
            answer(context, 401, "problem.unauthorized", "problem.unauthorized.detail");
            return;
        }
        if (failure instanceof ForbiddenException) {
            answer(context, 403, "problem.forbidden", "problem.forbidden.role");
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
        write(context, status, key, Messages.text(locale, key + ".detail", String.valueOf(limit)));
    }

    private void answer(RoutingContext context, int status, String titleKey, String detailKey) {
        write(context, status, titleKey, Messages.text(locale(context), detailKey));
    }

    private void write(RoutingContext context, int status, String titleKey, String detail) {
        String type = TYPE_BASE + (status == 500 ? "internal" : "http-" + status);
        ProblemResponse problem = new ProblemResponse(type, Messages.text(locale(context), titleKey), status, detail,
                instance(context.request()), null, null);
        HttpServerResponse response = context.response();
        try {
            response.setStatusCode(status).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }

    /** The path as sent, cut to what the problem's schema allows: an over-long address is the very failure. */
    private static String instance(HttpServerRequest request) {
        String path = request.path();
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
