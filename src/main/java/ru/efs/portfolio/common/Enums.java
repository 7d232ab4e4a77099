package ru.efs.portfolio.common;

/** Enumeration values from the query string, read by {@link QueryParams}: an unknown one is a 400. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        return QueryParams.enumValue(field, value, type);
    }
}
