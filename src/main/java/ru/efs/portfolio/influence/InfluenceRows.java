package ru.efs.portfolio.influence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.CommittedWrites;
import ru.efs.portfolio.common.EntityWriteListener;
import ru.efs.portfolio.common.WarmUp;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.influence.InfluenceMapDtos.EdgeItem;
import ru.efs.portfolio.portfolio.Portfolio;
import ru.efs.portfolio.practice.AdoptionOutcome;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeAdoption;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.FederalDistrict;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.subject.Subject;

/**
 * Every item of the influence map, in memory, and the counts behind its nodes: what {@link InfluenceMapService}
 * draws maps, edges and region views from without reading the link tables again. They are read once, after start
 * in the background ({@link WarmUp}) or by the first map.
 * <p>
 * Items belong to an owner: a project (the practices it uses, the deficits it addresses, its partners), an adoption
 * or a declared link. After a transaction that wrote one of the objects an item shows (a project, portfolio,
 * practice, deficit, subject, adoption or link) commits, here or on another instance ({@link ChangeFeed}, topic
 * {@value #TOPIC}), the owners that show it (by the link tables, and by the kept rows for what is gone) are read
 * again, and the node counts of the regions it was and is in when it was a deficit, practice, project or portfolio.
 * The snapshot's generation moves only when what was read differs from what was kept, so a practice's new summary
 * leaves every drawn map as it was, while a new project's items are on the next one. A change
 * of regions or districts, or one the feed cannot name, makes the next reader load everything afresh.
 */
@ApplicationScoped
public class InfluenceRows implements EntityWriteListener, WarmUp.Part {

    static final String TOPIC = "influence";

    private static final Logger LOG = Logger.getLogger(InfluenceRows.class);
    private static final List<String> RELOAD_TABLES = List.of("region", "federal_district");

    /** One item between two regions; {@code year} is null for a declared link, which has none. */
    record Row(String from, String to, Integer year, EdgeItem item) {
    }

    /** The counts a node shows, per region: deficits by status, practices offered, projects per year. */
    record Counts(Map<String, long[]> byRegion, Map<String, Map<Integer, Long>> projectsByYear,
            Map<String, List<Integer>> portfolioYears) {
    }

    /** What a map is drawn from at one moment; replaced whole, never changed. */
    record Snapshot(long generation, List<Row> rows, Counts counts) {
    }

    private enum OwnerKind { PROJECT, ADOPTION, LINK }

    private record Owner(OwnerKind kind, long id) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    CommittedWrites writes;

    private final Object updating = new Object();
    private volatile Snapshot snapshot;
    private volatile long loadedAt = Long.MIN_VALUE;
    private long generation;
    /** The rows per owner; only touched while updating. */
    private Map<Owner, List<Row>> byOwner = new HashMap<>();
    /** Per type of counted object, its region as last read; only touched while updating. */
    private final Map<String, Map<Long, String>> regionOf = new HashMap<>();

    /** Where each counted object is, the region its figures count it in: of all, and of one (by {@code ?1}). */
    private record RegionQuery(String all, String one) {
    }

    private static final Map<String, RegionQuery> REGION_OF = Map.of(
            "DEFICIT", new RegionQuery("select id, region_code from deficit",
                    "select region_code from deficit where id = ?1"),
            "PRACTICE", new RegionQuery("select id, region_code from practice",
                    "select region_code from practice where id = ?1"),
            "PROJECT", new RegionQuery("select p.id, pf.region_code from project p join portfolio pf "
                    + "on pf.id = p.portfolio_id", "select pf.region_code from project p join portfolio pf "
                    + "on pf.id = p.portfolio_id where p.id = ?1"),
            "PORTFOLIO", new RegionQuery("select id, region_code from portfolio",
                    "select region_code from portfolio where id = ?1"));

    /** The items and counts as of the last committed write applied here. */
    Snapshot snapshot() {
        feed.caughtUp();
        Snapshot current = snapshot;
        if (current != null && loadedAt == feed.version(RELOAD_TABLES)) {
            return current;
        }
        synchronized (updating) {
            long version = feed.version(RELOAD_TABLES);
            if (snapshot == null || loadedAt != version) {
                QuarkusTransaction.requiringNew().run(this::loadAll);
                loadedAt = version;
            }
            return snapshot;
        }
    }

    @Override
    public void warmUp() {
        snapshot();
    }

    @Override
    public void saved(Object entity) {
        if (keyOf(entity, null) != null) {
            writes.written(TOPIC, () -> keyOf(entity, null), this::apply);
        }
    }

