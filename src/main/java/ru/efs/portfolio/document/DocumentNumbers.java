package ru.efs.portfolio.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a document prints them: Russian «1 250,5» (a no-break space between thousands, a decimal comma),
 * English "1,250.5". Formats are made per call: {@link DecimalFormat} is not safe to share between threads.
 */
final class DocumentNumbers {

    /** What a table cell shows for a value nobody entered. */
    static final String NO_VALUE = "—";

    private DocumentNumbers() {
    }

    /** An indicator's value with as many decimals as it was given. */
    static String value(BigDecimal value, Locale locale) {
        if (value == null) {
            return NO_VALUE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols(locale));
        format.setParseBigDecimal(true);
        return format.format(value.stripTrailingZeros());
    }

    /** An average score with two decimals: «4,50». */
    static String score(BigDecimal value, Locale locale) {
        return value == null ? NO_VALUE : new DecimalFormat("0.00", symbols(locale)).format(value);
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '\u00a0');
        symbols.setMinusSign('−');
        return symbols;
    }
}
