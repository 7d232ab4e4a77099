package ru.efs.portfolio.common;

import java.util.List;

/**
 * A failure that the API answers with an RFC 9457 problem. Messages are keys into the {@code messages}
 * bundle so that the one error mapper can render them in the caller's language.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String type;
    private final String titleKey;
    private final String detailKey;
    private final Object[] detailArgs;
    private final List<FieldError> errors;
    private final Object extension;

    public Problem(int status, String type, String titleKey, String detailKey, Object[] detailArgs,
            List<FieldError> errors, Object extension) {
        super(detailKey);
        this.status = status;
        this.type = type;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs == null ? new Object[0] : detailArgs;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extension = extension;
    }

    /** A field of the request and what is wrong with it; the message is a key with arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public static Problem notFound(String detailKey, Object... args) {
        return new Problem(404, "not-found", "problem.notFound", detailKey, args, null, null);
    }

    public static Problem forbidden(String detailKey, Object... args) {
        return new Problem(403, "forbidden", "problem.forbidden", detailKey, args, null, null);
    }

    /** A 403 about one field of the request: the caller may not set it to this value. */
    public static Problem forbidden(FieldError error) {
        return new Problem(403, "forbidden", "problem.forbidden", error.messageKey(), error.args(), List.of(error),
                null);
    }

    public static Problem conflict(String detailKey, Object[] args, Object extension) {
        return new Problem(409, "conflict", "problem.conflict", detailKey, args, null, extension);
    }

    public static Problem conflict(String detailKey, Object... args) {
        return conflict(detailKey, args, null);
    }

    public static Problem stale(String detailKey, Object... args) {
        return new Problem(412, "stale-version", "problem.stale", detailKey, args, null, null);
    }

    public static Problem preconditionRequired() {
        return new Problem(428, "precondition-required", "problem.preconditionRequired",
                "problem.preconditionRequired.detail", null, null, null);
    }

    public static Problem invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldError(field, messageKey, args)));
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(400, "validation", "problem.validation", "problem.validation.detail", null, errors, null);
    }

    public static Problem badTransition(String field, String messageKey, Object... args) {
        return new Problem(409, "invalid-transition", "problem.transition", messageKey, args,
                List.of(new FieldError(field, messageKey, args)), null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Object extension() {
        return extension;
    }
}
