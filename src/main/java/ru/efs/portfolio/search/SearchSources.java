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
 * the region joined in, so neither a rebuild nor an update after a write loads objects one by one. It also says
 * which documents show fields of other objects ({@link #DEPENDENTS}) and sums the database side of the startup
 * check ({@link #digest}).
 */
@ApplicationScoped
public class SearchSources {

    /** How many objects one statement reads. */
    static final int BATCH = 500;

    /** How many rows one statement of the startup check reads: only four short columns each. */
    static final int DIGEST_BATCH = 5000;

    private static final String LAST = ", r.code, e.updatedAt, e.version";

    /** Per type: the select list (id, title, texts…, region, updatedAt, version) and the from/join clause. */
    private static final Map<SearchType, String[]> QUERIES = new EnumMap<>(Map.of(
            SearchType.SUBJECT, new String[] {"select e.id, e.name, e.shortName" + LAST,
                    "from Subject e left join e.region r"},
            SearchType.PERSON, new String[] {"select e.id, e.fullName, e.position" + LAST,
                    "from Person e left join e.subject s left join s.region r"},
            SearchType.SESSION, new String[] {"select e.id, e.title, e.city, e.goals, e.summary" + LAST,
                    "from StrategicSession e left join e.hostRegion r"},
            SearchType.DEFICIT, new String[] {"select e.id, e.title, e.description" + LAST,
                    "from Deficit e left join e.region r"},
            SearchType.PRACTICE, new String[] {"select e.id, e.title, e.summary, e.description, e.results" + LAST,
                    "from Practice e left join e.region r"},
            SearchType.PROJECT, new String[] {"select e.id, e.title, e.goal, e.description" + LAST,
                    "from Project e left join e.portfolio p left join p.region r"}));

    /**
     * Per type, the documents of other types that show some of its fields, and how to find them by its ids: a
     * person shows its organisation's region, so a changed organisation re-indexes its people.
     */
    static final Map<SearchType, Map<SearchType, String>> DEPENDENTS = new EnumMap<>(Map.of(
            SearchType.SUBJECT, Map.of(SearchType.PERSON, "select e.id from Person e where e.subject.id in :ids")));

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

    /** The ids of the documents that show fields of the given objects of a type (none for most types). */
    public Map<SearchType, List<Long>> dependents(SearchType type, Collection<Long> ids) {
        Map<SearchType, List<Long>> found = new EnumMap<>(SearchType.class);
        List<Long> all = List.copyOf(ids);
        DEPENDENTS.getOrDefault(type, Map.of()).forEach((dependent, query) -> {
            for (int from = 0; from < all.size(); from += BATCH) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
                found.computeIfAbsent(dependent, key -> new ArrayList<>())
                        .addAll(em.createQuery(query, Long.class).setParameter("ids", chunk).getResultList());
            }
        });
        return found;
    }

    /** The digest of every object of the type as the database holds it: id, version, last change, region. */
    public SearchDigest digest(SearchType type) {
        String from = QUERIES.get(type)[1];
        SearchDigest digest = SearchDigest.EMPTY;
        long after = 0;
        while (true) {
            List<Object[]> rows = em.createQuery("select e.id, e.version, e.updatedAt, r.code " + from
                    + " where e.id > :after order by e.id", Object[].class).setParameter("after", after)
                    .setMaxResults(DIGEST_BATCH).getResultList();
            for (Object[] row : rows) {
                digest = digest.plus(SearchDigest.of(type, ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(), millis(row[2]), (String) row[3]));
            }
            if (rows.size() < DIGEST_BATCH) {
                return digest;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    /** A row is: id, title, further texts…, region code, updatedAt, version. */
    private static SearchDocument toDocument(SearchType type, Object[] row) {
        int region = row.length - 3;
        String[] texts = new String[region - 1];
        for (int i = 1; i < region; i++) {
            texts[i - 1] = (String) row[i];
        }
        return new SearchDocument(type, ((Number) row[0]).longValue(), (String) row[1], SearchDocument.join(texts),
                (String) row[region], millis(row[region + 1]), ((Number) row[region + 2]).longValue());
    }

    private static long millis(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant().toEpochMilli() : 0L;
    }
}
