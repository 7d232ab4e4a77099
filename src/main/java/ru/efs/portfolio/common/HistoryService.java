package ru.efs.portfolio.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import ru.efs.portfolio.security.AuditRevision;

/**
 * The history of an object: every committed revision with who, when and which fields changed from what to what.
 * Revisions are kept by Envers; the changes are computed by comparing the object's API shape between revisions,
 * so the history speaks the same field names as the API.
 */
@ApplicationScoped
public class HistoryService {

    private static final Set<String> NOT_CHANGES = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentVertxRequest request;

    @Schema(name = "HistoryEntry", description = "Одно изменение объекта / One change of an object")
    public record HistoryEntry(
            @Schema(description = "Номер ревизии / Revision number", example = "42", format = "int64", minimum = "1",
                    maximum = "9223372036854775807", required = true)
            long revision,
            @Schema(description = "Когда / When", example = "2023-10-11T09:30:00Z", required = true)
            OffsetDateTime changedAt,
            @Schema(description = "Кто / Who", example = "coordinator27", maxLength = 64) String changedBy,
            @Schema(description = "Что произошло / What happened", enumeration = {"CREATED", "UPDATED", "DELETED"},
                    required = true)
            String action,
            @Schema(description = "Изменённые поля / Changed fields", maxItems = 200, required = true)
            List<FieldChange> changes) {
    }

    @Schema(name = "FieldChange", description = "Изменение поля / Change of a field")
    public record FieldChange(
            @Schema(description = "Поле / Field", example = "curatorPersonId", maxLength = 100, required = true)
            String field,
            @Schema(description = "Было / Before", example = "2") Object from,
            @Schema(description = "Стало / After", example = "3") Object to,
            @Schema(description = "Название поля по-русски / The field's label in Russian", example = "Эксперт-куратор",
                    maxLength = 300, required = true)
            String label,
            @Schema(description = "Название поля по-английски / The field's label in English",
                    example = "Curator expert", maxLength = 300, required = true)
            String labelEn,
            @Schema(description = "Вид значений: текст, число, да/нет, дата, момент, перечисление (подписи в "
                    + "fromDisplay), ссылки (в refs), строки списка (в items) / Kind of the values: text, number, "
                    + "yes/no, date, instant, enumeration (labels in fromDisplay), references (in refs), rows of a "
                    + "list (in items)",
                    enumeration = {"TEXT", "NUMBER", "BOOLEAN", "DATE", "INSTANT", "ENUM", "REFERENCE", "ITEMS"},
                    required = true)
            String valueType,
            @Schema(description = "Было, как читает человек, на языке Accept-Language: названия вместо "
                    + "идентификаторов, подписи значений, даты / Before as a person reads it, in the language of "
                    + "Accept-Language: names instead of ids, labels of values, dates",
                    example = "Иванова Мария Петровна", nullable = true)
            String fromDisplay,
            @Schema(description = "Стало, как читает человек / After as a person reads it",
                    example = "Петров Илья Сергеевич", nullable = true)
            String toDisplay,
            @Schema(description = "Объекты, которые называют идентификаторы и коды обоих значений / Objects the ids "
                    + "and codes of both values name", maxItems = 400, required = true)
            List<HistoryRef> refs,
            @Schema(description = "Для списка строк (показатели): добавленные, удалённые и изменённые строки / For "
                    + "a list of rows (indicators): the rows added, removed and changed", maxItems = 200,
                    required = true)
            List<ItemChange> items) {

        /** A change as the revisions hold it, before it is put in words. */
        public FieldChange(String field, Object from, Object to) {
            this(field, from, to, field, field, HistoryWords.ValueType.TEXT.name(), null, null, List.of(), List.of());
        }
    }

    @Schema(name = "HistoryRef", description = "Объект, названный в изменении / Object a change names")
    public record HistoryRef(
            @Schema(description = "Вид объекта / Kind of object", enumeration = {"SUBJECT", "SESSION", "SERIES",
                "PERSON", "PROJECT", "PRACTICE", "DEFICIT", "PORTFOLIO", "REGION", "CATEGORY", "DISTRICT"},
                    required = true)
            String type,
            @Schema(description = "Идентификатор (у регионов, категорий и округов — нет) / Identifier (none for "
                    + "regions, categories and districts)", example = "2", format = "int64", minimum = "1",
                    maximum = "9223372036854775807", nullable = true)
            Long id,
            @Schema(description = "Код (у регионов, категорий и округов) / Code (of regions, categories and "
                    + "districts)", example = "27", maxLength = 60, nullable = true)
            String code,
            @Schema(description = "Название; нет, если объект удалён / Name; none when the object is gone",
                    example = "Иванова Мария Петровна", maxLength = 500, nullable = true)
            String name) {
    }