    @Override
    public void removed(Object entity, Object id) {
        String key = keyOf(entity, id);
        if (key != null) {
            writes.written(TOPIC, () -> key, this::apply);
        }
    }

    void changedElsewhere(@Observes ChangeFeed.Change change) {
        apply(change.notes(TOPIC));
    }

    /** {@code TYPE:id} of an object items show, or null for any other (or while a new one has no id). */
    private static String keyOf(Object entity, Object removedId) {
        String type;
        Object id;
        if (entity instanceof Project project) {
            type = "PROJECT";
            id = project.id;
        } else if (entity instanceof Portfolio portfolio) {
            type = "PORTFOLIO";
            id = portfolio.id;
        } else if (entity instanceof Practice practice) {
            type = "PRACTICE";
            id = practice.id;
        } else if (entity instanceof Deficit deficit) {
            type = "DEFICIT";
            id = deficit.id;
        } else if (entity instanceof Subject subject) {
            type = "SUBJECT";
            id = subject.id;
        } else if (entity instanceof PracticeAdoption adoption) {
            type = "ADOPTION";
            id = adoption.id;
        } else if (entity instanceof InfluenceLink link) {
            type = "LINK";
            id = link.id;
        } else if (entity instanceof Region || entity instanceof FederalDistrict) {
            return "REGIONS:0";
        } else {
            return null;
        }
        Object known = removedId != null ? removedId : id;
        return type + ":" + (known == null ? "new" : known);
    }

