package ru.efs.portfolio.recommendation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import ru.efs.portfolio.practice.PracticeStatus;

/**
 * What a ranking needs to know of every practice that may be offered (submitted, verified or recommended): its
 * region, status, categories and the regions that adopted it successfully. Read in three statements and kept
 * while the practice tables have no new writes, so choosing candidates by category is a walk over memory instead
 * of a join and a grouping over all practices for every deficit. The term vectors of their texts are kept with
 * them, so a practice's text is analysed once, not for every deficit it is a candidate of.
 */
final class OfferedPractices {

    static final List<String> TABLES = List.of("practice", "practice_category", "practice_adoption");

    record Facts(long id, String regionCode, PracticeStatus status, String[] categoryCodes, int successfulAdoptions) {
    }

    /** Term vectors kept at most: every practice of the national dataset, about 25 MB. */
    static final int KEPT_VECTORS = 25_000;

    private final Map<Long, Facts> byId;
    private final List<Facts> all;
    /** Term vectors of the practices' texts, made when a ranking first needs them; they go with these facts. */
    private final Map<Long, RussianTextSimilarity.Kept> vectors = new ConcurrentHashMap<>();
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private OfferedPractices(List<Facts> all) {
        this.all = all;
        this.byId = new HashMap<>(all.size() * 2);
        all.forEach(facts -> byId.put(facts.id(), facts));
    }

    static OfferedPractices read(EntityManager em) {
        Map<Long, List<String>> categories = new HashMap<>();
        for (Object row : em.createNativeQuery("select pc.practice_id, pc.category_code from practice_category pc "
                + "join practice p on p.id = pc.practice_id where p.status in ('SUBMITTED', 'VERIFIED', 'RECOMMENDED')")
                .getResultList()) {
            Object[] r = (Object[]) row;
            categories.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Integer> adoptions = new HashMap<>();
        for (Object row : em.createNativeQuery("select a.practice_id, count(distinct a.region_code) "
                + "from practice_adoption a where a.outcome = 'SUCCESSFUL' group by a.practice_id").getResultList()) {
            Object[] r = (Object[]) row;
            adoptions.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        List<Facts> all = new ArrayList<>();
        for (Object row : em.createNativeQuery("select p.id, p.region_code, p.status from practice p "
                + "where p.status in ('SUBMITTED', 'VERIFIED', 'RECOMMENDED') order by p.id").getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            String[] codes = categories.getOrDefault(id, List.of()).toArray(String[]::new);
            Arrays.sort(codes);
            all.add(new Facts(id, (String) r[1], PracticeStatus.valueOf((String) r[2]), codes,
                    adoptions.getOrDefault(id, 0)));
        }
        return new OfferedPractices(List.copyOf(all));
    }

    /** The kept term vector of a practice's texts, or {@code null} when not made yet. */
    RussianTextSimilarity.Kept vector(long id) {
        return vectors.get(id);
    }

    /** Keeps the term vector of a practice's texts (its stems shared with the other vectors) and returns it. */
    RussianTextSimilarity.Kept keepVector(long id, Map<String, Integer> vector) {
        RussianTextSimilarity.Kept kept = RussianTextSimilarity.Kept.of(vector,
                stem -> stems.computeIfAbsent(stem, same -> same));
        if (vectors.size() < KEPT_VECTORS) {
            vectors.put(id, kept);
        }
        return kept;
    }

    /** The facts of an offered practice, or {@code null} for any other. */
    Facts get(long id) {
        return byId.get(id);
    }

    /**
     * Practices of other regions that share one of the {@code exact} categories or relate to them (a category in,
     * or of, one of the {@code groups}), most shared categories first, then by id; at most {@code limit}.
     */
    List<Long> byCategory(String regionCode, Set<String> exact, Set<String> groups, Predicate<String> inGroups,
            int limit) {
        record Match(long id, int shared) {
        }
        List<Match> matches = new ArrayList<>();
        for (Facts facts : all) {
            if (facts.regionCode().equals(regionCode)) {
                continue;
            }
            int shared = 0;
            boolean related = false;
            for (String code : facts.categoryCodes()) {
                if (exact.contains(code)) {
                    shared++;
                } else if (groups.contains(code) || inGroups.test(code)) {
                    related = true;
                }
            }
            if (shared > 0 || related) {
                matches.add(new Match(facts.id(), shared));
            }
        }
        matches.sort(Comparator.comparingInt(Match::shared).reversed().thenComparingLong(Match::id));
        return matches.stream().limit(limit).map(Match::id).toList();
    }

    /** The ids among these that are offered practices of other regions. */
    List<Long> ofOtherRegions(Collection<Long> ids, String regionCode) {
        return ids.stream().filter(id -> {
            Facts facts = byId.get(id);
            return facts != null && !facts.regionCode().equals(regionCode);
        }).toList();
    }
}
