package ru.efs.portfolio.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.CommittedWrites;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.EntityWriteListener;
import ru.efs.portfolio.common.KeptJson;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.recommendation.OfferedPractices.Facts;
import ru.efs.portfolio.recommendation.RecommendationDtos.PracticeSummary;
import ru.efs.portfolio.recommendation.RecommendationDtos.Reason;
import ru.efs.portfolio.recommendation.RecommendationDtos.ReasonCode;
import ru.efs.portfolio.recommendation.RecommendationDtos.Recommendation;

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
 * ({@value #STRONG_TEXT} or more). Ties go to the smaller practice id; a ranking holds the best
 * {@value #MAX_RANKED}. Candidates come from the index of offered practices ({@link OfferedPractices}): those in
 * one of the deficit's categories or their groups, and those whose title or summary has one of the deficit's
 * {@value #TEXT_STEMS} longest stems; only they are scored.
 *
 * <p>A ranking is kept per deficit (Caffeine, {@code efs.recommendations.kept-rankings}) with what it was made from.
 * A practice write drops only the rankings it can change: those that hold the practice, and those whose deficit it
 * now matches by category or title word. A deficit write drops its own ranking; a change of categories or regions
 * drops them all. Pages are made from the kept ranking; a page is kept while its ranking is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PracticeRecommendationService implements EntityWriteListener {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** The best this many make a ranking: five pages of the largest size. */
    static final int MAX_RANKED = 250;
    static final double STRONG_TEXT = 0.30;
    /** How many of the deficit's words (the longest stems) look for text candidates. */
    static final int TEXT_STEMS = 4;
    static final String TOPIC = "ranked-deficits";
    /** A change of the taxonomy changes which categories relate: every ranking is made again. */
    private static final List<String> CATEGORY_TABLES = List.of("category");

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
    OfferedPractices offered;

    @Inject
    ChangeFeed feed;

    @Inject
    CommittedWrites writes;

    private final Cache<Long, Ranking> rankings;
    private final Cache<PageQuestion, KeptPage> pages;
    /** Grows with every deficit write seen: a ranking made across one is not kept. */
    private final AtomicLong deficitWrites = new AtomicLong();

    private record PageQuestion(long deficitId, int page, int size, String language) {
    }

    private record KeptPage(Ranking ranking, PageResponse<Recommendation> page) {
    }

    PracticeRecommendationService(EfsConfig config) {
        int keptRankings = config.recommendations().keptRankings();
        this.rankings = Caffeine.newBuilder().maximumSize(keptRankings).build();
        this.pages = Caffeine.newBuilder().maximumSize(4L * keptRankings).build();
    }

    /** What a deficit's ranking is made from, and the categories its practices are matched against. */
    private record Question(long deficitId, String regionCode, Map<String, Integer> terms, Set<String> exact,
            Set<String> groups, Set<String> relatedCodes, List<String> stems, Map<String, CategoryInfo> categories) {
    }

    /**
     * A kept ranking: the practices in order with their scores (hundredths), and the question, so that a practice
     * write can tell whether it may change it.
     */
    private record Ranking(Question question, long version, long[] practiceIds, int[] hundredths) {

        boolean holds(long practiceId) {
            for (long id : practiceIds) {
                if (id == practiceId) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the practice, as it is now, would be a candidate of this ranking. */
        boolean matches(Facts facts) {
            if (facts == null || facts.regionCode().equals(question.regionCode())) {
                return false;
            }
            for (String code : facts.categoryCodes()) {
                if (question.relatedCodes().contains(code)) {
                    return true;
                }
            }
            for (String stem : facts.titleStems()) {
                if (question.stems().contains(stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A page of the ranked recommendations for the deficit; 404 when there is no such deficit. Only the page's
     * reasons are put into words.
     */
    public PageResponse<Recommendation> rankFor(long deficitId, int page, int size, Locale locale) {
        Ranking ranking = ranking(deficitId);
        PageQuestion question = new PageQuestion(deficitId, page, size, locale.getLanguage());
        KeptPage kept = pages.getIfPresent(question);
        if (kept != null && kept.ranking() == ranking) {
            return kept.page();
        }
        int total = ranking.practiceIds().length;
        int from = (int) Math.min((long) page * size, total);
        int to = Math.min(from + size, total);
        List<Recommendation> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Facts facts = offered.get(ranking.practiceIds()[i]);
            Scored scored = facts == null ? null : score(facts, ranking.question(), locale);
            if (scored != null) { // else gone since: its write is dropping this ranking
                items.add(scored.toRecommendation(i + 1, locale));
            }
        }
        PageResponse<Recommendation> answer = KeptJson.keep(
                new PageResponse<>(items, page, size, total, (total + size - 1) / size));
        pages.put(question, new KeptPage(ranking, answer));
        return answer;
    }

    /** The kept ranking, or a fresh one; one caller makes it while the others asking for it wait. */
    private Ranking ranking(long deficitId) {
        feed.caughtUp();
        long version = offered.version() + feed.version(CATEGORY_TABLES);
        Ranking kept = rankings.getIfPresent(deficitId);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        long practicesBefore = offered.applied();
        long deficitsBefore = deficitWrites.get();
        boolean[] made = {false};
        Ranking ranking = rankings.asMap().compute(deficitId, (id, old) -> {
            if (old != null && old.version() == version) {
                return old;
            }
            made[0] = true;
            return rank(deficitId, version);
        });
        if (made[0] && (offered.applied() != practicesBefore || deficitWrites.get() != deficitsBefore)) {
            rankings.asMap().remove(deficitId, ranking); // a write came between: good for this answer only
        }
        return ranking;
    }

    private Ranking rank(long deficitId, long version) {
        Question question = question(deficitId);
        List<Scored> scored = new ArrayList<>();
        for (long id : offered.candidates(question.regionCode(), question.relatedCodes(), question.stems())) {
            Facts facts = offered.get(id);
            Scored s = facts == null ? null : score(facts, question, null);
            if (s != null) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparing(Scored::score).reversed().thenComparingLong(s -> s.practice.id()));
        int n = Math.min(scored.size(), MAX_RANKED);
        long[] ids = new long[n];
        int[] hundredths = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = scored.get(i).practice().id();
            hundredths[i] = scored.get(i).score().movePointRight(2).intValueExact();
        }
        return new Ranking(question, version, ids, hundredths);
    }

    /** The deficit as a ranking sees it; 404 when there is none. */
    private Question question(long deficitId) {
        List<?> found = em.createNativeQuery(
                "select d.region_code, d.title, d.description from deficit d where d.id = ?1")
                .setParameter(1, deficitId).getResultList();
        if (found.isEmpty()) {
            throw Problem.notFound("deficit.notFound", String.valueOf(deficitId));
        }
        Object[] deficit = (Object[]) found.get(0);
        Map<String, Integer> terms = RussianTextSimilarity.termVector((String) deficit[1], (String) deficit[2]);
        Map<String, CategoryInfo> categories = categories();
        Set<String> exact = new LinkedHashSet<>(em.createNativeQuery(
                "select dc.category_code from deficit_category dc where dc.deficit_id = ?1 order by dc.category_code")
                .setParameter(1, deficitId).getResultList().stream().map(String.class::cast).toList());
        Set<String> groups = new LinkedHashSet<>();
        for (String code : exact) {
            CategoryInfo info = categories.get(code);
            groups.add(info == null || info.parentCode == null ? code : info.parentCode);
        }
        Set<String> related = new LinkedHashSet<>(exact);
        related.addAll(groups);
        categories.forEach((code, info) -> {
            if (info.parentCode != null && groups.contains(info.parentCode)) {
                related.add(code);
            }
        });
        return new Question(deficitId, (String) deficit[0], terms, Set.copyOf(exact), Set.copyOf(groups),
                Set.copyOf(related), RussianTextSimilarity.longestStems(terms, TEXT_STEMS, 4), categories);
    }

    /** A practice was written and read again: drop the rankings it can change. */
    void practiceChanged(@Observes OfferedPractices.Changed change) {
        rankings.asMap().values().removeIf(r -> r.holds(change.id()) || r.matches(change.now()));
    }

    @Override
    public void saved(Object entity) {
        if (entity instanceof Deficit deficit) {
            deficitWritten(() -> deficit.id);
        }
    }

    @Override
    public void removed(Object entity, Object id) {
        if (entity instanceof Deficit && id instanceof Number number) {
            deficitWritten(number::longValue);
        }
    }

    /** Another instance wrote deficits: their rankings go here too. */
    void changedElsewhere(@Observes ChangeFeed.Change change) {
        dropDeficits(change.notes(TOPIC));
    }

    private void deficitWritten(Supplier<Long> id) {
        writes.written(TOPIC, () -> id.get() == null ? null : id.get().toString(), this::dropDeficits);
    }

    private void dropDeficits(Set<String> ids) {
        ids.forEach(id -> dropDeficit(Long.parseLong(id)));
    }

    private void dropDeficit(long deficitId) {
        deficitWrites.incrementAndGet();
        rankings.invalidate(deficitId);
    }

    /**
     * The score of an offered practice for the question, with its reasons, or {@code null} when it does not
     * qualify. Category names go into the reasons in the language given; {@code null} (ranking, no words) leaves
     * them out.
     */
    private Scored score(Facts facts, Question question, Locale locale) {
        Map<String, CategoryInfo> categories = question.categories();
        List<String> shared = new ArrayList<>();
        Set<String> relatedGroups = new LinkedHashSet<>();
        for (String code : facts.categoryCodes()) {
            CategoryInfo info = categories.get(code);
            String parent = info == null ? null : info.parentCode;
            if (question.exact().contains(code)) {
                shared.add(locale == null ? code : name(categories, code, locale));
            } else if (question.groups().contains(code) || (parent != null && question.groups().contains(parent))) {
                String group = parent != null && question.groups().contains(parent) ? parent : code;
                relatedGroups.add(locale == null ? group : name(categories, group, locale));
            }
        }
        double closeness = RussianTextSimilarity.cosine(question.terms(), facts.terms());
        if (shared.isEmpty() && relatedGroups.isEmpty() && closeness < STRONG_TEXT) {
            return null;
        }
        BigDecimal closenessRounded = BigDecimal.valueOf(closeness).setScale(2, RoundingMode.HALF_UP);
        List<PendingReason> reasons = new ArrayList<>();
        if (!shared.isEmpty()) {
            BigDecimal points = FIRST_SHARED.add(FURTHER_SHARED.multiply(BigDecimal.valueOf(shared.size() - 1L)))
                    .min(MAX_SHARED);
            reasons.add(reason(ReasonCode.SHARED_CATEGORIES, points, "recommendation.reason.sharedCategories",
                    String.join(", ", shared)));
        } else if (!relatedGroups.isEmpty()) {
            reasons.add(reason(ReasonCode.RELATED_CATEGORIES, RELATED, "recommendation.reason.relatedCategories",
                    String.join(", ", relatedGroups)));
        }
        if (closenessRounded.signum() > 0) {
            reasons.add(reason(ReasonCode.TEXT_SIMILARITY, BigDecimal.valueOf(TEXT_WEIGHT * closeness),
                    "recommendation.reason.text", closenessRounded.doubleValue()));
        }
        BigDecimal statusPoints = switch (facts.status()) {
            case RECOMMENDED -> BigDecimal.TEN;
            case VERIFIED -> BigDecimal.valueOf(6);
            default -> BigDecimal.ZERO;
        };
        if (statusPoints.signum() > 0) {
            reasons.add(reason(ReasonCode.STATUS, statusPoints, "recommendation.reason.status." + facts.status()));
        }
        BigDecimal maturityPoints = switch (facts.maturity()) {
            case SUSTAINABLE -> BigDecimal.TEN;
            case ESTABLISHED -> BigDecimal.valueOf(6);
            case EMERGING -> BigDecimal.valueOf(2);
        };
        reasons.add(reason(ReasonCode.MATURITY, maturityPoints, "recommendation.reason.maturity",
                (Messages.Localizable) l -> Messages.text(l, "recommendation.maturity." + facts.maturity())));
        int n = facts.successfulAdoptions();
        if (n > 0) {
            boolean one = n % 10 == 1 && n % 100 != 11;
            reasons.add(reason(ReasonCode.SUCCESSFUL_ADOPTIONS,
                    PER_ADOPTION.multiply(BigDecimal.valueOf(n)).min(MAX_ADOPTIONS),
                    one ? "recommendation.reason.adoptions.one" : "recommendation.reason.adoptions.many",
                    String.valueOf(n)));
        }
        BigDecimal total = reasons.stream().map(PendingReason::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        PracticeSummary practice = new PracticeSummary(facts.id(), facts.title(), facts.regionCode(),
                facts.regionName(), facts.maturity(), facts.status());
        return new Scored(practice, total, reasons);
    }

    private static PendingReason reason(ReasonCode code, BigDecimal points, String key, Object... args) {
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

    /** The whole taxonomy: a few dozen rows, read once per ranking made. */
    private Map<String, CategoryInfo> categories() {
        Map<String, CategoryInfo> result = new HashMap<>();
        for (Object row : em.createNativeQuery("select c.code, c.parent_code, c.name, c.name_en from category c")
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.put((String) r[0], new CategoryInfo((String) r[1], (String) r[2], (String) r[3]));
        }
        return result;
    }

    private record CategoryInfo(String parentCode, String name, String nameEn) {
    }

    private record Scored(PracticeSummary practice, BigDecimal score, List<PendingReason> reasons) {

        Recommendation toRecommendation(int rank, Locale locale) {
            return new Recommendation(rank, score, practice, reasons.stream().map(r -> r.toReason(locale)).toList());
        }
    }
}
