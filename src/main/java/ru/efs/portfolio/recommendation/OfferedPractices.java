package ru.efs.portfolio.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.CommittedWrites;
import ru.efs.portfolio.common.EntityWriteListener;
import ru.efs.portfolio.common.WarmUp;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeAdoption;
import ru.efs.portfolio.practice.PracticeStatus;

/**
 * An index of every practice that may be offered (submitted, verified or recommended), in memory: what a ranking
 * needs of each (region, status, maturity, categories, the regions that adopted it successfully, the term vector of
 * its texts) and two inverted lists, category → practices and stem of the title or summary → practices, through
 * which a ranking finds its candidates instead of scoring every practice.
 * <p>
 * It is read from the database once (in the background after start, {@link WarmUp}, or by the first ranking) and then
 * kept in step practice by practice: after a transaction that wrote practices or adoptions commits, here or on
 * another instance ({@link ChangeFeed}, topic {@value #TOPIC}), those practices are read again and their entries
 * replaced, and a {@link Changed} event tells the rankings which practice changed and how it looks now. A change of
 * the regions, or a bulk write that the feed reports as "everything", makes the next reader build the index afresh.
 */
@ApplicationScoped
public class OfferedPractices implements EntityWriteListener, WarmUp.Part {

    static final String TOPIC = "offered-practices";

    private static final Logger LOG = Logger.getLogger(OfferedPractices.class);
    /** Tables whose change makes the whole index out of date: region names are in it. */
    private static final List<String> REBUILD_TABLES = List.of("region");
    /** Enough of a long description to judge closeness, while keeping the analysis cheap. */
    private static final int DESCRIPTION_CHARS = 1500;
    private static final String OFFERED = "('SUBMITTED', 'VERIFIED', 'RECOMMENDED')";

    /** What a ranking knows of an offered practice. {@code titleStems}: the stems of its title and summary. */
    record Facts(long id, String regionCode, String regionName, String title, Maturity maturity, PracticeStatus status,
            String[] categoryCodes, int successfulAdoptions, RussianTextSimilarity.Kept terms, String[] titleStems) {
    }

    /**
     * A practice was read again after a committed write: {@code now} is {@code null} when it is offered no more.
     * Observers are told after the index holds the new state.
     */
    record Changed(long id, Facts now) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    CommittedWrites writes;

    @Inject
    Event<Changed> changed;

    /** The index as built at one version of {@link #REBUILD_TABLES}; replaced whole when that moves. */
    private volatile Index index;
    /** Grows with every change applied to the index: a ranking made across one is not kept. */
    private final AtomicLong applied = new AtomicLong();
    private final Object updating = new Object();

    private static final class Index {
        final long version;
        final Map<Long, Facts> byId = new ConcurrentHashMap<>();
        final Map<String, Set<Long>> byCategory = new ConcurrentHashMap<>();
        final Map<String, Set<Long>> byStem = new ConcurrentHashMap<>();
        final Map<String, String> interned = new ConcurrentHashMap<>();

        Index(long version) {
            this.version = version;
        }

        void put(Facts facts) {
            remove(facts.id());
            byId.put(facts.id(), facts);
            for (String code : facts.categoryCodes()) {
                byCategory.computeIfAbsent(code, key -> ConcurrentHashMap.newKeySet()).add(facts.id());
            }
            for (String stem : facts.titleStems()) {
                byStem.computeIfAbsent(stem, key -> ConcurrentHashMap.newKeySet()).add(facts.id());
            }
        }

        void remove(long id) {
            Facts old = byId.remove(id);
            if (old != null) {
                Arrays.stream(old.categoryCodes()).map(byCategory::get).forEach(ids -> ids.remove(id));
                Arrays.stream(old.titleStems()).map(byStem::get).forEach(ids -> ids.remove(id));
            }
        }
    }

    @Override
    public void warmUp() {
        current();
    }

    /** The facts of an offered practice, or {@code null} for any other. */
    Facts get(long id) {
        return current().byId.get(id);
    }

    /** How many changes the index has taken: equal numbers before and after a ranking mean none came between. */
    long applied() {
        return applied.get();
    }

    /** The version of the whole index: a ranking made under another one is out of date. */
    long version() {
        return current().version;
    }

    /** Offered practices of other regions in one of the categories or with one of the stems in title or summary. */
    Set<Long> candidates(String regionCode, Collection<String> categoryCodes, Collection<String> stems) {
        Index current = current();
        Set<Long> ids = new LinkedHashSet<>();
        categoryCodes.forEach(code -> ids.addAll(current.byCategory.getOrDefault(code, Set.of())));
        stems.forEach(stem -> ids.addAll(current.byStem.getOrDefault(stem, Set.of())));
        ids.removeIf(id -> {
            Facts facts = current.byId.get(id);
            return facts == null || facts.regionCode().equals(regionCode);
        });
        return ids;
    }