    /** Reads again what the written objects show; the counts too when they may have moved. */
    private void apply(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        synchronized (updating) {
            if (snapshot == null || loadedAt != feed.version(RELOAD_TABLES) || keys.contains("REGIONS:0")) {
                return; // loaded afresh by the next reader
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> update(keys));
            } catch (RuntimeException e) {
                LOG.error("The influence map missed a change; it is loaded afresh for the next reader", e);
                snapshot = null;
            }
        }
    }

    private void update(Set<String> keys) {
        Set<Owner> owners = new HashSet<>();
        Map<String, Set<Long>> written = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            String type = key.substring(0, colon);
            String value = key.substring(colon + 1);
            if (!"new".equals(value)) {
                long id = Long.parseLong(value);
                written.computeIfAbsent(type, k -> new HashSet<>()).add(id);
                owners.addAll(ownersShowing(type, id));
                counted.addAll(regionsOf(type, id));
            }
        }
        // Owners that showed an object which is gone, or shows it no more, are found among the kept rows.
        byOwner.forEach((owner, rows) -> {
            for (Row row : rows) {
                if (shows(row.item(), written)) {
                    owners.add(owner);
                    return;
                }
            }
        });
        Map<Owner, List<Row>> read = read(owners);
        Map<Owner, List<Row>> next = null;
        for (Owner owner : owners) {
            List<Row> now = read.getOrDefault(owner, List.of());
            if (!now.equals(byOwner.getOrDefault(owner, List.of()))) {
                if (next == null) {
                    next = new HashMap<>(byOwner);
                }
                if (now.isEmpty()) {
                    next.remove(owner);
                } else {
                    next.put(owner, now);
                }
            }
        }
        Counts newCounts = counted.isEmpty() ? snapshot.counts() : recount(snapshot.counts(), counted);
        if (next != null || !sameCounts(newCounts, snapshot.counts())) {
            if (next != null) {
                byOwner = next;
            }
            publish(newCounts);
        }
    }

    private static boolean shows(EdgeItem item, Map<String, Set<Long>> written) {
        return in(written, "PROJECT", item.projectId()) || in(written, "PROJECT", item.targetProjectId())
                || in(written, "PRACTICE", item.practiceId()) || in(written, "DEFICIT", item.deficitId())
                || in(written, "SUBJECT", item.subjectId());
    }

    private static boolean in(Map<String, Set<Long>> written, String type, Long id) {
        return id != null && written.getOrDefault(type, Set.of()).contains(id);
    }

    /** The owners whose rows show the object as the database has it now (found through the link tables). */
    private List<Owner> ownersShowing(String type, long id) {
        List<Owner> owners = new ArrayList<>();
        switch (type) {
            case "PROJECT" -> {
                owners.add(new Owner(OwnerKind.PROJECT, id));
                owners.addAll(ids(OwnerKind.ADOPTION, "select a.id from practice_adoption a where a.project_id = ?1",
                        id));
                owners.addAll(ids(OwnerKind.LINK, "select l.id from influence_link l where l.source_project_id = ?1 "
                        + "union select l.id from influence_link l where l.target_project_id = ?1", id));
            }
            case "PORTFOLIO" -> owners.addAll(ids(OwnerKind.PROJECT,
                    "select p.id from project p where p.portfolio_id = ?1", id));
            case "PRACTICE" -> {
                owners.addAll(ids(OwnerKind.PROJECT,
                        "select pp.project_id from project_practice pp where pp.practice_id = ?1", id));
                owners.addAll(ids(OwnerKind.ADOPTION,
                        "select a.id from practice_adoption a where a.practice_id = ?1", id));
                owners.addAll(ids(OwnerKind.LINK,
                        "select l.id from influence_link l where l.source_practice_id = ?1", id));
            }
            case "DEFICIT" -> {
                owners.addAll(ids(OwnerKind.PROJECT,
                        "select pd.project_id from project_deficit pd where pd.deficit_id = ?1", id));
                owners.addAll(ids(OwnerKind.LINK,
                        "select l.id from influence_link l where l.target_deficit_id = ?1", id));
            }
            case "SUBJECT" -> owners.addAll(ids(OwnerKind.PROJECT,
                    "select pp.project_id from project_partner pp where pp.subject_id = ?1", id));
            case "ADOPTION" -> owners.add(new Owner(OwnerKind.ADOPTION, id));
            case "LINK" -> owners.add(new Owner(OwnerKind.LINK, id));
            default -> {
            }
        }
        return owners;
    }

    private List<Owner> ids(OwnerKind kind, String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList().stream()
                .map(value -> new Owner(kind, ((Number) value).longValue())).toList();
    }

    private void loadAll() {
        byOwner = new HashMap<>(read(null));
        regionOf.clear();
        for (String type : REGION_OF.keySet()) {
            Map<Long, String> regions = new HashMap<>();
            for (Object[] r : grouped(REGION_OF.get(type).all())) {
                regions.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            regionOf.put(type, regions);
        }
        publish(readCounts(null));
    }

    /**
     * The regions whose counts a write of the object may have moved: where it is now, and where it was (its region
     * as last read here), so that a deficit moved to another region leaves the old one's figures right too.
     */
    private Set<String> regionsOf(String type, long id) {
        RegionQuery query = REGION_OF.get(type);
        if (query == null) {
            return Set.of();
        }
        Map<Long, String> known = regionOf.get(type);
        Set<String> regions = new HashSet<>();
        String before = known.get(id);
        if (before != null) {
            regions.add(before);
        }
        List<?> now = em.createNativeQuery(query.one()).setParameter(1, id).getResultList();
        if (now.isEmpty()) {
            known.remove(id);
        } else {
            String region = (String) now.get(0);
            known.put(id, region);
            regions.add(region);
        }
        return regions;
    }

    /** The counts with those of the regions read again. */
    private Counts recount(Counts old, Set<String> regions) {
        Counts fresh = readCounts(regions);
        Map<String, long[]> byRegion = new HashMap<>(old.byRegion());
        Map<String, Map<Integer, Long>> projects = new HashMap<>(old.projectsByYear());
        Map<String, List<Integer>> years = new HashMap<>(old.portfolioYears());
        for (String region : regions) {
            put(byRegion, region, fresh.byRegion().get(region));
            put(projects, region, fresh.projectsByYear().get(region));
            put(years, region, fresh.portfolioYears().get(region));
        }
        return new Counts(Map.copyOf(byRegion), Map.copyOf(projects), Map.copyOf(years));
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private void publish(Counts counts) {
        List<Row> rows = new ArrayList<>();
        byOwner.values().forEach(rows::addAll);
        snapshot = new Snapshot(++generation, List.copyOf(rows), counts);
    }

    /** The rows of these owners (of all when null), grouped by owner. */
    private Map<Owner, List<Row>> read(Collection<Owner> owners) {
        Map<OwnerKind, List<Long>> ids = new HashMap<>();
        if (owners != null) {
            owners.forEach(o -> ids.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.id()));
        }
        Map<Owner, List<Row>> rows = new LinkedHashMap<>();
        if (owners == null || ids.containsKey(OwnerKind.PROJECT)) {
            List<Long> projects = owners == null ? null : ids.get(OwnerKind.PROJECT);
            practicesUsed(projects, rows);
            deficitsAddressed(projects, rows);
            partnerships(projects, rows);
        }
        if (owners == null || ids.containsKey(OwnerKind.ADOPTION)) {
            adoptions(owners == null ? null : ids.get(OwnerKind.ADOPTION), rows);
        }
        if (owners == null || ids.containsKey(OwnerKind.LINK)) {
            declared(owners == null ? null : ids.get(OwnerKind.LINK), rows);
        }
        rows.replaceAll((owner, list) -> List.copyOf(list));
        return rows;
    }

    private static void put(Map<Owner, List<Row>> rows, OwnerKind kind, Object id, Row row) {
        rows.computeIfAbsent(new Owner(kind, ((Number) id).longValue()), k -> new ArrayList<>()).add(row);
    }

    /** PRACTICE_USED A → B: a project of B (in B's portfolio of the year) uses a practice of A. */
    private void practicesUsed(List<Long> projects, Map<Owner, List<Row>> rows) {
        for (Object[] r : rows("select pr.region_code, pf.region_code, p.id, p.title, pr.id, pr.title, pf.year_number "
                + "from project_practice pp join practice pr on pr.id = pp.practice_id "
                + "join project p on p.id = pp.project_id join portfolio pf on pf.id = p.portfolio_id "
                + "where pr.region_code <> pf.region_code", "p.id", projects)) {
            put(rows, OwnerKind.PROJECT, r[2], new Row((String) r[0], (String) r[1], year(r[6]),
                    new EdgeItem(EdgeKind.PRACTICE_USED, 1, id(r[2]), (String) r[3], id(r[4]), (String) r[5], null,
                            null, null, null, null, null, null, null, null, null, null)));
        }
    }

    /** DEFICIT_ADDRESSED A → B: a project of A (in A's portfolio of the year) addresses a deficit of B. */
    private void deficitsAddressed(List<Long> projects, Map<Owner, List<Row>> rows) {
        for (Object[] r : rows("select pf.region_code, d.region_code, p.id, p.title, d.id, d.title, pf.year_number "
                + "from project_deficit pd join deficit d on d.id = pd.deficit_id "
                + "join project p on p.id = pd.project_id join portfolio pf on pf.id = p.portfolio_id "
                + "where d.region_code <> pf.region_code", "p.id", projects)) {
            put(rows, OwnerKind.PROJECT, r[2], new Row((String) r[0], (String) r[1], year(r[6]),
                    new EdgeItem(EdgeKind.DEFICIT_ADDRESSED, 1, id(r[2]), (String) r[3], null, null, id(r[4]),
                            (String) r[5], null, null, null, null, null, null, null, null, null)));
        }
    }

    /** PARTNERSHIP A → B: a project of A (in A's portfolio of the year) has a partner subject located in B. */
    private void partnerships(List<Long> projects, Map<Owner, List<Row>> rows) {
        for (Object[] r : rows("select pf.region_code, s.region_code, p.id, p.title, s.id, s.name, pf.year_number "
                + "from project_partner pp join subject s on s.id = pp.subject_id "
                + "join project p on p.id = pp.project_id join portfolio pf on pf.id = p.portfolio_id "
                + "where s.region_code is not null and s.region_code <> pf.region_code", "p.id", projects)) {
            put(rows, OwnerKind.PROJECT, r[2], new Row((String) r[0], (String) r[1], year(r[6]),
                    new EdgeItem(EdgeKind.PARTNERSHIP, 1, id(r[2]), (String) r[3], null, null, null, null, id(r[4]),
                            (String) r[5], null, null, null, null, null, null, null)));
        }
    }

    /** ADOPTION A → B: region B adopted a practice of A (in the year, by its adoption year). */
    private void adoptions(List<Long> adoptions, Map<Owner, List<Row>> rows) {
        for (Object[] r : rows("select pr.region_code, a.region_code, a.id, a.outcome, pr.id, pr.title, p.id, "
                + "p.title, a.adopted_year from practice_adoption a join practice pr on pr.id = a.practice_id "
                + "left join project p on p.id = a.project_id where pr.region_code <> a.region_code", "a.id",
                adoptions)) {
            AdoptionOutcome outcome = AdoptionOutcome.valueOf((String) r[3]);
            put(rows, OwnerKind.ADOPTION, r[2], new Row((String) r[0], (String) r[1], year(r[8]),
                    new EdgeItem(EdgeKind.ADOPTION, outcome == AdoptionOutcome.SUCCESSFUL ? 2 : 1, id(r[6]),
                            (String) r[7], id(r[4]), (String) r[5], null, null, null, null, id(r[2]), outcome, null,
                            null, null, null, null)));
        }
    }

    /** DECLARED A → B: a declared influence link; it has no year, so the year filter never removes it. */
    private void declared(List<Long> links, Map<Owner, List<Row>> rows) {
        for (Object[] r : rows("select l.source_region_code, l.target_region_code, l.id, l.kind, l.strength, l.note, "
                + "sp.id, sp.title, pr.id, pr.title, d.id, d.title, tp.id, tp.title from influence_link l "
                + "left join project sp on sp.id = l.source_project_id "
                + "left join practice pr on pr.id = l.source_practice_id "
                + "left join deficit d on d.id = l.target_deficit_id "
                + "left join project tp on tp.id = l.target_project_id "
                + "where l.source_region_code <> l.target_region_code", "l.id", links)) {
            put(rows, OwnerKind.LINK, r[2], new Row((String) r[0], (String) r[1], null,
                    new EdgeItem(EdgeKind.DECLARED, ((Number) r[4]).intValue(), id(r[6]), (String) r[7], id(r[8]),
                            (String) r[9], id(r[10]), (String) r[11], null, null, null, null, id(r[2]),
                            InfluenceKind.valueOf((String) r[3]), id(r[12]), (String) r[13], (String) r[5])));
        }
    }

    /** The statement's rows, narrowed to the owners' ids when given. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String ownerColumn, List<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(ids == null ? sql : sql + " and " + ownerColumn + " in (:ids)");
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }

    /**
     * Four GROUP BY statements: deficits by status, practices offered, projects per year, portfolio years; of the
     * regions given, or of all when null.
     */
    private Counts readCounts(Set<String> regions) {
        Map<String, long[]> byRegion = new HashMap<>();
        for (Object[] r : grouped("select region_code, status, count(*) from deficit"
                + only(regions, " where region_code") + " group by region_code, status", regions)) {
            long[] c = byRegion.computeIfAbsent((String) r[0], k -> new long[5]);
            int slot = switch ((String) r[1]) {
                case "OPEN" -> 0;
                case "ADDRESSED" -> 1;
                default -> 2;
            };
            c[slot] += ((Number) r[2]).longValue();
        }
        for (Object[] r : grouped("select region_code, status, count(*) from practice where status <> 'ARCHIVED'"
                + only(regions, " and region_code") + " group by region_code, status", regions)) {
            long[] c = byRegion.computeIfAbsent((String) r[0], k -> new long[5]);
            c[3] += ((Number) r[2]).longValue();
            if ("RECOMMENDED".equals(r[1])) {
                c[4] += ((Number) r[2]).longValue();
            }
        }
        Map<String, Map<Integer, Long>> projects = new HashMap<>();
        for (Object[] r : grouped("select pf.region_code, pf.year_number, count(p.id) from project p "
                + "join portfolio pf on pf.id = p.portfolio_id" + only(regions, " where pf.region_code")
                + " group by pf.region_code, pf.year_number", regions)) {
            byRegion.computeIfAbsent((String) r[0], k -> new long[5]);
            projects.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(((Number) r[1]).intValue(),
                    ((Number) r[2]).longValue());
        }
        Map<String, List<Integer>> years = new HashMap<>();
        for (Object[] r : grouped("select region_code, year_number from portfolio"
                + only(regions, " where region_code") + " order by region_code, year_number", regions)) {
            byRegion.computeIfAbsent((String) r[0], k -> new long[5]);
            years.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(((Number) r[1]).intValue());
        }
        projects.replaceAll((code, perYear) -> Map.copyOf(perYear));
        years.replaceAll((code, list) -> List.copyOf(list));
        return new Counts(Map.copyOf(byRegion), Map.copyOf(projects), Map.copyOf(years));
    }

    private static String only(Set<String> regions, String column) {
        return regions == null ? "" : column + " in (:regions)";
    }

    private static boolean sameCounts(Counts a, Counts b) {
        if (!a.projectsByYear().equals(b.projectsByYear()) || !a.portfolioYears().equals(b.portfolioYears())
                || !a.byRegion().keySet().equals(b.byRegion().keySet())) {
            return false;
        }
        return a.byRegion().entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), b.byRegion().get(e.getKey())));
    }

    private List<Object[]> grouped(String sql) {
        return grouped(sql, null);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(String sql, Set<String> regions) {
        Query query = em.createNativeQuery(sql);
        if (regions != null) {
            query.setParameter("regions", regions);
        }
        return query.getResultList();
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer year(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
