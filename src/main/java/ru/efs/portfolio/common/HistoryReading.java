package ru.efs.portfolio.common;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.HistoryService.FieldChange;
import ru.efs.portfolio.common.HistoryService.HistoryRef;
import ru.efs.portfolio.common.HistoryService.ItemChange;
import ru.efs.portfolio.common.HistoryWords.CodeKind;
import ru.efs.portfolio.common.HistoryWords.FieldWords;
import ru.efs.portfolio.common.HistoryWords.ValueType;
import ru.efs.portfolio.common.export.Names;

/**
 * Puts one history's changes in words: labels, values as a person reads them and the objects ids and codes name.
 * Every id is noted first and the names are read once per kind of object, so a history of any length costs the
 * same few statements.
 */
final class HistoryReading {

    /** Components that name a row of a list, in the order they are looked for. */
    private static final List<String> ROW_NAMES = List.of("name", "title", "code");

    private final EntityManager em;
    private final Locale locale;
    private final Map<String, FieldWords> fields;
    private final Map<Names.Kind, Set<Long>> wantedIds = new EnumMap<>(Names.Kind.class);
    private final Map<CodeKind, Set<String>> wantedCodes = new EnumMap<>(CodeKind.class);
    private final Map<Names.Kind, Map<Long, String>> names = new EnumMap<>(Names.Kind.class);
    private final Map<CodeKind, Map<String, String>> codeNames = new EnumMap<>(CodeKind.class);

    HistoryReading(EntityManager em, Locale locale, Map<String, FieldWords> fields) {
        this.em = em;
        this.locale = locale;
        this.fields = fields;
    }

    /** Notes the ids and codes a change's values hold, to be named by {@link #load}. */
    void note(String field, Object from, Object to) {
        note(fields.get(field), from);
        note(fields.get(field), to);
    }

    private void note(FieldWords words, Object value) {
        if (words == null || value == null) {
            return;
        }
        if (words.type() == ValueType.ITEMS) {
            for (Object item : values(value)) {
                if (item instanceof Map<?, ?> row) {
                    row.forEach((key, cell) -> note(words.items().get(String.valueOf(key)), cell));
                }
            }
        } else if (words.refKind() != null) {
            for (Object id : values(value)) {
                if (id instanceof Number number) {
                    wantedIds.computeIfAbsent(words.refKind(), k -> new HashSet<>()).add(number.longValue());
                }
            }
        } else if (words.codeKind() != null) {
            for (Object code : values(value)) {
                if (code != null) {
                    wantedCodes.computeIfAbsent(words.codeKind(), k -> new HashSet<>()).add(String.valueOf(code));
                }
            }
        }
    }

    /** Reads the names of every noted object: one statement per kind of object. */
    void load() {
        wantedIds.forEach((kind, ids) -> names.put(kind, Names.read(em, kind, ids)));
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        wantedCodes.forEach((kind, codes) -> {
            Map<String, String> named = new HashMap<>();
            List<String> all = new ArrayList<>(codes);
            for (int from = 0; from < all.size(); from += ListQuery.IN_LIST) {
                List<String> part = all.subList(from, Math.min(all.size(), from + ListQuery.IN_LIST));
                for (Object[] row : em.createQuery(kind.jpql, Object[].class).setParameter("codes", part)
                        .getResultList()) {
                    String name = english && row[2] != null ? (String) row[2] : (String) row[1];
                    named.put((String) row[0], name);
                }
            }
            codeNames.put(kind, named);
        });
    }

    /** The change in words; a field the snapshot does not describe keeps its name as its label. */
    FieldChange describe(String field, Object from, Object to) {
        FieldWords words = fields.get(field);
        if (words == null) {
            return new FieldChange(field, from, to, field, field, ValueType.TEXT.name(), text(from), text(to),
                    List.of(), List.of());
        }
        return change(words, from, to);
    }

    private FieldChange change(FieldWords words, Object from, Object to) {
        List<ItemChange> items = words.type() == ValueType.ITEMS ? rows(words, from, to) : List.of();
        return new FieldChange(words.name(), from, to, words.label(), words.labelEn(), words.type().name(),
                display(words, from), display(words, to), refs(words, from, to), items);
    }

    private List<HistoryRef> refs(FieldWords words, Object from, Object to) {
        if (words.refKind() == null && words.codeKind() == null) {
            return List.of();
        }
        Set<Object> keys = new LinkedHashSet<>();
        keys.addAll(values(from));
        keys.addAll(values(to));
        List<HistoryRef> refs = new ArrayList<>();
        for (Object key : keys) {
            if (words.refKind() != null && key instanceof Number id) {
                refs.add(new HistoryRef(words.refKind().name(), id.longValue(), null, nameOf(words, key)));
            } else if (words.codeKind() != null && key != null) {
                refs.add(new HistoryRef(words.codeKind().name(), null, String.valueOf(key), nameOf(words, key)));
            }
        }
        return refs;
    }

