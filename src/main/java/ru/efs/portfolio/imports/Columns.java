package ru.efs.portfolio.imports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Texts;

/**
 * The columns an import of one kind knows and the headers each answers to: the labels the list's export writes
 * (in Russian and in English, from the same {@code @Schema} descriptions), the request's own labels and the field
 * names, compared as a person compares them — case, ё/е, spaces and punctuation aside. So a file exported from the
 * list imports as it is, its name columns ("… (название)") included.
 */
final class Columns {

    /** What a column is for. */
    enum Role {
        /** The object's id: a row with one changes that object, a row without one creates. */
        ID,
        /** The version the file was exported at. */
        VERSION,
        /** A request field. */
        VALUE,
        /** Another way to name what a reference field names: by name instead of by id. */
        NAME,
        /** Part of a reference given in two columns: a portfolio by its region and year. */
        PART,
        /** A status that changes by transitions only: read to see that it stays as it is. */
        CHECKED,
        /** Shown by the export, set by the service (a level, a count, a time): left as it is. */
        IGNORED
    }

    /** A column: what it is for, the field it belongs to, and its headers (the first of each language is its own). */
    record Spec(Role role, String field, String part, List<String> russian, List<String> english) {

        String header(Locale locale) {
            boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
            return en ? english.get(0) : russian.get(0);
        }
    }

    /** How a column of the export that is not a request field is read. */
    record Alias(Role role, String field, String part) {

        static Alias name(String field) {
            return new Alias(Role.NAME, field, null);
        }

        static Alias checked(String field) {
            return new Alias(Role.CHECKED, field, null);
        }

        static Alias part(String field, String part) {
            return new Alias(Role.PART, field, part);
        }
    }

    /** The file's headers matched: the spec of each column, and the headers that match nothing or repeat one. */
    record Matched(Map<Integer, Spec> columns, List<Integer> unknown, List<Integer> repeated) {

        /** The column of a spec in the file, or -1. */
        int column(Role role, String field) {
            for (Map.Entry<Integer, Spec> entry : columns.entrySet()) {
                Spec spec = entry.getValue();
                if (spec.role() == role && (field == null || field.equals(spec.field()))) {
                    return entry.getKey();
                }
            }
            return -1;
        }
    }

    /** What a person calls a region column whatever the list calls it ("Код региона практики"). */
    private static final List<String> REGION_RU = List.of("Код региона", "Регион");
    private static final List<String> REGION_EN = List.of("Region code", "Region");

    private final List<Spec> specs = new ArrayList<>();
    private final Map<String, Spec> byKey = new LinkedHashMap<>();

