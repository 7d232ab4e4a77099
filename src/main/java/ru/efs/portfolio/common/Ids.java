package ru.efs.portfolio.common;

/** Identifiers from the path or query, read by {@link QueryParams}: not a positive number is a 400 naming it. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String value) {
        return parse("id", value);
    }

    public static long parse(String field, String value) {
        return QueryParams.requiredId(field, value);
    }

    public static Long optional(String field, String value) {
        return QueryParams.id(field, value);
    }
}