    @Schema(name = "HistoryItemChange", description = "Изменение строки списка / Change of a row of a list")
    public record ItemChange(
            @Schema(description = "Что со строкой / What happened to the row",
                    enumeration = {"ADDED", "REMOVED", "CHANGED"}, required = true)
            String action,
            @Schema(description = "Строка, как её читает человек / The row as a person reads it",
                    example = "Доля закреплённых молодых педагогов", maxLength = 1000, required = true)
            String name,
            @Schema(description = "Изменённые поля строки / Changed fields of the row", maxItems = 50,
                    required = true)
            List<FieldChange> changes) {
    }

    /**
     * Newest first. {@code snapshot} maps the object as it was at a revision to its API shape, whose
     * {@code @Schema} descriptions label the fields.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> List<HistoryEntry> history(Class<E> type, Object id, Function<E, ?> snapshot) {
        return history(type, id, snapshot, null);
    }

    /**
     * Newest first. {@code snapshot} maps the object as it was at a revision to what the history compares;
     * {@code labels} is the feature's API record that names its fields for a person (the snapshot itself when
     * null): an id field takes the label of its reference ({@code curatorPersonId} that of {@code curator}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> List<HistoryEntry> history(Class<E> type, Object id, Function<E, ?> snapshot, Class<?> labels) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        Class<?> shapeType = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            E state = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, Object> current = Map.of();
            if (revisionType != RevisionType.DEL) {
                Object shaped = snapshot.apply(state);
                shapeType = shapeType == null && shaped != null ? shaped.getClass() : shapeType;
                current = shape(shaped);
            }
            List<FieldChange> changes = revisionType == RevisionType.DEL ? List.of() : diff(previous, current);
            if (revisionType == RevisionType.MOD && changes.isEmpty()) {
                continue;
            }
            entries.add(new HistoryEntry(revision.id,
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(revision.changedAt), ZoneOffset.UTC),
                    revision.username, action(revisionType), changes));
            previous = current;
        }
        Collections.reverse(entries);
        return shapeType == null ? entries : inWords(entries, shapeType, labels == null ? shapeType : labels);
    }

    /** The entries with every change labelled and its values named, the names read once per kind of object. */
    private List<HistoryEntry> inWords(List<HistoryEntry> entries, Class<?> shapeType, Class<?> labels) {
        HistoryReading reading = new HistoryReading(em, locale(), HistoryWords.of(shapeType, labels));
        for (HistoryEntry entry : entries) {
            for (FieldChange change : entry.changes()) {
                reading.note(change.field(), change.from(), change.to());
            }
        }
        reading.load();
        List<HistoryEntry> worded = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            List<FieldChange> changes = entry.changes().stream()
                    .map(change -> reading.describe(change.field(), change.from(), change.to())).toList();
            worded.add(new HistoryEntry(entry.revision(), entry.changedAt(), entry.changedBy(), entry.action(),
                    changes));
        }
        return worded;
    }

    /** The language the caller reads: that of the request's Accept-Language, Russian outside a request. */
    private Locale locale() {
        if (!Arc.container().requestContext().isActive()) {
            return Messages.RUSSIAN;
        }
        RoutingContext current = request.getCurrent();
        return current == null ? Messages.RUSSIAN : Messages.resolve(current.request().getHeader("Accept-Language"));
    }

    /** The same history without the changes of these fields; an update left with no changes drops out. */
    public static List<HistoryEntry> withoutFields(List<HistoryEntry> entries, Set<String> hidden) {
        List<HistoryEntry> kept = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            List<FieldChange> changes = entry.changes().stream().filter(c -> !hidden.contains(c.field())).toList();
            if (!changes.isEmpty() || changes.size() == entry.changes().size()) {
                kept.add(new HistoryEntry(entry.revision(), entry.changedAt(), entry.changedBy(), entry.action(),
                        changes));
            }
        }
        return kept;
    }

    private Map<String, Object> shape(Object dto) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = mapper.convertValue(dto, LinkedHashMap.class);
        map.keySet().removeAll(NOT_CHANGES);
        return map;
    }

    private static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private static String action(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "UPDATED";
            case DEL -> "DELETED";
        };
    }
}
