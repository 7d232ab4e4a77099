package ru.efs.portfolio.common;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Schema(name = "HistoryEntry", description = "Одно изменение объекта / One change of an object")
    public record HistoryEntry(
            @Schema(description = "Номер ревизии / Revision number", example = "42", format = "int64", minimum = "1", maximum = "9223372036854775807") long revision,
            @Schema(description = "Когда / When", example = "2023-10-11T09:30:00Z") OffsetDateTime changedAt,
            @Schema(description = "Кто / Who", example = "coordinator27", maxLength = 64) String changedBy,
            @Schema(description = "Что произошло / What happened", enumeration = {"CREATED", "UPDATED", "DELETED"}) String action,
            @Schema(description = "Изменённые поля / Changed fields", maxItems = 200) List<FieldChange> changes) {
    }

    @Schema(name = "FieldChange", description = "Изменение поля / Change of a field")
    public record FieldChange(
            @Schema(description = "Поле / Field", example = "city", maxLength = 100) String field,
            @Schema(description = "Было / Before", example = "Хабаровск") Object from,
            @Schema(description = "Стало / After", example = "г. Хабаровск") Object to) {
    }

    /** Newest first. {@code snapshot} maps the object as it was at a revision to its API shape. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> List<HistoryEntry> history(Class<E> type, Object id, Function<E, ?> snapshot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            E state = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, Object> current = revisionType == RevisionType.DEL ? Map.of() : shape(snapshot.apply(state));
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
        return entries;
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
