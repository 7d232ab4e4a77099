package ru.efs.portfolio.common;

import java.util.Arrays;

/** Enumeration values from the query string: an unknown one is a 400 that lists the allowed values. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw Problem.invalid(field, "validation.enum", allowed);
        }
    }
}