    /**
     * The columns of a kind: the id and version, each request field, and the export's other columns of the
     * {@code summary} (the list row) and of {@code details} (the full object), read as {@code aliases} say.
     */
    Columns(List<Field> fields, Class<?> summary, Class<?> details, Map<String, Alias> aliases) {
        Map<String, RecordComponent> inSummary = components(summary);
        Map<String, RecordComponent> inDetails = components(details);
        add(new Spec(Role.ID, "id", null, labels(Messages.RUSSIAN, "id", inSummary, inDetails, null),
                labels(Locale.ENGLISH, "id", inSummary, inDetails, null)), true);
        add(new Spec(Role.VERSION, "version", null, labels(Messages.RUSSIAN, "version", inSummary, inDetails, null),
                labels(Locale.ENGLISH, "version", inSummary, inDetails, null)), true);
        for (Field field : fields) {
            List<String> russian = labels(Messages.RUSSIAN, field.name(), inSummary, inDetails, field);
            List<String> english = labels(Locale.ENGLISH, field.name(), inSummary, inDetails, field);
            if (field.type() == Field.Type.REGION) {
                russian = plus(russian, REGION_RU);
                english = plus(english, REGION_EN);
            }
            add(new Spec(Role.VALUE, field.name(), null, russian, english), true);
            if (field.type() == Field.Type.REFERENCE || field.type() == Field.Type.REFERENCES
                    || field.type() == Field.Type.REGION) {
                add(new Spec(Role.NAME, field.name(), "name", named(russian, Messages.RUSSIAN),
                        named(english, Locale.ENGLISH)), true);
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        fields.forEach(field -> taken.add(field.name()));
        taken.add("id");
        taken.add("version");
        for (Map<String, RecordComponent> shape : List.of(inSummary, inDetails)) {
            for (RecordComponent component : shape.values()) {
                String name = component.getName();
                if (taken.contains(name) || !simple(component)) {
                    continue;
                }
                taken.add(name);
                Alias alias = aliases.getOrDefault(name, new Alias(Role.IGNORED, name, null));
                boolean region = alias.role() == Role.PART && "region".equals(alias.part());
                List<String> russian = List.of(Labels.of(component, Messages.RUSSIAN), name);
                List<String> english = List.of(Labels.of(component, Locale.ENGLISH), name);
                add(new Spec(alias.role(), alias.field(), alias.part() == null ? name : alias.part(),
                        region ? plus(russian, REGION_RU) : russian, region ? plus(english, REGION_EN) : english),
                        shape == inSummary);
            }
        }
    }

    /** Every column, in the order a template shows the request fields: id first. */
    List<Spec> specs() {
        return specs;
    }

    Spec value(String field) {
        return specs.stream().filter(s -> s.role() == Role.VALUE && s.field().equals(field)).findFirst()
                .orElseThrow();
    }

    /** A header as the import compares it: {@code "Код  региона"}, {@code "код-региона:"}, {@code "КОД_РЕГИОНА"}. */
    static String key(String header) {
        return Texts.fold(header).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    Matched match(List<String> headers) {
        Map<Integer, Spec> columns = new LinkedHashMap<>();
        List<Integer> unknown = new ArrayList<>();
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = Table.clean(headers.get(i));
            if (header == null) {
                continue;
            }
            Spec spec = byKey.get(key(header));
            if (spec == null) {
                unknown.add(i);
            } else if (columns.containsValue(spec)) {
                repeated.add(i);
            } else {
                columns.put(i, spec);
            }
        }
        return new Matched(columns, unknown, repeated);
    }

    /**
     * Registers a spec's headers. Two specs may not share one: among the list's and the request's own labels that
     * is a mistake in the code; a label of the full object that another column already has is left out.
     */
    private void add(Spec spec, boolean strict) {
        List<String> keys = new ArrayList<>();
        for (String header : concat(spec.russian(), spec.english())) {
            String key = key(header);
            Spec other = byKey.get(key);
            if (other != null && !other.equals(spec)) {
                boolean same = other.role() == spec.role() && Objects.equals(other.field(), spec.field());
                if (strict && !same) {
                    throw new IllegalStateException("Header «" + header + "» of " + spec + " is " + other + "'s");
                }
                continue;
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            return;
        }
        keys.forEach(key -> byKey.put(key, spec));
        specs.add(spec);
    }

    private static List<String> plus(List<String> labels, List<String> more) {
        Set<String> all = new LinkedHashSet<>(labels);
        all.addAll(more);
        return new ArrayList<>(all);
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A field's headers in a language: the list's label first (what the export writes and the template shows),
     * then the full object's, the request's (without what follows a {@code ;}) and the field's name.
     */
    private static List<String> labels(Locale locale, String name, Map<String, RecordComponent> summary,
            Map<String, RecordComponent> details, Field field) {
        Set<String> labels = new LinkedHashSet<>();
        if (summary.containsKey(name)) {
            labels.add(Labels.of(summary.get(name), locale));
        }
        if (details.containsKey(name) && (field != null || simple(details.get(name)))) {
            labels.add(Labels.of(details.get(name), locale));
        }
        if (field != null) {
            String label = field.label(locale);
            labels.add(label);
            labels.add(Labels.of(field.component(), locale));
            int bracket = label.indexOf(" (");
            if (bracket > 0) {
                labels.add(label.substring(0, bracket));
            }
        }
        labels.add(name);
        return new ArrayList<>(labels);
    }

    /** The headers of a reference's name column: each label with the export's "(название)" / "(name)". */
    private static List<String> named(List<String> labels, Locale locale) {
        String suffix = Messages.text(locale, "export.name");
        return labels.stream().map(label -> label + " " + suffix).toList();
    }

    private static Map<String, RecordComponent> components(Class<?> type) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        if (type != null) {
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
            }
        }
        return components;
    }

    /** A component that is one cell: not a nested record, a map, or a list of records. */
    private static boolean simple(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return false;
        }
        if (Collection.class.isAssignableFrom(type)
                && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return !item.isRecord();
        }
        return true;
    }
}