    @Override
    public void saved(Object entity) {
        if (entity instanceof Practice practice) {
            written(() -> practice.id);
        } else if (entity instanceof PracticeAdoption adoption && adoption.practice != null) {
            written(() -> adoption.practice.id);
        }
    }

    @Override
    public void removed(Object entity, Object id) {
        if (entity instanceof Practice && id instanceof Number number) {
            written(number::longValue);
        } else if (entity instanceof PracticeAdoption adoption && adoption.practice != null) {
            written(() -> adoption.practice.id);
        }
    }

    /** Another instance wrote practices: read them again here, as after a commit of our own. */
    void changedElsewhere(@Observes ChangeFeed.Change change) {
        reread(change.notes(TOPIC));
    }

    private void written(Supplier<Long> id) {
        writes.written(TOPIC, () -> id.get() == null ? null : id.get().toString(), this::reread);
    }

    /**
     * Reads the practices again and replaces their entries. One reading at a time, each after the previous one has
     * been applied: the last reading of a practice is the newest, whatever order the commits' work runs in.
     */
    private void reread(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<Long> ids = keys.stream().map(Long::valueOf).toList();
        synchronized (updating) {
            Index current = index;
            if (current == null || current.version != feed.version(REBUILD_TABLES)) {
                return; // the next reader builds it afresh, with these practices as they are then
            }
            try {
                Map<Long, Facts> read = QuarkusTransaction.requiringNew().call(() -> read(current, ids));
                for (long id : ids) {
                    Facts now = read.get(id);
                    if (now == null) {
                        current.remove(id);
                    } else {
                        current.put(now);
                    }
                }
                applied.incrementAndGet();
                for (long id : ids) {
                    changed.fire(new Changed(id, read.get(id)));
                }
            } catch (RuntimeException e) {
                LOG.error("The practice index missed a change; it is built afresh for the next ranking", e);
                index = null;
                applied.incrementAndGet();
            }
        }
    }

    /** The index at the current version of its tables, built when missing or out of date. */
    private Index current() {
        Index current = index;
        long version = feed.version(REBUILD_TABLES);
        if (current != null && current.version == version) {
            return current;
        }
        synchronized (updating) {
            version = feed.version(REBUILD_TABLES);
            if (index == null || index.version != version) {
                Index fresh = new Index(version);
                long started = System.nanoTime();
                QuarkusTransaction.requiringNew().call(() -> read(fresh, null)).values().forEach(fresh::put);
                index = fresh;
                applied.incrementAndGet();
                LOG.debugf("Practice index built: %d practices in %d ms", fresh.byId.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return index;
        }
    }

    /** The offered practices among {@code ids} (all of them when {@code null}), as they are in the database. */
    private Map<Long, Facts> read(Index into, Collection<Long> ids) {
        String only = ids == null ? "" : " and p.id in (:ids)";
        Map<Long, List<String>> categories = new HashMap<>();
        for (Object row : query("select pc.practice_id, pc.category_code from practice_category pc join practice p "
                + "on p.id = pc.practice_id where p.status in " + OFFERED + only, ids)) {
            Object[] r = (Object[]) row;
            categories.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Integer> adoptions = new HashMap<>();
        for (Object row : query("select a.practice_id, count(distinct a.region_code) from practice_adoption a "
                + "join practice p on p.id = a.practice_id where a.outcome = 'SUCCESSFUL' and p.status in " + OFFERED
                + only + " group by a.practice_id", ids)) {
            Object[] r = (Object[]) row;
            adoptions.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        Map<Long, Facts> result = new HashMap<>();
        for (Object row : query("select p.id, p.region_code, r.name, p.title, p.maturity, p.status, p.summary, "
                + "substr(p.description, 1, " + DESCRIPTION_CHARS + ") from practice p join region r "
                + "on r.code = p.region_code where p.status in " + OFFERED + only, ids)) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            String title = (String) r[3];
            String summary = (String) r[6];
            String[] codes = categories.getOrDefault(id, List.of()).toArray(String[]::new);
            Arrays.sort(codes);
            String[] titleStems = RussianTextSimilarity.termVector(title, summary).keySet().stream()
                    .map(stem -> into.interned.computeIfAbsent(stem, same -> same)).toArray(String[]::new);
            RussianTextSimilarity.Kept terms = RussianTextSimilarity.Kept.of(
                    RussianTextSimilarity.termVector(title, summary, (String) r[7]),
                    stem -> into.interned.computeIfAbsent(stem, same -> same));
            result.put(id, new Facts(id, (String) r[1], (String) r[2], title, Maturity.valueOf((String) r[4]),
                    PracticeStatus.valueOf((String) r[5]), codes, adoptions.getOrDefault(id, 0), terms, titleStems));
        }
        return result;
    }

    private List<?> query(String sql, Collection<Long> ids) {
        var query = em.createNativeQuery(sql);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }
}
