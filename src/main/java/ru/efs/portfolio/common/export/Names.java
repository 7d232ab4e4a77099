package ru.efs.portfolio.common.export;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.common.ListQuery;

/**
 * The names of the objects an exported row (or a change of the history) refers to by id (its subject, session,
 * curator …), read for a whole chunk of rows in one statement per kind of object, so that a person reading the
 * file need not look ids up.
 */
public final class Names {

    /** An id cell's companion: the name of the object it names, filled in by {@link #fill}. */
    record Ref(Kind kind, Object id) {
    }

    /** A list of ids' companion: the names of its objects, in its order, filled in by {@link #fill}. */
    record Refs(Kind kind, Collection<?> ids) {
    }

    public enum Kind {
        SUBJECT("select e.id, e.name from Subject e where e.id in :ids", "Subject"),
        SESSION("select e.id, e.title from StrategicSession e where e.id in :ids", "Session"),
        SERIES("select e.id, e.title from SessionSeries e where e.id in :ids", "Series"),
        PERSON("select e.id, e.fullName from Person e where e.id in :ids", "Person"),
        PROJECT("select e.id, e.title from Project e where e.id in :ids", "Project"),
        PRACTICE("select e.id, e.title from Practice e where e.id in :ids", "Practice"),
        DEFICIT("select e.id, e.title from Deficit e where e.id in :ids", "Deficit"),
        PORTFOLIO("select e.id, concat(r.name, ', ', cast(e.year as String)) from Portfolio e join e.region r "
                + "where e.id in :ids", "Portfolio");

        private final String jpql;
        private final String suffix;

        Kind(String jpql, String suffix) {
            this.jpql = jpql;
            this.suffix = suffix;
        }

        /** The component a record would carry this name in already ({@code sessionId} → {@code sessionTitle}). */
        String nameComponent(String idComponent) {
            String base = idComponent.substring(0, idComponent.length() - 2);
            return this == PERSON || this == SUBJECT ? base + "Name" : base + "Title";
        }
    }

    private Names() {
    }

    /** The kind of object a list of ids names: {@code deficitIds} deficits, {@code partnerSubjectIds} subjects. */
    public static Kind kindOfList(String component) {
        return component.endsWith("Ids") ? kindOf(component.substring(0, component.length() - 1)) : null;
    }

    /** The kind of object a record shows ({@code SubjectSummary} a subject): a {@code parentId} is one of its kind. */
    static Kind kindOfRecord(Class<?> record) {
        for (Kind kind : Kind.values()) {
            if (record.getSimpleName().startsWith(kind.suffix)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of object an id component names: {@code leadSubjectId} a subject, {@code curatorPersonId} a person. */
    public static Kind kindOf(String component) {
        if (!component.endsWith("Id") || component.equals("id")) {
            return null;
        }
        String base = component.substring(0, component.length() - 2);
        for (Kind kind : Kind.values()) {
            if (base.equalsIgnoreCase(kind.suffix) || base.endsWith(kind.suffix)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Replaces every {@link Ref} in the rows by its object's name (null when the object is gone), and every
     * {@link Refs} by the list of its objects' names.
     */
    static void fill(EntityManager em, List<Object[]> rows) {
        Map<Kind, Set<Long>> wanted = new EnumMap<>(Kind.class);
        for (Object[] row : rows) {
            for (Object cell : row) {
                if (cell instanceof Ref ref && ref.id() instanceof Number id) {
                    wanted.computeIfAbsent(ref.kind(), k -> new HashSet<>()).add(id.longValue());
                } else if (cell instanceof Refs refs && refs.ids() != null) {
                    for (Object item : refs.ids()) {
                        if (item instanceof Number id) {
                            wanted.computeIfAbsent(refs.kind(), k -> new HashSet<>()).add(id.longValue());
                        }
                    }
                }
            }
        }
        Map<Kind, Map<Long, String>> names = new EnumMap<>(Kind.class);
        wanted.forEach((kind, ids) -> names.put(kind, read(em, kind, ids)));
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Ref ref) {
                    row[i] = ref.id() instanceof Number id ? names.get(ref.kind()).get(id.longValue()) : null;
                } else if (row[i] instanceof Refs refs) {
                    row[i] = namesOf(refs, names.get(refs.kind()));
                }
            }
        }
    }

    private static List<Object> namesOf(Refs refs, Map<Long, String> names) {
        if (refs.ids() == null || refs.ids().isEmpty()) {
            return null;
        }
        List<Object> shown = new ArrayList<>(refs.ids().size());
        for (Object item : refs.ids()) {
            if (item instanceof Number id) {
                shown.add(names.get(id.longValue()));
            }
        }
        return shown;
    }

    /** The names of these objects of a kind by id, in one statement per {@link ListQuery#IN_LIST} ids. */
    public static Map<Long, String> read(EntityManager em, Kind kind, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += ListQuery.IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + ListQuery.IN_LIST));
            for (Object[] row : em.createQuery(kind.jpql, Object[].class).setParameter("ids", part)
                    .getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }
}
