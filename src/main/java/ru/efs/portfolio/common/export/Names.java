package ru.efs.portfolio.common.export;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.common.ListQuery;

/**
 * The names of the objects an exported row refers to by id (its subject, session, curator …), read for a whole
 * chunk of rows in one statement per kind of object, so that a person reading the file need not look ids up.
 */
final class Names {

    /** An id cell's companion: the name of the object it names, filled in by {@link #fill}. */
    record Ref(Kind kind, Object id) {
    }

    enum Kind {
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

    /** The kind of object an id component names: {@code leadSubjectId} a subject, {@code curatorPersonId} a person. */
    static Kind kindOf(String component) {
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

    /** Replaces every {@link Ref} in the rows by its object's name (null when the object is gone). */
    static void fill(EntityManager em, List<Object[]> rows) {
        Map<Kind, Set<Long>> wanted = new EnumMap<>(Kind.class);
        for (Object[] row : rows) {
            for (Object cell : row) {
                if (cell instanceof Ref ref && ref.id() instanceof Number id) {
                    wanted.computeIfAbsent(ref.kind(), k -> new HashSet<>()).add(id.longValue());
                }
            }
        }
        Map<Kind, Map<Long, String>> names = new EnumMap<>(Kind.class);
        wanted.forEach((kind, ids) -> names.put(kind, read(em, kind, ids)));
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Ref ref) {
                    row[i] = ref.id() instanceof Number id ? names.get(ref.kind()).get(id.longValue()) : null;
                }
            }
        }
    }

    private static Map<Long, String> read(EntityManager em, Kind kind, Set<Long> ids) {
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
