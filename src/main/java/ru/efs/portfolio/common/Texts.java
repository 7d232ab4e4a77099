package ru.efs.portfolio.common;

/** Small text clean-ups applied to what callers send. */
public final class Texts {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_\\-–—]+");

    private Texts() {
    }

    /** Trimmed text, or null when nothing but blanks was sent. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /**
     * The text as a person compares it: case, ё/е, underscores, dashes and repeated blanks aside
     * ({@code "Код  региона"}, {@code "код-региона"} and {@code "КОД_РЕГИОНА"} are one).
     */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        return SEPARATORS.matcher(value.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
    }
}