    private String nameOf(FieldWords words, Object key) {
        if (words.refKind() != null && key instanceof Number id) {
            return names.getOrDefault(words.refKind(), Map.of()).get(id.longValue());
        }
        return codeNames.getOrDefault(words.codeKind(), Map.of()).get(String.valueOf(key));
    }

    /** The value as a person reads it; null when there is none. */
    private String display(FieldWords words, Object value) {
        if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
            return null;
        }
        return switch (words.type()) {
            case REFERENCE -> values(value).stream().map(key -> {
                String name = nameOf(words, key);
                return name != null ? name : Messages.text(locale, "history.gone", String.valueOf(key));
            }).collect(Collectors.joining(", "));
            case ENUM -> values(value).stream().map(v -> enumLabel(words, v)).collect(Collectors.joining(", "));
            case ITEMS -> values(value).stream().map(row -> rowName(words, row)).collect(Collectors.joining("; "));
            case DATE -> date(value);
            case INSTANT -> instant(value);
            case BOOLEAN -> Messages.text(locale, Boolean.TRUE.equals(value) ? "history.yes" : "history.no");
            case NUMBER -> number(value);
            case TEXT -> value instanceof Map<?, ?> ? rowName(words, value) : text(value);
        };
    }

    /** Rows of a list matched by their name: those added, those removed and those whose fields changed. */
    private List<ItemChange> rows(FieldWords words, Object from, Object to) {
        Map<String, Map<?, ?>> before = keyed(words, from);
        Map<String, Map<?, ?>> after = keyed(words, to);
        List<ItemChange> changes = new ArrayList<>();
        before.forEach((key, row) -> {
            Map<?, ?> now = after.get(key);
            if (now == null) {
                changes.add(new ItemChange("REMOVED", rowName(words, row), cells(words, row, Map.of())));
            } else if (!row.equals(now)) {
                changes.add(new ItemChange("CHANGED", rowName(words, now), cells(words, row, now)));
            }
        });
        after.forEach((key, row) -> {
            if (!before.containsKey(key)) {
                changes.add(new ItemChange("ADDED", rowName(words, row), cells(words, Map.of(), row)));
            }
        });
        return changes;
    }

    /** The rows by their name (the whole row when it has none); a repeated name counts its repeats. */
    private Map<String, Map<?, ?>> keyed(FieldWords words, Object value) {
        Map<String, Map<?, ?>> rows = new LinkedHashMap<>();
        for (Object item : values(value)) {
            if (item instanceof Map<?, ?> row) {
                Object named = ROW_NAMES.stream().filter(row::containsKey).findFirst().map(row::get).orElse(null);
                String key = String.valueOf(named != null ? named : row);
                String unique = key;
                for (int repeat = 2; rows.containsKey(unique); repeat++) {
                    unique = key + "#" + repeat;
                }
                rows.put(unique, row);
            }
        }
        return rows;
    }

    private List<FieldChange> cells(FieldWords words, Map<?, ?> before, Map<?, ?> after) {
        List<FieldChange> changes = new ArrayList<>();
        Set<Object> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            Object from = before.get(key);
            Object to = after.get(key);
            if (Objects.equals(from, to)) {
                continue;
            }
            FieldWords cell = words.items().get(String.valueOf(key));
            changes.add(cell == null ? new FieldChange(String.valueOf(key), from, to) : change(cell, from, to));
        }
        return changes;
    }

    /** A row as a person names it: its name, else its cells' values joined with dashes. */
    private String rowName(FieldWords words, Object value) {
        if (!(value instanceof Map<?, ?> row)) {
            return text(value);
        }
        for (String name : ROW_NAMES) {
            if (row.get(name) != null) {
                return String.valueOf(row.get(name));
            }
        }
        List<String> cells = new ArrayList<>();
        row.forEach((key, cell) -> {
            FieldWords cellWords = words.items() == null ? null : words.items().get(String.valueOf(key));
            String shown = cellWords == null ? text(cell) : display(cellWords, cell);
            if (shown != null) {
                cells.add(shown);
            }
        });
        return String.join(" — ", cells);
    }

    private String enumLabel(FieldWords words, Object value) {
        if (value == null) {
            return "";
        }
        for (Object constant : words.enumType().getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(String.valueOf(value))) {
                return Labels.of((Enum<?>) constant, locale);
            }
        }
        return String.valueOf(value);
    }

    private String date(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value))
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }

    private String instant(Object value) {
        try {
            return OffsetDateTime.parse(String.valueOf(value))
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale));
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }

    private String number(Object value) {
        if (!(value instanceof Number number)) {
            return text(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(new BigDecimal(number.toString()));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static List<Object> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }
}
