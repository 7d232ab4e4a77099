package ru.efs.portfolio.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Texts;
import ru.efs.portfolio.imports.Columns.Role;
import ru.efs.portfolio.imports.Columns.Spec;
import ru.efs.portfolio.imports.ImportDtos.RowError;
import ru.efs.portfolio.imports.References.Found;
import ru.efs.portfolio.imports.References.Target;

/**
 * Reads a row's cells into request values on top of what the object holds: a field whose columns the file does
 * not have keeps its value, an empty cell clears it. A reference may be given by id or by name, in its own column
 * or in the export's name column beside it; when both are filled they must name the same object.
 */
final class RowReader {

    /** A row as read: its values, the version it was exported at, what is wrong, the column each field came from. */
    record Read(Map<String, Object> values, Long version, List<RowError> errors, Map<String, Integer> columns) {
    }

    private final KindImport<?> kind;
    private final Columns.Matched matched;
    private final List<String> headers;
    private final References refs;
    private final Locale locale;
    private final List<Field> order;

    RowReader(KindImport<?> kind, Columns.Matched matched, List<String> headers, References refs, Locale locale) {
        this.kind = kind;
        this.matched = matched;
        this.headers = headers;
        this.refs = refs;
        this.locale = locale;
        // Regions and portfolios first: a name elsewhere in the row is looked for in the row's region first.
        this.order = kind.fields().stream().sorted(Comparator.comparingInt(f -> f.type() == Field.Type.REGION ? 0
                : f.name().equals("portfolioId") ? 1 : 2)).toList();
    }

    /** The header of a column as the file writes it. */
    String header(int column) {
        return Table.clean(headers.get(column));
    }

    /** The column a field is named by in errors: its own in the file, or the template's header when it has none. */
    String header(String field, Map<String, Integer> columns) {
        Integer column = columns.get(field);
        if (column != null && column >= 0) {
            return header(column);
        }
        int own = matched.column(Role.VALUE, field);
        if (own >= 0) {
            return header(own);
        }
        return kind.fields().stream().anyMatch(f -> f.name().equals(field))
                ? kind.columns().value(field).header(locale) : null;
    }

    /** The row's values on top of {@code base}; {@code expected} gives the status each status column must show. */
    Read read(Table.Row row, Map<String, Object> base, Function<String, Object> expected) {
        Map<String, Object> values = new HashMap<>(base);
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        for (Field field : order) {
            readField(row, field, values, errors, columns);
        }
        Long version = null;
        int versionColumn = matched.column(Role.VERSION, null);
        if (versionColumn >= 0 && Table.clean(row.cell(versionColumn)) != null) {
            Found found = Cells.whole(Table.clean(row.cell(versionColumn)));
            if (found.ok()) {
                version = (Long) found.value();
            } else {
                errors.add(error(row, versionColumn, found));
            }
        }
        for (Map.Entry<Integer, Spec> entry : matched.columns().entrySet()) {
            if (entry.getValue().role() == Role.CHECKED) {
                String field = entry.getValue().field();
                check(row, entry.getKey(), field, kind.checkedType(field), expected.apply(field), errors);
            }
        }
        return new Read(values, version, errors, columns);
    }

