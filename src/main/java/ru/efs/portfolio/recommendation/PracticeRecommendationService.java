package ru.efs.portfolio.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.common.KeptAnswers;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.recommendation.RecommendationDtos.PracticeSummary;
import ru.efs.portfolio.recommendation.RecommendationDtos.Reason;
import ru.efs.portfolio.recommendation.RecommendationDtos.ReasonCode;
import ru.efs.portfolio.recommendation.RecommendationDtos.Recommendation;
import ru.efs.portfolio.search.SearchIndex;
import ru.efs.portfolio.search.SearchType;

/**
 * Ranks the practices of other regions that could close a deficit. The score (0–100) is the sum of:
 * <ul>
 * <li>shared categories: 30 points for the first category the practice shares with the deficit, 5 for each
 * further one, at most 40; a practice that shares none but has a category of the same group (a sibling, the group
 * itself, or a member of a group the deficit names) gets 12 — related, but weaker;</li>
 * <li>text closeness: 30 × the cosine of the Russian-stemmed term vectors of the deficit (title, description)
 * and the practice (title, summary, description);</li>
 * <li>status: RECOMMENDED 10, VERIFIED 6, SUBMITTED 0 (DRAFT and ARCHIVED practices are never offered);</li>
 * <li>maturity: SUSTAINABLE 10, ESTABLISHED 6, EMERGING 2;</li>
 * <li>successful adoptions: 5 per region where the practice was adopted with outcome SUCCESSFUL, at most 10.</li>
 * </ul>
 * A practice qualifies when it shares or relates by category, or when its text is strongly close
 * ({@value #STRONG_TEXT} or more). Ties go to the smaller practice id. Candidates are bounded: at most
 * {@value #CATEGORY_CANDIDATES} by category ({@link OfferedPractices}, kept in memory) and {@value #TEXT_CANDIDATES} whose title or summary has one of
 * the deficit's {@value #TEXT_STEMS} longest stems (found through the search index, best matches first).
 *
 * <p>A ranking is kept per deficit and language, and a page of it per page and size, while the tables it is made
 * from have no new writes ({@link ChangeFeed}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PracticeRecommendationService {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    static final double STRONG_TEXT = 0.30;
    static final int CATEGORY_CANDIDATES = 300;
    static final int TEXT_CANDIDATES = 200;
    /** How many of the deficit's words (the longest stems) look for text candidates. */
    static final int TEXT_STEMS = 4;
    /** Rankings kept at most; past it the cache starts afresh. */
    static final int CACHED_RANKINGS = 256;
    /** Enough of a long description to judge closeness, while keeping the analysis cheap. */
    private static final int DESCRIPTION_CHARS = 1500;

    private static final BigDecimal FIRST_SHARED = BigDecimal.valueOf(30);
    private static final BigDecimal FURTHER_SHARED = BigDecimal.valueOf(5);
    private static final BigDecimal MAX_SHARED = BigDecimal.valueOf(40);
    private static final BigDecimal RELATED = BigDecimal.valueOf(12);
    private static final double TEXT_WEIGHT = 30;
    private static final BigDecimal PER_ADOPTION = BigDecimal.valueOf(5);
    private static final BigDecimal MAX_ADOPTIONS = BigDecimal.valueOf(10);

    @Inject
    EntityManager em;

    @Inject
    SearchIndex searchIndex;

    @Inject
    ChangeFeed changes;

    /** What a ranking is made from: the deficit, the practices, their adoptions, categories and regions. */
    static final List<String> RANKING_TABLES = List.of("deficit", "deficit_category", "practice",
            "practice_category", "practice_adoption", "category", "region");

    /** The facts of all offered practices, one set at a time. */
    private final KeptAnswers<String, OfferedPractices> offered = new KeptAnswers<>(1);

    private final KeptAnswers<RankingQuestion, List<Scored>> rankings = new KeptAnswers<>(CACHED_RANKINGS);
    private final KeptAnswers<PageQuestion, PageResponse<Recommendation>> pages = new KeptAnswers<>(4 * CACHED_RANKINGS);

    private record RankingQuestion(long deficitId, String language) {
    }

    private record PageQuestion(long deficitId, int page, int size, String language) {
    }

    /**
     * A page of the ranked recommendations for the deficit; 404 when there is no such deficit. Every candidate is
     * scored, but only the page's reasons are put into words. Rankings and pages are kept while none of
     * {@link #RANKING_TABLES} nor the search index changed.
     */
    public PageResponse<Recommendation> rankFor(long deficitId, int page, int size, Locale locale) {
        long version = version();
        return pages.get(new PageQuestion(deficitId, page, size, locale.getLanguage()), version, () -> {
            List<Scored> ranked = ranked(deficitId, locale, version);
            int from = (int) Math.min((long) page * size, ranked.size());
            int to = Math.min(from + size, ranked.size());
            int pageCount = (ranked.size() + size - 1) / size;
            List<Recommendation> items = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                items.add(ranked.get(i).toRecommendation(i + 1, locale));
            }
            return new PageResponse<>(items, page, size, ranked.size(), pageCount);
        });
    }

    /** All qualifying practices of other regions, best first. */
    public List<Recommendation> rankFor(long deficitId, Locale locale) {
        List<Scored> ranked = ranked(deficitId, locale, version());
        List<Recommendation> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            result.add(ranked.get(i).toRecommendation(i + 1, locale));
        }
        return result;
    }

    /**
     * Moves on when a ranking table changes or the search index (which finds the text candidates) does: the index
     * is written after the commit, so a ranking made in between must not be kept under the tables' new count.
     */
    private long version() {
        return changes.version(RANKING_TABLES) + searchIndex.generation();
    }

    private List<Scored> ranked(long deficitId, Locale locale, long version) {
        return rankings.get(new RankingQuestion(deficitId, locale.getLanguage()), version,
                () -> score(deficitId, locale));
    }

    private List<Scored> score(long deficitId, Locale locale) {
        List<?> found = em.createNativeQuery("select d.region_code, d.title, d.description from deficit d where d.id = ?1")
                .setParameter(1, deficitId).getResultList();
        if (found.isEmpty()) {
            throw Problem.notFound("deficit.notFound", String.valueOf(deficitId));
        }
        Object[] deficit = (Object[]) found.get(0);
        String regionCode = (String) deficit[0];
        Map<String, Integer> deficitTerms = RussianTextSimilarity.termVector((String) deficit[1], (String) deficit[2]);

        Map<String, CategoryInfo> categories = categories();
        Set<String> exact = new LinkedHashSet<>(em.createNativeQuery(
                "select dc.category_code from deficit_category dc where dc.deficit_id = ?1 order by dc.category_code")
                .setParameter(1, deficitId).getResultList().stream().map(String.class::cast).toList());
        Set<String> groups = new LinkedHashSet<>();
        for (String code : exact) {
            CategoryInfo info = categories.get(code);
            groups.add(info == null || info.parentCode == null ? code : info.parentCode);
        }

        OfferedPractices offered = offered();
        Set<Long> candidateIds = new LinkedHashSet<>();
        if (!exact.isEmpty()) {
            candidateIds.addAll(offered.byCategory(regionCode, exact, groups, code -> {
                CategoryInfo info = categories.get(code);
                return info != null && info.parentCode != null && groups.contains(info.parentCode);
            }, CATEGORY_CANDIDATES));
        }
        // Text candidates: practices whose title or summary has one of the deficit's longest stems. The search
        // index (which analyses texts the same way) finds those that have it as a word, best first, instead of
        // a scan of every practice; other regions' offered practices among them are kept below.
        List<String> stems = RussianTextSimilarity.longestStems(deficitTerms, TEXT_STEMS, 4);
        Set<Long> textOnly = new LinkedHashSet<>();
        if (!stems.isEmpty()) {
            for (long id : offered.ofOtherRegions(
                    searchIndex.bestMatches(SearchType.PRACTICE, stems, 2 * TEXT_CANDIDATES), regionCode)) {
                if (candidateIds.add(id)) {
                    textOnly.add(id);
                }
            }
        }
        if (candidateIds.isEmpty()) {
            return List.of();
        }

        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        int textCandidates = 0;
        List<Object[]> missing = new ArrayList<>();
        for (Object row : em.createNativeQuery("select p.id, p.title, p.summary, r.name, p.maturity from practice p "
                + "join region r on r.code = p.region_code where p.id in (:ids) order by p.id")
                .setParameter("ids", candidateIds).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            OfferedPractices.Facts facts = offered.get(id);
            if (facts == null || (textOnly.contains(id)
                    && (textCandidates >= TEXT_CANDIDATES || !hasAny((String) r[1], (String) r[2], stems)))) {
                continue;
            }
            textCandidates += textOnly.contains(id) ? 1 : 0;
            Candidate c = new Candidate(new PracticeSummary(id, (String) r[1], facts.regionCode(), (String) r[3],
                    Maturity.valueOf((String) r[4]), facts.status()));
            c.terms = offered.vector(id);
            if (c.terms == null) {
                missing.add(r);
            }
            c.categoryCodes.addAll(List.of(facts.categoryCodes()));
            c.successfulAdoptions = facts.successfulAdoptions();
            candidates.put(c.practice.id(), c);
        }
        if (!missing.isEmpty()) {
            Map<Long, String> descriptions = new HashMap<>();
            for (Object row : em.createNativeQuery("select p.id, substr(p.description, 1, " + DESCRIPTION_CHARS
                    + ") from practice p where p.id in (:ids)")
                    .setParameter("ids", missing.stream().map(r -> ((Number) r[0]).longValue()).toList())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                descriptions.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            for (Object[] r : missing) {
                long id = ((Number) r[0]).longValue();
                candidates.get(id).terms = offered.keepVector(id, RussianTextSimilarity.termVector((String) r[1],
                        (String) r[2], descriptions.get(id)));
            }
        }

        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Scored s = score(c, exact, groups, categories, deficitTerms, locale);
            if (s != null) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparing(Scored::score).reversed().thenComparingLong(s -> s.practice.id()));
        return List.copyOf(scored);
    }

    private Scored score(Candidate c, Set<String> exact, Set<String> groups, Map<String, CategoryInfo> categories,
            Map<String, Integer> deficitTerms, Locale locale) {
        List<PendingReason> reasons = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        Set<String> relatedGroups = new LinkedHashSet<>();
        for (String code : c.categoryCodes) {
            CategoryInfo info = categories.get(code);
            String parent = info == null ? null : info.parentCode;
            if (exact.contains(code)) {
                shared.add(name(categories, code, locale));
            } else if (groups.contains(code) || (parent != null && groups.contains(parent))) {
                relatedGroups.add(name(categories, parent != null && groups.contains(parent) ? parent : code, locale));
            }
        }
        double closeness = RussianTextSimilarity.cosine(deficitTerms, c.terms);
        BigDecimal closenessRounded = BigDecimal.valueOf(closeness).setScale(2, RoundingMode.HALF_UP);
        if (shared.isEmpty() && relatedGroups.isEmpty() && closeness < STRONG_TEXT) {
            return null;
        }
        if (!shared.isEmpty()) {
            BigDecimal points = FIRST_SHARED.add(FURTHER_SHARED.multiply(BigDecimal.valueOf(shared.size() - 1L)))
                    .min(MAX_SHARED);
            reasons.add(reason(ReasonCode.SHARED_CATEGORIES, points, locale, "recommendation.reason.sharedCategories",
                    String.join(", ", shared)));
        } else if (!relatedGroups.isEmpty()) {
            reasons.add(reason(ReasonCode.RELATED_CATEGORIES, RELATED, locale, "recommendation.reason.relatedCategories",
                    String.join(", ", relatedGroups)));
        }
        if (closenessRounded.signum() > 0) {
            reasons.add(reason(ReasonCode.TEXT_SIMILARITY, BigDecimal.valueOf(TEXT_WEIGHT * closeness), locale,
                    "recommendation.reason.text", closenessRounded.doubleValue()));
        }
        BigDecimal statusPoints = switch (c.practice.status()) {
            case RECOMMENDED -> BigDecimal.TEN;
            case VERIFIED -> BigDecimal.valueOf(6);
            default -> BigDecimal.ZERO;
        };
        if (statusPoints.signum() > 0) {
            reasons.add(reason(ReasonCode.STATUS, statusPoints, locale,
                    "recommendation.reason.status." + c.practice.status()));
        }
        BigDecimal maturityPoints = switch (c.practice.maturity()) {
            case SUSTAINABLE -> BigDecimal.TEN;
            case ESTABLISHED -> BigDecimal.valueOf(6);
            case EMERGING -> BigDecimal.valueOf(2);
        };
        String maturityKey = "recommendation.maturity." + c.practice.maturity(); // a kept ranking keeps no candidate
        reasons.add(reason(ReasonCode.MATURITY, maturityPoints, locale, "recommendation.reason.maturity",
                (Messages.Localizable) l -> Messages.text(l, maturityKey)));
        if (c.successfulAdoptions > 0) {
            int n = c.successfulAdoptions;
            boolean one = n % 10 == 1 && n % 100 != 11;
            reasons.add(reason(ReasonCode.SUCCESSFUL_ADOPTIONS,
                    PER_ADOPTION.multiply(BigDecimal.valueOf(n)).min(MAX_ADOPTIONS), locale,
                    one ? "recommendation.reason.adoptions.one" : "recommendation.reason.adoptions.many",
                    String.valueOf(n)));
        }
        BigDecimal total = reasons.stream().map(PendingReason::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new Scored(c.practice, total, reasons);
    }

    private static PendingReason reason(ReasonCode code, BigDecimal points, Locale locale, String key,
            Object... args) {
        return new PendingReason(code, points.setScale(2, RoundingMode.HALF_UP), key, args);
    }

    /** A reason with its points, put into words only when its recommendation is on the page asked for. */
    private record PendingReason(ReasonCode code, BigDecimal points, String key, Object[] args) {

        Reason toReason(Locale locale) {
            return new Reason(code, Messages.text(locale, key, args), points);
        }
    }

    /** A category's name as a reason shows it: in the caller's language, lower-cased unless an abbreviation. */
    private static String name(Map<String, CategoryInfo> categories, String code, Locale locale) {
        CategoryInfo info = categories.get(code);
        if (info == null) {
            return code;
        }
        String name = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && info.nameEn != null
                ? info.nameEn : info.name;
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return name.substring(0, 1).toLowerCase(locale) + name.substring(1);
        }
        return name;
    }

    private OfferedPractices offered() {
        long version = changes.version(OfferedPractices.TABLES);
        return offered.get("all", version, () -> OfferedPractices.read(em));
    }

    /** The whole taxonomy: a few dozen rows, read once per ranking. */
    private Map<String, CategoryInfo> categories() {
        Map<String, CategoryInfo> result = new HashMap<>();
        for (Object row : em.createNativeQuery("select c.code, c.parent_code, c.name, c.name_en from category c")
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.put((String) r[0], new CategoryInfo((String) r[1], (String) r[2], (String) r[3]));
        }
        return result;
    }

    /** Whether the title or summary has one of the stems in it (lower case). */
    private static boolean hasAny(String title, String summary, List<String> stems) {
        String text = ((title == null ? "" : title) + " " + (summary == null ? "" : summary)).toLowerCase(Locale.ROOT);
        return stems.stream().anyMatch(text::contains);
    }

    private record CategoryInfo(String parentCode, String name, String nameEn) {
    }

    private static final class Candidate {
        final PracticeSummary practice;
        final List<String> categoryCodes = new ArrayList<>();
        RussianTextSimilarity.Kept terms;
        int successfulAdoptions;

        Candidate(PracticeSummary practice) {
            this.practice = practice;
        }
    }

    private record Scored(PracticeSummary practice, BigDecimal score, List<PendingReason> reasons) {

        Recommendation toRecommendation(int rank, Locale locale) {
            return new Recommendation(rank, score, practice, reasons.stream().map(r -> r.toReason(locale)).toList());
        }
    }
}
