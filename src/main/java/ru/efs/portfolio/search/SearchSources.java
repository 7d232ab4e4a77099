package ru.efs.portfolio.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the searchable texts of objects from the database in batches: one statement per type and batch, with
 * the region joined in, so neither a rebuild nor an update after a write loads objects one by one.
 */
@ApplicationScoped
public class SearchSources {

    /** How many objects one statement reads. */
    static final int BATCH = 500;

    /** Per type: the select list (id, title, texts…, region, updatedAt) and the from/join clause. */
    private static final Map<SearchType, String[]> QUERIES = new EnumMap<>(Map.of(
            SearchType.SUBJECT, new String[] {"select e.id, e.name, e.shortName, r.code, e.updatedAt",
                    "from Subject e left join e.region r"},
            SearchType.PERSON, new String[] {"select e.id, e.fullName, e.position, r.code, e.updatedAt",
                    "from Person e left join e.subject s left join s.region r"},
            SearchType.SESSION, new String[] {"select e.id, e.title, e.city, e.goals, e.summary, r.code, e.updatedAt",
                    "from StrategicSession e left join e.hostRegion r"},
            SearchType.DEFICIT, new String[] {"select e.id, e.title, e.description, r.code, e.updatedAt",
                    "from Deficit e left join e.region r"},
            SearchType.PRACTICE, new String[] {"select e.id, e.title, e.summary, e.description, e.results, r.code, "
                    + "e.updatedAt", "from Practice e left join e.region r"},
            SearchType.PROJECT, new String[] {"select e.id, e.title, e.goal, e.description, r.code, e.updatedAt",
                    "from Project e left join e.portfolio p left join p.region r"}));

    private static final Map<SearchType, String> ENTITIES = new EnumMap<>(Map.of(SearchType.SUBJECT, "Subject",
            SearchType.PERSON, "Person", SearchType.SESSION, "StrategicSession", SearchType.DEFICIT, "Deficit",
            SearchType.PRACTICE, "Practice", SearchType.PROJECT, "Project"));

    @Inject
    EntityManager em;

    /** The documents of the given objects that still exist (a missing id was deleted meanwhile). */
    public List<SearchDocument> load(SearchType type, Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            String[] query = QUERIES.get(type);
            List<Object[]> rows = em.createQuery(query[0] + " " + query[1] + " where e.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList();
            rows.forEach(row -> documents.add(toDocument(type, row)));
        }
        return documents;
    }

    /** The next batch of all objects of a type after the given id, in id order (keyset paging). */
    public List<SearchDocument> batchAfter(SearchType type, long afterId) {
        String[] query = QUERIES.get(type);
        return em.createQuery(query[0] + " " + query[1] + " where e.id > :after order by e.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(BATCH).getResultList().stream()
                .map(row -> toDocument(type, row)).toList();
    }

    /** How many objects of the type exist and when the latest of them changed (milliseconds, 0 when none). */
    public long[] fingerprint(SearchType type) {
        Object[] row = em.createQuery("select count(e), max(e.updatedAt) from " + ENTITIES.get(type) + " e",
                Object[].class).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), millis(row[1])};
    }

    /** A row is: id, title, further texts…, region code, updatedAt. */
    private static SearchDocument toDocument(SearchType type, Object[] row) {
        int region = row.length - 2;
        String[] texts = new String[region - 1];
        for (int i = 1; i < region; i++) {
            texts[i - 1] = (String) row[i];
        }
        return new SearchDocument(type, ((Number) row[0]).longValue(), (String) row[1], SearchDocument.join(texts),
                (String) row[region], millis(row[region + 1]));
    }

    private static long millis(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant().toEpochMilli() : 0L;
    }
}
