package ru.efs.portfolio.common.export;

import java.util.Locale;
import java.util.function.Function;
import ru.efs.portfolio.common.Labels;

/**
 * One column of an exported table: its header in both languages and how a row gives its cell. A cell is a
 * {@code String}, a {@code Number}, a {@code LocalDate}, a {@code LocalDateTime}, a {@code Boolean}, an enum (written
 * as its label) or {@code null}; anything else is written as text.
 */
public record Column<T>(String russian, String english, Function<T, Object> value) {

    /** A column headed by a "Русский / English" text. */
    public static <T> Column<T> of(String bilingual, Function<T, Object> value) {
        return new Column<>(Labels.half(bilingual, ru.efs.portfolio.common.Messages.RUSSIAN, bilingual),
                Labels.half(bilingual, Locale.ENGLISH, bilingual), value);
    }

    public String header(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : russian;
    }
}
