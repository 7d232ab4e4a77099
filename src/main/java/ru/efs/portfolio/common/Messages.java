package ru.efs.portfolio.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Texts a person reads, Russian first, English when the caller asks for it. */
public final class Messages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The shared texts first, then each feature's own ({@code i18n/<feature>.properties} and {@code _ru}). */
    private static final List<String> BUNDLES = List.of("messages", "i18n/people", "i18n/sessions", "i18n/demo",
            "i18n/deficits", "i18n/practices", "i18n/projects", "i18n/influence",
            "i18n/assessments", "i18n/analytics", "i18n/search", "i18n/enums", "i18n/exports",
            "i18n/documents", "i18n/imports", "i18n/notifications", "i18n/remarks");

    private static final Map<String, String> RUSSIAN_PATTERNS = new ConcurrentHashMap<>();
    private static final Map<String, String> ENGLISH_PATTERNS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** An argument of a message that has its own words in each language. */
    public interface Localizable {
        String render(Locale locale);
    }

    /** The language to answer in: English only when Accept-Language prefers it, Russian otherwise. */
    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(ranges, List.of(RUSSIAN, Locale.ENGLISH));
            return best == null ? RUSSIAN : best;
        } catch (IllegalArgumentException e) {
            return RUSSIAN;
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Localizable localizable ? localizable.render(locale) : args[i];
            if (rendered[i] instanceof String text && quoted(text)) {
                // a title that is in quotes already («Школа наставников») is not quoted twice
                pattern = pattern.replace("«{" + i + "}»", "{" + i + "}");
            }
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    private static boolean quoted(String text) {
        return text.length() > 1 && text.startsWith("«") && text.endsWith("»");
    }

    /**
     * The pattern of a key in the caller's language, looked up once per language and key: a lookup through the
     * bundles costs a miss in each bundle before the one that has it, and texts are asked for per list item.
     */
    private static String pattern(Locale locale, String key) {
        Locale target = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : RUSSIAN;
        Map<String, String> patterns = target == RUSSIAN ? RUSSIAN_PATTERNS : ENGLISH_PATTERNS;
        String cached = patterns.get(key);
        if (cached != null) {
            return cached;
        }
        String pattern = key;
        for (String base : BUNDLES) {
            try {
                ResourceBundle bundle = bundle(base, locale);
                if (bundle.containsKey(key)) {
                    pattern = bundle.getString(key);
                    break;
                }
            } catch (MissingResourceException e) {
                // a feature without texts of its own yet
            }
        }
        patterns.put(key, pattern);
        return pattern;
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        Locale target = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : RUSSIAN;
        return ResourceBundle.getBundle(base, target, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
