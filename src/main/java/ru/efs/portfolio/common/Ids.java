package ru.efs.portfolio.common;

/** Identifiers from the path or query: anything that is not a positive number is a 400 naming the parameter. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String value) {
        return parse("id", value);
    }

    public static long parse(String field, String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            if (id < 1) {
                throw Problem.invalid(field, "validation.id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw Problem.invalid(field, "validation.id");
        }
    }

    public static Long optional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }
}
