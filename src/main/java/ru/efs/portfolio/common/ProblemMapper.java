package ru.efs.portfolio.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ru.efs.portfolio.security.CsrfRejectedException;
import ru.efs.portfolio.security.SignInThrottle;

/** The one place where every failure becomes an RFC 9457 problem, in the caller's language. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://efs.example/problems/";

    @ServerExceptionMapper
    public Response problem(Problem problem, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<ProblemResponse.FieldMessage> errors = problem.errors().stream()
                .map(e -> new ProblemResponse.FieldMessage(e.field(), Messages.text(locale, e.messageKey(), e.args())))
                .toList();
        return respond(problem.status(), problem.type(), Messages.text(locale, problem.titleKey()),
                Messages.text(locale, problem.detailKey(), problem.detailArgs()), uri, errors, problem.extension(),
                headers);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException exception, HttpHeaders headers, UriInfo uri) {
        return validation(exception, headers, uri);
    }

    @ServerExceptionMapper
    public Response restViolations(ResteasyReactiveViolationException exception, HttpHeaders headers, UriInfo uri) {
        return validation(exception, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException exception, HttpHeaders headers, UriInfo uri) {
        Class<?> target = exception.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList());
            return fieldProblem(exception, "validation.enum", new Object[] {allowed}, headers, uri);
        }
        return fieldProblem(exception, "validation.type", new Object[0], headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, HttpHeaders headers, UriInfo uri) {
        return fieldProblem(exception, "validation.type", new Object[0], headers, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException exception, HttpHeaders headers, UriInfo uri) {
        return fieldProblem(exception, "validation.type", new Object[0], headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException exception, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, HttpHeaders headers, UriInfo uri) {
        if (CsrfRejectedException.is(exception)) {
            return problem(new Problem(403, "csrf", "problem.csrf", "problem.csrf.detail", null, null, null), headers,
                    uri);
        }
        OptionalLong wait = SignInThrottle.retryAfter(exception);
        if (wait.isPresent()) {
            return tooManySignIns(wait.getAsLong(), headers, uri);
        }
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException exception, HttpHeaders headers,
            UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException exception, HttpHeaders headers, UriInfo uri) {
        return problem(Problem.forbidden("problem.forbidden.role"), headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, HttpHeaders headers, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return fieldProblem(mapping, "validation.type", new Object[0], headers, uri);
            }
            if (cause instanceof JsonProcessingException) {
                return malformed(headers, uri);
            }
        }
        if (status >= 500) {
            return unexpected(exception, headers, uri);
        }
        Locale locale = locale(headers);
        String key = switch (status) {
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupportedMediaType";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            default -> "problem.badRequest";
        };
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(new ProblemResponse(TYPE_BASE + "http-" + status, Messages.text(locale, key), status,
                        Messages.text(locale, key + ".detail"), path(uri), null, null));
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", exception.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException exception, HttpHeaders headers, UriInfo uri) {
        return concurrentChange(headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem(problem, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(headers, uri);
            }
            // Integrity under concurrency: a foreign key refused a link to a deleted object or the delete of a
            // linked one, or a row lock was not had in time (deadlock, timeout); the caller may reload and retry.
            if (isForeignKeyViolation(cause)) {
                LOG.debugf(cause, "Foreign key refused a write");
                return problem(Problem.conflict("problem.conflict.reference"), headers, uri);
            }
            if (cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                LOG.debugf(cause, "Row lock not acquired");
                return concurrentChange(headers, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.debugf(cause, "Database constraint refused a write");
                return problem(Problem.conflict("problem.conflict.constraint"), headers, uri);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return validation(violations, headers, uri);
            }
            if (isPoolExhausted(cause)) {
                LOG.warnf("No database connection free in time: %s", path(uri));
                return Response.fromResponse(problem(new Problem(503, "unavailable", "problem.unavailable",
                        "problem.unavailable.detail", null, null, null), headers, uri))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.error("Unexpected failure", exception);
        Locale locale = locale(headers);
        return Response.status(500).type(PROBLEM_JSON)
                .entity(new ProblemResponse(TYPE_BASE + "internal", Messages.text(locale, "problem.internal"), 500,
                        Messages.text(locale, "problem.internal.detail"), path(uri), null, null))
                .build();
    }

    /**
     * The connection pool (Agroal) had no connection free within its acquisition timeout: the service is saturated,
     * not broken, so the caller is told to come back shortly. Agroal says so with a plain {@link SQLException}
     * ("Acquisition timeout while waiting for new connection"), which Hibernate wraps.
     */
    static boolean isPoolExhausted(Throwable exception) {
        return exception instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().startsWith(ACQUISITION_TIMEOUT);
    }

    /** SQLState 23503 (PostgreSQL, H2: a row still referenced) or 23506 (H2: the referenced row is missing). */
    static boolean isForeignKeyViolation(Throwable exception) {
        String state = exception instanceof SQLException sql ? sql.getSQLState()
                : exception instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
        return "23503".equals(state) || "23506".equals(state);
    }

    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";
    static final String RETRY_AFTER_SECONDS = "1";

    private Response concurrentChange(HttpHeaders headers, UriInfo uri) {
        return problem(new Problem(409, "concurrent-change", "problem.conflict", "problem.concurrentChange", null,
                null, null), headers, uri);
    }

    /** Too many failed sign-ins (security/SignInThrottle): the caller is told when to try again. */
    private Response tooManySignIns(long seconds, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problem(new Problem(429, "too-many-sign-ins", "problem.tooManySignIns",
                "problem.tooManySignIns.detail", new Object[] {seconds}, null, null), headers, uri))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Response response = problem(new Problem(401, "unauthorized", "problem.unauthorized",
                "problem.unauthorized.detail", null, null, null), headers, uri);
        // The browser app sends X-Requested-With and handles 401 itself; others are offered HTTP Basic.
        if (headers.getHeaderString("X-Requested-With") == null) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"EFS\", charset=\"UTF-8\"")
                    .build();
        }
        return response;
    }

    private Response validation(ConstraintViolationException exception, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<ProblemResponse.FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new ProblemResponse.FieldMessage(fieldOf(violation.getPropertyPath()),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(ProblemResponse.FieldMessage::field));
        return respond(400, "validation", Messages.text(locale, "problem.validation"),
                Messages.text(locale, "problem.validation.detail"), uri, errors, null, headers);
    }

    private Response fieldProblem(JsonMappingException exception, String key, Object[] args, HttpHeaders headers,
            UriInfo uri) {
        String field = fieldOf(exception.getPath());
        if (field.isEmpty()) {
            return malformed(headers, uri);
        }
        return problem(Problem.invalid(field, key, args), headers, uri);
    }

    private Response malformed(HttpHeaders headers, UriInfo uri) {
        return problem(Problem.invalid("body", "validation.malformedJson"), headers, uri);
    }

    private Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<ProblemResponse.FieldMessage> errors, Object extension, HttpHeaders headers) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new ProblemResponse(TYPE_BASE + type, title, status, detail, path(uri),
                        errors == null || errors.isEmpty() ? null : errors, extension))
                .build();
    }

    static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** {@code update.request.regionCodes[2].<list element>} → {@code regionCodes[2]}: the caller's own field names. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parts.clear();
                    if (!"request".equals(node.getName())) {
                        parts.add(node.getName());
                    }
                }
                case PROPERTY, BEAN -> {
                    indexPrevious(parts, node);
                    if (node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> indexPrevious(parts, node);
                default -> {
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static void indexPrevious(List<String> parts, Path.Node node) {
        if (node.isInIterable() && !parts.isEmpty()) {
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (position != null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
            }
        }
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.resolve(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
