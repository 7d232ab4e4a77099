package ru.efs.portfolio.imports;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.common.Texts;

/**
 * What an import of one kind of object knows: its columns, read off its request and its list row, how a stored
 * object looks as a request, and how a request is written — through the feature's own service, with its rights and
 * rules, exactly as the API's create and update.
 */
abstract class KindImport<E extends AuditedEntity> {

    private final ImportKind kind;
    private final Class<E> entity;
    private final Class<? extends Record> request;
    private final List<Field> fields;
    private final Columns columns;

    KindImport(ImportKind kind, Class<E> entity, Class<? extends Record> request, Class<?> summary, Class<?> details,
            Map<String, Columns.Alias> aliases) {
        this.kind = kind;
        this.entity = entity;
        this.request = request;
        this.fields = Field.of(request);
        this.columns = new Columns(fields, summary, details, aliases);
    }

    ImportKind kind() {
        return kind;
    }

    Class<E> entity() {
        return entity;
    }

    Class<? extends Record> request() {
        return request;
    }

    List<Field> fields() {
        return fields;
    }

    Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    Columns columns() {
        return columns;
    }

    /** The kinds of objects the fields name. */
    Set<References.Target> targets() {
        Set<References.Target> targets = EnumSet.noneOf(References.Target.class);
        fields.stream().filter(f -> f.target() != null).forEach(f -> targets.add(f.target()));
        return targets;
    }

    abstract long idOf(E object);

    /** The object's fields as its request would send them unchanged. */
    abstract Map<String, Object> current(E object);

    /** Creates the object through its service; its id. */
    abstract long create(Record request);

    /** Changes the object through its service, expecting it at {@code version}. */
    abstract void update(long id, Record request, long version);

    /** The fields that tell two objects apart for a person: the same twice in one file is a mistake. */
    abstract List<String> keyFields();

    /** The region an object with these values belongs to (the coordinator's check), or null. */
    abstract String regionOf(Map<String, Object> values, References refs);

    /** The field whose column names the object's region. */
    abstract String regionField();

    /** A status the import leaves to transitions: its enum, or null for none of that name. */
    Class<? extends Enum<?>> checkedType(String field) {
        return null;
    }

    /** That status of a stored object, or of a new one when {@code object} is null. */
    Object checked(String field, E object) {
        return null;
    }

    /** An object this import created: its names go to the references for the rows after it. */
    void created(long id, Map<String, Object> values, References refs) {
    }

    /** An object {@link #created} named, gone with the transaction that made it. */
    void forget(long id, References refs) {
    }

    /** The stored objects by natural key ({@link #key}): what the demo data finds again instead of creating. */
    Map<String, Long> existing(EntityManager em) {
        return Map.of();
    }

    /** The natural key of a row's values; null without its last part (the name or title). */
    String key(Map<String, Object> values) {
        StringBuilder key = new StringBuilder();
        List<String> fields = keyFields();
        for (String field : fields) {
            Object value = values.get(field);
            if (value == null && field.equals(fields.get(fields.size() - 1))) {
                return null;
            }
            key.append(value instanceof String text ? Texts.fold(text) : value == null ? "" : value.toString())
                    .append('|');
        }
        return key.toString();
    }

    /** The objects of the given ids, read in one statement. */
    Map<Long, E> load(EntityManager em, Set<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(this::idOf, e -> e));
    }
}
