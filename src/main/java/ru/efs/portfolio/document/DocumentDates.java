package ru.efs.portfolio.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import ru.efs.portfolio.common.Messages;

/**
 * Dates as a document prints them: Russian «10 октября 2023 г.» and, for a range, «10–11 октября 2023 г.»; in
 * English "10 October 2023" and "10–11 October 2023". Moments are dates in Moscow, where the ЕФС calendar lives.
 */
final class DocumentDates {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Month names in the genitive, as a Russian date needs them («10 октября»). */
    private static final String[] RUSSIAN_MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};

    private DocumentDates() {
    }

    /** «10 октября 2023 г.» / "10 October 2023"; null for no date. */
    static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        return dayAndMonth(date, locale) + " " + year(date.getYear(), locale);
    }

    /** The date of a moment in Moscow. */
    static String date(OffsetDateTime moment, Locale locale) {
        return moment == null ? null : date(moment.atZoneSameInstant(MOSCOW).toLocalDate(), locale);
    }

    /** Today in Moscow. */
    static String today(Locale locale) {
        return date(LocalDate.now(MOSCOW), locale);
    }

    /**
     * A period written the short way: «10–11 октября 2023 г.», «30 сентября – 1 октября 2023 г.»,
     * «30 декабря 2023 г. – 2 января 2024 г.»; one end only is «с …» or «по …»; null when neither is known.
     */
    static String range(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return null;
        }
        if (end == null) {
            return Messages.text(locale, "document.from", date(start, locale));
        }
        if (start == null) {
            return Messages.text(locale, "document.until", date(end, locale));
        }
        if (start.equals(end)) {
            return date(start, locale);
        }
        if (start.getYear() != end.getYear()) {
            return date(start, locale) + " – " + date(end, locale);
        }
        String year = year(end.getYear(), locale);
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + dayAndMonth(end, locale) + " " + year;
        }
        return dayAndMonth(start, locale) + " – " + dayAndMonth(end, locale) + " " + year;
    }

    private static String dayAndMonth(LocalDate date, Locale locale) {
        String month = english(locale) ? date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : RUSSIAN_MONTHS[date.getMonthValue() - 1];
        return date.getDayOfMonth() + " " + month;
    }

    private static String year(int year, Locale locale) {
        return english(locale) ? String.valueOf(year) : year + " г.";
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
