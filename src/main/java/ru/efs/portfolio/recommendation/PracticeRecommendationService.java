package ru.efs.portfolio.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
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
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.recommendation.OfferedPractices.Facts;
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
 * ({@value Points#STRONG_TEXT} or more). Ties go to the smaller practice id; a ranking holds the best
 * {@value #MAX_RANKED}. Candidates come from the index of offered practices ({@link OfferedPractices}): those in
 * one of the deficit's categories or their groups, and those whose title or summary has one of the deficit's
 * {@value #TEXT_STEMS} longest stems; only they are scored.
 *
 * <p>A ranking is kept per deficit (Caffeine, {@code efs.recommendations.kept-rankings}) as ids and scores, with the
 * question it answers. A practice write changes only the rankings it can change: one that holds the practice at a
 * score it no longer has, or one whose deficit it now matches (by category or title word) with a score that enters
 * the ranking; where it keeps its score, only the ranking's pages are made again (the title may be new). A deficit
 * write drops its own ranking; a change of categories or regions drops them all. Pages are made from the kept
 * ranking and kept while it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PracticeRecommendationService implements EntityWriteListener {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** The highest score, in hundredths. */
    private static final int MAX_TOTAL = 100_00;
    private static final long ID_BITS = (1L << 40) - 1;
    /** The best this many make a ranking: five pages of the largest size. */
    static final int MAX_RANKED = 250;
    /** How many of the deficit's words (the longest stems) look for text candidates. */
    static final int TEXT_STEMS = 4;
    static final String TOPIC = "ranked-deficits";
    /** A change of the taxonomy changes which categories relate: every ranking is made again. */
    private static final List<String> CATEGORY_TABLES = List.of("category");


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

    /**
     * A kept ranking: the practices in order with their scores (hundredths), and the question, so that a practice
     * write can tell whether it may change it.
     */
    private record Ranking(Question question, long version, long[] practiceIds, int[] hundredths) {

        /**
         * This ranking after a practice changed: itself when the change cannot move it, a copy (its pages made
         * again) when the practice keeps its place but what it shows may differ, or {@code null} when it must be
         * made again.
         */
        Ranking after(long practiceId, Facts now) {
            int at = -1;
            for (int i = 0; i < practiceIds.length; i++) {
                if (practiceIds[i] == practiceId) {
                    at = i;
                    break;
                }
            }
            Points points = question.matches(now) ? Points.of(now, question) : null;
            if (at < 0) {
                int n = practiceIds.length;
                boolean belowTheLast = n == MAX_RANKED && points != null && (points.total() < hundredths[n - 1]
                        || points.total() == hundredths[n - 1] && practiceId > practiceIds[n - 1]);
                return points == null || belowTheLast ? this : null;
            }
            return points != null && points.total() == hundredths[at]
                    ? new Ranking(question, version, practiceIds, hundredths) : null;
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
            Points points = facts == null ? null : Points.of(facts, ranking.question());
            if (points != null) { // else gone since: its write is dropping this ranking
                items.add(points.toRecommendation(i + 1, ranking.question(), locale));
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
        Set<Long> candidates = offered.candidates(question.regionCode(), question.relatedCodes(), question.stems());
        long[] scored = new long[candidates.size()]; // total in the high bits, id in the low: one sort orders both
        int n = 0;
        for (long id : candidates) {
            Facts facts = offered.get(id);
            Points points = facts == null ? null : Points.of(facts, question);
            if (points != null) {
                scored[n++] = ((long) (MAX_TOTAL - points.total()) << 40) | id;
            }
        }
        Arrays.sort(scored, 0, n);
        n = Math.min(n, MAX_RANKED);
        long[] ids = new long[n];
        int[] hundredths = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = scored[i] & ID_BITS;
            hundredths[i] = MAX_TOTAL - (int) (scored[i] >>> 40);
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
        Map<String, Question.CategoryInfo> categories = categories();
        Set<String> exact = new LinkedHashSet<>(em.createNativeQuery(
                "select dc.category_code from deficit_category dc where dc.deficit_id = ?1 order by dc.category_code")
                .setParameter(1, deficitId).getResultList().stream().map(String.class::cast).toList());
        Set<String> groups = new LinkedHashSet<>();
        for (String code : exact) {
            Question.CategoryInfo info = categories.get(code);
            groups.add(info == null || info.parentCode() == null ? code : info.parentCode());
        }
        Set<String> related = new LinkedHashSet<>(exact);
        related.addAll(groups);
        categories.forEach((code, info) -> {
            if (info.parentCode() != null && groups.contains(info.parentCode())) {
                related.add(code);
            }
        });
        return new Question(deficitId, (String) deficit[0], terms, RussianTextSimilarity.norm(terms), Set.copyOf(exact),
                Set.copyOf(groups),
                Set.copyOf(related), RussianTextSimilarity.longestStems(terms, TEXT_STEMS, 4), categories);
    }

    /** A practice was written and read again: the rankings it can change are made again, the others stay. */
    void practiceChanged(@Observes OfferedPractices.Changed change) {
        for (Map.Entry<Long, Ranking> entry : rankings.asMap().entrySet()) {
            Ranking before = entry.getValue();
            Ranking after = before.after(change.id(), change.now());
            if (after == null) {
                rankings.asMap().remove(entry.getKey(), before);
            } else if (after != before) {
                rankings.asMap().replace(entry.getKey(), before, after);
            }
        }
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

    /** The whole taxonomy: a few dozen rows, read once per ranking made. */
    private Map<String, Question.CategoryInfo> categories() {
        Map<String, Question.CategoryInfo> result = new HashMap<>();
        for (Object row : em.createNativeQuery("select c.code, c.parent_code, c.name, c.name_en from category c")
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.put((String) r[0], new Question.CategoryInfo((String) r[1], (String) r[2], (String) r[3]));
        }
        return result;
    }
}