    /** A status column: it may say what the object's status is, never another one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void check(Table.Row row, int column, String field, Class<? extends Enum<?>> type, Object expected,
            List<RowError> errors) {
        String cell = Table.clean(row.cell(column));
        if (cell == null || type == null) {
            return;
        }
        Found found = Cells.enumValue(cell, (Class) type, locale);
        if (!found.ok()) {
            errors.add(error(row, column, found));
        } else if (!found.value().equals(expected)) {
            errors.add(new RowError(row.number(), header(column), Cells.text(locale, "import.byTransition",
                    Labels.of((Enum<?>) expected, locale), Labels.of((Enum<?>) found.value(), locale))));
        }
    }

    private void readField(Table.Row row, Field field, Map<String, Object> values, List<RowError> errors,
            Map<String, Integer> columns) {
        int own = matched.column(Role.VALUE, field.name());
        List<Integer> names = columnsOf(Role.NAME, field.name());
        List<Integer> parts = columnsOf(Role.PART, field.name());
        if (own < 0 && names.isEmpty() && parts.isEmpty()) {
            return;
        }
        columns.put(field.name(), own >= 0 ? own : !names.isEmpty() ? names.get(0) : parts.get(0));
        String cell = own < 0 ? null : Table.clean(row.cell(own));
        Found found = switch (field.type()) {
            case TEXT -> Found.of(cell);
            case INTEGER -> cell == null ? Found.of(null) : Cells.integer(cell);
            case DATE -> cell == null ? Found.of(null) : Cells.date(cell);
            case ENUM -> cell == null ? Found.of(null) : enumOf(cell, field);
            case INDICATORS -> cell == null ? Found.of(List.of()) : Cells.indicators(cell);
            case CATEGORIES -> cell == null ? Found.of(null) : list(cell, refs::category);
            case REGION -> cell == null ? Found.of(null) : refs.region(cell);
            case REFERENCE -> cell == null ? Found.of(null) : refs.find(field.target(), cell, hint(values));
            case REFERENCES -> cell == null ? Found.of(null)
                    : list(cell, part -> refs.find(field.target(), part, hint(values)));
        };
        if (!found.ok()) {
            errors.add(error(row, own, found));
            return;
        }
        Object value = found.value();
        boolean fromOwn = value != null;
        for (int column : names) {
            String name = Table.clean(row.cell(column));
            if (name == null) {
                continue;
            }
            if (fromOwn) {
                if (!sameAs(field, value, name)) {
                    errors.add(new RowError(row.number(), header(column), Cells.text(locale, "import.nameMismatch",
                            name, header(own), shown(field, value))));
                    return;
                }
                continue;
            }
            Found byName = byName(field, name, values);
            if (!byName.ok()) {
                errors.add(error(row, column, byName));
                return;
            }
            if (value != null && !value.equals(byName.value())) {
                errors.add(new RowError(row.number(), header(column), Cells.text(locale, "import.namesDiffer",
                        header(columns.get(field.name())), header(column))));
                return;
            }
            value = byName.value();
            columns.put(field.name(), column);
        }
        if (!parts.isEmpty()) {
            Found byParts = portfolioByParts(row, parts);
            if (byParts != null && !byParts.ok()) {
                errors.add(error(row, parts.get(0), byParts));
                return;
            }
            if (byParts != null) {
                if (value != null && !value.equals(byParts.value())) {
                    errors.add(new RowError(row.number(), header(parts.get(0)), Cells.text(locale,
                            "import.namesDiffer", header(columns.get(field.name())), header(parts.get(0)))));
                    return;
                }
                if (value == null) {
                    columns.put(field.name(), parts.get(0));
                }
                value = byParts.value();
            }
        }
        values.put(field.name(), value);
    }

    /** A portfolio given by the region and year columns of a project's export; null when both are empty. */
    private Found portfolioByParts(Table.Row row, List<Integer> parts) {
        String region = null;
        String year = null;
        for (int column : parts) {
            String cell = Table.clean(row.cell(column));
            if ("year".equals(matched.columns().get(column).part())) {
                year = cell;
            } else {
                region = cell;
            }
        }
        if (region == null && year == null) {
            return null;
        }
        if (region == null || year == null) {
            return Found.error("import.portfolioParts");
        }
        Found code = refs.region(region);
        if (!code.ok()) {
            return code;
        }
        Found number = Cells.integer(year);
        if (!number.ok()) {
            return number;
        }
        return refs.portfolio((String) code.value(), (Integer) number.value());
    }

    private Found byName(Field field, String name, Map<String, Object> values) {
        return switch (field.type()) {
            case REGION -> refs.region(name);
            case REFERENCE -> refs.find(field.target(), name, hint(values));
            case REFERENCES -> list(name, part -> refs.find(field.target(), part, hint(values)));
            default -> Found.error("import.cell.unexpected", name);
        };
    }

    /** Whether a name cell names what the field's own cell gave. */
    private boolean sameAs(Field field, Object value, String name) {
        return switch (field.type()) {
            case REGION -> {
                Found region = refs.region(name);
                yield region.ok() && region.value().equals(value);
            }
            case REFERENCE -> refs.names(field.target(), (Long) value, name);
            case REFERENCES -> {
                Found all = list(name, part -> refs.find(field.target(), part, null));
                yield all.ok()
                        && new LinkedHashSet<>((List<?>) all.value()).equals(new LinkedHashSet<>((List<?>) value));
            }
            default -> true;
        };
    }

    /** What a resolved value is called, for a message. */
    private String shown(Field field, Object value) {
        if (field.type() == Field.Type.REGION) {
            return value + " — " + refs.regionName((String) value);
        }
        if (field.type() == Field.Type.REFERENCE) {
            References.Item item = refs.item(field.target(), (Long) value);
            return value + (item == null ? "" : " — " + item.display());
        }
        return String.valueOf(value);
    }

    /** The row's region: names of subjects and sessions are looked for there first. */
    private String hint(Map<String, Object> values) {
        if (values.get("regionCode") instanceof String region) {
            return region;
        }
        if (values.get("portfolioId") instanceof Long portfolio) {
            References.Item item = refs.item(Target.PORTFOLIO, portfolio);
            return item == null ? null : item.regionCode();
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Found enumOf(String cell, Field field) {
        return Cells.enumValue(cell, (Class) field.enumType(), locale);
    }

    /** The items of a list cell, each found; a part that is not one item may be several joined by commas. */
    private static Found list(String cell, Function<String, Found> one) {
        Set<Object> items = new LinkedHashSet<>();
        for (String part : Cells.parts(cell)) {
            Found found = one.apply(part);
            if (found.ok()) {
                items.add(found.value());
                continue;
            }
            List<String> pieces = Cells.commaSeparated(part);
            if (pieces.size() < 2) {
                return found;
            }
            for (String piece : pieces) {
                Found each = one.apply(piece);
                if (!each.ok()) {
                    return each;
                }
                items.add(each.value());
            }
        }
        return Found.of(new ArrayList<>(items));
    }

    private List<Integer> columnsOf(Role role, String field) {
        List<Integer> columns = new ArrayList<>();
        matched.columns().forEach((column, spec) -> {
            if (spec.role() == role && Objects.equals(spec.field(), field)) {
                columns.add(column);
            }
        });
        return columns;
    }

    RowError error(Table.Row row, int column, Found found) {
        return new RowError(row.number(), column < 0 ? null : header(column),
                Cells.text(locale, found.errorKey(), found.args()));
    }

    static String folded(String text) {
        return Texts.fold(text);
    }
}
