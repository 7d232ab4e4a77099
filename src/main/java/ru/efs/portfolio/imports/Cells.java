package ru.efs.portfolio.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.imports.References.Found;
import ru.efs.portfolio.project.ProjectDtos.IndicatorDto;

/**
 * How a text cell becomes a value: numbers with a decimal comma or point, dates as the export and a spreadsheet
 * write them, enum values by name or label, lists joined the way the export joins them, and indicators one a line.
 */
final class Cells {

    private static final Map<Class<?>, Map<String, Object>> ENUMS = new ConcurrentHashMap<>();
    private static final Pattern INTEGER = Pattern.compile("^[+-]?\\d{1,10}(?:[.,]0+)?$");
    private static final Pattern DECIMAL = Pattern.compile("^[+-]?\\d+(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?$");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F'](?=\\d{3})");
    private static final Pattern LONG = Pattern.compile("^\\+?\\d{1,18}(?:[.,]0+)?$");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter RUSSIAN_TIME = DateTimeFormatter.ofPattern("d.M.uuuu H:mm");

    /** Between the fields of one indicator. */
    static final String INDICATOR_FIELDS = "|";

    private Cells() {
    }

    static Found integer(String cell) {
        String text = cell.replace(" ", "");
        if (!INTEGER.matcher(text).matches()) {
            return Found.error("import.cell.integer", cell);
        }
        long value = new BigDecimal(text.replace(',', '.')).longValueExact();
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            return Found.error("import.cell.integer", cell);
        }
        return Found.of((int) value);
    }

    /** A version or an id: a whole number from 0. */
    static Found whole(String cell) {
        String text = cell.strip();
        if (!LONG.matcher(text).matches()) {
            return Found.error("import.cell.whole", cell);
        }
        return Found.of(new BigDecimal(text.replace(',', '.')).longValueExact());
    }

    static Found decimal(String cell) {
        String text = DIGIT_GROUPS.matcher(cell.strip()).replaceAll("");
        if (!DECIMAL.matcher(text).matches()) {
            return Found.error("import.cell.number", cell);
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        return value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0
                ? Found.error("import.cell.number", cell) : Found.of(value);
    }

    /** {@code 2023-10-10} (a spreadsheet's date cell, ISO), {@code 10.10.2023}, with a time of day or without. */
    static Found date(String cell) {
        String text = cell.strip();
        try {
            if (text.contains("T")) {
                return Found.of(LocalDateTime.parse(text).toLocalDate());
            }
            if (text.contains("-")) {
                return Found.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            }
            if (text.contains(":")) {
                return Found.of(LocalDateTime.parse(text, RUSSIAN_TIME).toLocalDate());
            }
            return Found.of(LocalDate.parse(text, RUSSIAN_DATE));
        } catch (DateTimeParseException e) {
            return Found.error("import.cell.date", cell);
        }
    }

    /** An enum value by its name or its label in either language. */
    static <E extends Enum<E>> Found enumValue(String cell, Class<E> type, Locale locale) {
        Object value = ENUMS.computeIfAbsent(type, Cells::enumNames).get(ru.efs.portfolio.common.Texts.fold(cell));
        if (value != null) {
            return Found.of(value);
        }
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(v -> Labels.of(v, locale)).toList());
        return Found.error("import.cell.enum", cell, allowed);
    }

    /** An enum's values by what a person may write for them ({@link Labels#parse}), folded once. */
    private static Map<String, Object> enumNames(Class<?> type) {
        Map<String, Object> names = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            for (String name : List.of(value.name(), Labels.of(value, Messages.RUSSIAN),
                    Labels.of(value, Locale.ENGLISH))) {
                names.putIfAbsent(ru.efs.portfolio.common.Texts.fold(name), value);
            }
        }
        return names;
    }

    /** The parts of a list cell, one a line or between {@code ;}; a part may still hold several joined by commas. */
    static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split("[;\\r\\n]+")) {
            String clean = Table.clean(part);
            if (clean != null) {
                parts.add(clean);
            }
        }
        return parts;
    }

    /** A part split at its commas ({@code 3, 8}; {@code mentoring, young-teachers}). */
    static List<String> commaSeparated(String part) {
        List<String> items = new ArrayList<>();
        for (String item : part.split(",")) {
            String clean = Table.clean(item);
            if (clean != null) {
                items.add(clean);
            }
        }
        return items;
    }

    /**
     * Indicators, one a line (or between {@code ;}): {@code название | единица | базовое | целевое | фактическое};
     * the numbers may be left empty.
     */
    static Found indicators(String cell) {
        List<IndicatorDto> indicators = new ArrayList<>();
        String[] lines = cell.contains("\n") ? cell.split("\\r?\\n") : cell.split(";");
        int number = 0;
        for (String line : lines) {
            if (Table.clean(line) == null) {
                continue;
            }
            number++;
            String[] parts = line.split(Pattern.quote(INDICATOR_FIELDS), -1);
            if (parts.length < 2 || parts.length > 5) {
                return Found.error("import.cell.indicatorShape", String.valueOf(number));
            }
            BigDecimal[] numbers = new BigDecimal[3];
            for (int i = 2; i < parts.length; i++) {
                String text = Table.clean(parts[i]);
                if (text != null) {
                    Found value = decimal(text);
                    if (!value.ok()) {
                        return Found.error("import.cell.indicatorNumber", String.valueOf(number), text);
                    }
                    numbers[i - 2] = (BigDecimal) value.value();
                }
            }
            indicators.add(new IndicatorDto(Table.clean(parts[0]), Table.clean(parts[1]), numbers[0], numbers[1],
                    numbers[2]));
        }
        return Found.of(indicators);
    }

    /** Indicators as a cell holds them (the template's example). */
    static String indicatorsText(List<IndicatorDto> indicators) {
        StringBuilder text = new StringBuilder();
        for (IndicatorDto indicator : indicators) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(indicator.name()).append(" | ").append(indicator.unit()).append(" | ")
                    .append(plain(indicator.baseline())).append(" | ").append(plain(indicator.target()))
                    .append(" | ").append(plain(indicator.actual()));
        }
        return text.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** A message of the texts, in the caller's language. */
    static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
