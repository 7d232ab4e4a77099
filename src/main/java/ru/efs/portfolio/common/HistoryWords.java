package ru.efs.portfolio.common;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.efs.portfolio.common.export.Names;

/**
 * What the fields of a history's snapshot mean to a person: each field's label (the contract's own, from the
 * {@code @Schema} description of the feature's API record, as exports name their columns), the kind of its
 * values, and for ids and codes the kind of object they name. Read once per pair of record types.
 */
final class HistoryWords {

    /** How a field's values read. */
    enum ValueType { TEXT, NUMBER, BOOLEAN, DATE, INSTANT, ENUM, REFERENCE, ITEMS }

    /** Objects named by a code rather than an id. */
    enum CodeKind {
        REGION("select e.code, e.name, e.name from Region e where e.code in :codes"),
        CATEGORY("select e.code, e.name, e.nameEn from Category e where e.code in :codes"),
        DISTRICT("select e.code, e.name, e.name from FederalDistrict e where e.code in :codes");

        final String jpql;

        CodeKind(String jpql) {
            this.jpql = jpql;
        }
    }

    /** A field of a snapshot: labels, value type, the enum or kind of object it names, the fields of its items. */
    record FieldWords(String name, String label, String labelEn, ValueType type, Class<?> enumType,
            Names.Kind refKind, CodeKind codeKind, Map<String, FieldWords> items) {
    }

    /** Ids whose name says the part the objects play rather than what they are. */
    private static final Map<String, Names.Kind> BY_ROLE = Map.of("organizerIds", Names.Kind.SUBJECT,
            "organizerId", Names.Kind.SUBJECT);

    private static final Map<List<Class<?>>, Map<String, FieldWords>> KNOWN = new ConcurrentHashMap<>();

    private HistoryWords() {
    }

    /** The fields of a snapshot record, labelled from {@code labels} (the API record), else from the snapshot. */
    static Map<String, FieldWords> of(Class<?> snapshot, Class<?> labels) {
        return KNOWN.computeIfAbsent(List.of(snapshot, labels), k -> read(snapshot, labels));
    }

    private static Map<String, FieldWords> read(Class<?> snapshot, Class<?> labels) {
        Map<String, FieldWords> fields = new HashMap<>();
        if (!snapshot.isRecord()) {
            return fields;
        }
        for (RecordComponent component : snapshot.getRecordComponents()) {
            fields.put(component.getName(), words(component, labels));
        }
        return fields;
    }

    private static FieldWords words(RecordComponent component, Class<?> labels) {
        String name = component.getName();
        RecordComponent labelled = labelOf(name, labels);
        if (labelled == null) {
            labelled = component;
        }
        String label = shortLabel(Labels.of(labelled, Messages.RUSSIAN));
        String labelEn = shortLabel(Labels.of(labelled, Locale.ENGLISH));
        Class<?> kind = component.getType();
        Class<?> value = Collection.class.isAssignableFrom(kind) ? itemType(component.getGenericType()) : kind;
        if (value.isRecord()) {
            // a list of records is rows that come and go; a single one (a reference) reads as its name
            ValueType rows = Collection.class.isAssignableFrom(kind) ? ValueType.ITEMS : ValueType.TEXT;
            Class<?> itemLabels = labelled == component ? value
                    : Collection.class.isAssignableFrom(labelled.getType()) ? itemType(labelled.getGenericType())
                    : labelled.getType();
            return new FieldWords(name, label, labelEn, rows, null, null, null,
                    read(value, itemLabels.isRecord() ? itemLabels : value));
        }
        Names.Kind refKind = BY_ROLE.containsKey(name) ? BY_ROLE.get(name)
                : Collection.class.isAssignableFrom(kind) ? Names.kindOfList(name) : Names.kindOf(name);
        CodeKind codeKind = codeKind(name);
        ValueType type;
        if (refKind != null && Number.class.isAssignableFrom(box(value)) || codeKind != null) {
            type = ValueType.REFERENCE;
        } else if (value.isEnum()) {
            type = ValueType.ENUM;
        } else if (value == java.time.LocalDate.class) {
            type = ValueType.DATE;
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(value)) {
            type = ValueType.INSTANT;
        } else if (box(value) == Boolean.class) {
            type = ValueType.BOOLEAN;
        } else if (Number.class.isAssignableFrom(box(value))) {
            type = ValueType.NUMBER;
        } else {
            type = ValueType.TEXT;
        }
        return new FieldWords(name, label, labelEn, type, value.isEnum() ? value : null,
                type == ValueType.REFERENCE ? refKind : null, codeKind, null);
    }

    /**
     * The component that names the field for a person: for an id or a code its companion reference
     * ({@code curatorPersonId} → {@code curator}, {@code partnerSubjectIds} → {@code partners},
     * {@code categoryCodes} → {@code categories}), else the field itself.
     */
    private static RecordComponent labelOf(String field, Class<?> labels) {
        if (labels == null || !labels.isRecord()) {
            return null;
        }
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : labels.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        String base = stripSuffix(field);
        if (base != null) {
            for (String candidate = base; !candidate.isEmpty(); candidate = dropLastWord(candidate)) {
                for (String name : List.of(candidate, plural(candidate))) {
                    RecordComponent companion = components.get(name);
                    if (companion != null && !companion.getType().equals(String.class)) {
                        return companion;
                    }
                }
            }
        }
        return components.get(field);
    }

    private static String stripSuffix(String field) {
        for (String suffix : List.of("Ids", "Id", "Codes", "Code")) {
            if (field.endsWith(suffix) && field.length() > suffix.length()) {
                return field.substring(0, field.length() - suffix.length());
            }
        }
        return null;
    }

    /** {@code curatorPerson} → {@code curator}; a single word → empty. */
    private static String dropLastWord(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i))) {
                return name.substring(0, i);
            }
        }
        return "";
    }

    private static String plural(String name) {
        return name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
    }

    /** A label without its parenthesised remark: «Дефициты (идентификаторы)» → «Дефициты». */
    private static String shortLabel(String label) {
        String text = label.strip();
        if (text.endsWith(")")) {
            int open = text.lastIndexOf(" (");
            if (open > 0) {
                return text.substring(0, open).strip();
            }
        }
        return text;
    }

    private static CodeKind codeKind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("regioncode") || lower.endsWith("regioncodes")) {
            return CodeKind.REGION;
        }
        if (lower.endsWith("districtcode") || lower.endsWith("districtcodes")) {
            return CodeKind.DISTRICT;
        }
        if (lower.equals("categorycodes") || lower.equals("categorycode") || lower.equals("parentcode")) {
            return CodeKind.CATEGORY;
        }
        return null;
    }

    private static Class<?> itemType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type == char.class ? Character.class : Number.class;
    }
}
