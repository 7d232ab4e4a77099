package ru.efs.portfolio.common;

/** Small text clean-ups applied to what callers send. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but blanks was sent. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }
}
