package ru.efs.portfolio.common;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The words a person reads for the API's own names, shared by exports, imports and documents: an enum value's
 * label ({@code i18n/enums}) and a field's label, which is the Russian or English half of its OpenAPI description
 * ({@code "Название / Title"}), so a column is named as the contract names it.
 */
public final class Labels {

    private Labels() {
    }

    /** The enum value's label in the language, or its name when it has none. */
    public static String of(Enum<?> value, Locale locale) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String label = Messages.text(locale, key);
        return label.equals(key) ? value.name() : label;
    }

    /**
     * The enum value a person wrote: its name or its label in either language, case and ё/е aside; {@code null}
     * when it is none of them.
     */
    public static <E extends Enum<E>> E parse(String text, Class<E> type) {
        String wanted = Texts.fold(text);
        for (E value : type.getEnumConstants()) {
            if (Texts.fold(value.name()).equals(wanted) || Texts.fold(of(value, Messages.RUSSIAN)).equals(wanted)
                    || Texts.fold(of(value, Locale.ENGLISH)).equals(wanted)) {
                return value;
            }
        }
        return null;
    }

    /** A record component's label in the language, from its {@code @Schema} description; its name without one. */
    public static String of(RecordComponent component, Locale locale) {
        // @Schema does not target record components: written on one, it lands on the accessor (and field)
        Schema schema = component.getAnnotation(Schema.class);
        if (schema == null) {
            schema = component.getAccessor().getAnnotation(Schema.class);
        }
        String description = schema == null ? "" : schema.description();
        return half(description, locale, component.getName());
    }

    /** The Russian or English half of a "Русский / English" text; the whole when it has one language only. */
    public static String half(String text, Locale locale, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int slash = text.indexOf(" / ");
        if (slash < 0) {
            return text.strip();
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String half = english ? text.substring(slash + 3) : text.substring(0, slash);
        return stripSentence(half.strip());
    }

    /** "Название региона: полностью" stays; a description's sentences after the first are left out of a header. */
    private static String stripSentence(String text) {
        int colon = text.indexOf(": ");
        int stop = text.indexOf(". ");
        int cut = colon > 0 && (stop < 0 || colon < stop) ? colon : stop;
        return cut > 0 ? text.substring(0, cut) : text;
    }
}
