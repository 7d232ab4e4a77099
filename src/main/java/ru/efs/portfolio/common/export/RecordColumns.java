package ru.efs.portfolio.common.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;

/**
 * The columns of a list's rows, read off the record the API answers with, in its order and with its contract's
 * labels: what a person sees in the JSON is what the spreadsheet shows. A nested record becomes its own columns
 * ("Регион — Название"); a list of values one cell joined with ", "; a list of records the names of its items; an
 * id of another object gets the object's name in the next column ({@link Names}).
 */
final class RecordColumns {

    /** Names of a record's components that name an item of a list of records. */
    private static final List<String> ITEM_NAMES = List.of("name", "title", "shortName", "fullName", "label", "code");

    private static final Map<Class<?>, List<Column<Object>>> KNOWN = new ConcurrentHashMap<>();

    private RecordColumns() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<Column<T>> of(Class<T> type) {
        return (List<Column<T>>) (List<?>) KNOWN.computeIfAbsent(type, t -> columns(t, "", "", row -> row));
    }

    private static List<Column<Object>> columns(Class<?> type, String russianPrefix, String englishPrefix,
            Function<Object, Object> owner) {
        List<Column<Object>> columns = new ArrayList<>();
        Set<String> names = componentNames(type);
        RecordComponent[] components = type.getRecordComponents();
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            String russian = russianPrefix + Labels.of(component, Messages.RUSSIAN);
            String english = englishPrefix + Labels.of(component, Locale.ENGLISH);
            Function<Object, Object> read = owner.andThen(row -> row == null ? null : read(component, row));
            Class<?> kind = component.getType();
            if (kind.isRecord()) {
                columns.addAll(columns(kind, russian + " — ", english + " — ", read));
            } else if (Map.class.isAssignableFrom(kind)) {
                continue; // figures by key are not a column; lists that have them export them as their own table
            } else if (Collection.class.isAssignableFrom(kind)) {
                Class<?> item = itemType(component.getGenericType());
                columns.add(new Column<>(russian, english, row -> joined((Collection<?>) read.apply(row), item)));
                Names.Kind named = Names.kindOfList(component.getName());
                if (named != null && !names.contains(named.nameComponent(singular(component.getName())) + "s")) {
                    columns.add(nameColumn(russian, english, row -> new Names.Refs(named,
                            (Collection<?>) read.apply(row))));
                }
            } else {
                columns.add(new Column<>(russian, english, read));
                Names.Kind named = component.getName().equals("parentId") ? Names.kindOfRecord(type)
                        : Names.kindOf(component.getName());
                if (named != null && !names.contains(named.nameComponent(component.getName()))
                        && !namedNext(components, index)) {
                    columns.add(nameColumn(russian, english, row -> new Names.Ref(named, read.apply(row))));
                }
            }
        }
        return columns;
    }

    private static Column<Object> nameColumn(String russian, String english, Function<Object, Object> ref) {
        return new Column<>(russian + " " + Messages.text(Messages.RUSSIAN, "export.name"),
                english + " " + Messages.text(Locale.ENGLISH, "export.name"), ref);
    }

    /** {@code deficitIds} → {@code deficitId}. */
    private static String singular(String listComponent) {
        return listComponent.substring(0, listComponent.length() - 1);
    }

    /** An id followed by a title or a name ({@code projectId, title}) carries its object's name already. */
    private static boolean namedNext(RecordComponent[] components, int index) {
        if (index + 1 >= components.length || components[index + 1].getType() != String.class) {
            return false;
        }
        String next = components[index + 1].getName();
        return next.equals("title") || next.equals("name");
    }

    private static Set<String> componentNames(Class<?> type) {
        Set<String> names = new java.util.HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static Object read(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Class<?> itemType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    /** The items as the cell shows them (the writer joins them, enums as labels in the reader's language). */
    private static List<Object> joined(Collection<?> values, Class<?> item) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        RecordComponent name = item.isRecord() ? itemName(item) : null;
        List<Object> parts = new ArrayList<>(values.size());
        for (Object value : values) {
            parts.add(name == null || value == null ? value : read(name, value));
        }
        return parts;
    }

    private static RecordComponent itemName(Class<?> item) {
        for (String wanted : ITEM_NAMES) {
            for (RecordComponent component : item.getRecordComponents()) {
                if (component.getName().equals(wanted)) {
                    return component;
                }
            }
        }
        return item.getRecordComponents()[0];
    }
}
