package ru.efs.portfolio.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.efs.portfolio.analytics.AnalyticsDtos.DeficitFigures;
import ru.efs.portfolio.analytics.AnalyticsDtos.Funnel;
import ru.efs.portfolio.analytics.AnalyticsDtos.FunnelStage;
import ru.efs.portfolio.analytics.AnalyticsDtos.MonthCount;
import ru.efs.portfolio.analytics.AnalyticsDtos.Overview;
import ru.efs.portfolio.analytics.AnalyticsDtos.RegionCoverage;
import ru.efs.portfolio.analytics.AnalyticsDtos.RegionProjects;
import ru.efs.portfolio.analytics.AnalyticsDtos.UncoveredCategory;
import ru.efs.portfolio.analytics.AnalyticsDtos.UncoveredDeficit;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.region.FederalDistrict;

/**
 * Figures for dashboards. Every figure is one set-based statement grouped in the database (by status, stage,
 * region or federal district), so the cost grows with the number of groups, not with the rows behind them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnalyticsService {

    public static final int UNCOVERED_PER_CATEGORY = 20;
    public static final int MAX_MONTHS = 120;
    public static final Map<String, String> COVERAGE_SORTABLE = Map.of(
            "regionCode", "regionCode", "regionName", "regionName", "coverage", "coverage", "deficits", "deficits");
    public static final String COVERAGE_DEFAULT_SORT = "regionCode,asc";
    /** Grouping key of the regions that have no federal district. */
    private static final String NO_DISTRICT = "";

    @Inject
    EntityManager em;

    /** Where a figure is taken: the whole country, one federal district and/or one region (codes already checked). */
    public record Scope(String federalDistrictCode, String regionCode) {

        /** SQL conditions on the region alias {@code r}, starting with " and". */
        String conditions() {
            return (federalDistrictCode == null ? "" : " and r.federal_district_code = :fd")
                    + (regionCode == null ? "" : " and r.code = :region");
        }

        Query bind(Query query) {
            if (federalDistrictCode != null) {
                query.setParameter("fd", federalDistrictCode);
            }
            if (regionCode != null) {
                query.setParameter("region", regionCode);
            }
            return query;
        }
    }

    // ---- uncovered deficits ----

    /**
     * Open deficits that no live (not rejected) project addresses and whose categories no offered practice
     * (submitted, verified or recommended) of another region shares, grouped by category; a deficit with two
     * categories counts in both groups.
     */
    public List<UncoveredCategory> uncoveredDeficits(Scope scope, Locale locale) {
        String uncovered = "from deficit d join region r on r.code = d.region_code "
                + "join deficit_category dc on dc.deficit_id = d.id "
                + "where d.status = 'OPEN'" + scope.conditions()
                + " and not exists (select 1 from project_deficit pd join project pr on pr.id = pd.project_id "
                + "where pd.deficit_id = d.id and pr.stage <> 'REJECTED')"
                + " and not exists (select 1 from deficit_category own "
                + "join practice_category pc on pc.category_code = own.category_code "
                + "join practice p on p.id = pc.practice_id "
                + "where own.deficit_id = d.id and p.region_code <> d.region_code "
                + "and p.status in ('SUBMITTED', 'VERIFIED', 'RECOMMENDED'))";
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : scope.bind(em.createNativeQuery("select dc.category_code, count(*) " + uncovered
                + " group by dc.category_code")).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, List<UncoveredDeficit>> firsts = new HashMap<>();
        for (Object row : scope.bind(em.createNativeQuery("select x.category_code, x.id, x.title, x.region_code, x.severity "
                + "from (select dc.category_code, d.id, d.title, d.region_code, d.severity, row_number() over ("
                + "partition by dc.category_code order by " + severityRank("d.severity") + " desc, d.id) as n "
                + uncovered + ") x where x.n <= " + UNCOVERED_PER_CATEGORY + " order by x.category_code, x.n"))
                .getResultList()) {
            Object[] r = (Object[]) row;
            firsts.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new UncoveredDeficit(
                    ((Number) r[1]).longValue(), (String) r[2], (String) r[3], Severity.valueOf((String) r[4])));
        }
        Map<String, Object[]> names = new HashMap<>();
        for (Object row : em.createNativeQuery("select c.code, c.name, c.name_en, c.sort_order from category c "
                + "where c.code in (:codes)").setParameter("codes", counts.keySet()).getResultList()) {
            Object[] r = (Object[]) row;
            names.put((String) r[0], r);
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        List<UncoveredCategory> result = new ArrayList<>();
        counts.forEach((code, count) -> {
            Object[] name = names.get(code);
            String text = name == null ? code : english && name[2] != null ? (String) name[2] : (String) name[1];
            result.add(new UncoveredCategory(code, text, count, firsts.getOrDefault(code, List.of())));
        });
        Map<String, Integer> order = new HashMap<>();
        names.forEach((code, row) -> order.put(code, ((Number) row[3]).intValue()));
        result.sort(Comparator.comparingLong(UncoveredCategory::count).reversed()
                .thenComparing(c -> order.getOrDefault(c.categoryCode(), Integer.MAX_VALUE))
                .thenComparing(UncoveredCategory::categoryCode));
        return result;
    }

    private static String severityRank(String column) {
        return "case " + column + " when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end";
    }

    // ---- overview ----

    public Overview overview(Scope scope) {
        Map<String, Figures> byDistrict = figuresByDistrict(scope);
        Figures total = new Figures();
        byDistrict.values().forEach(total::add);
        String name = null;
        if (scope.federalDistrictCode() != null) {
            name = FederalDistrict.<FederalDistrict>findById(scope.federalDistrictCode()).name;
        }
        return total.toOverview(scope.federalDistrictCode(), name);
    }

    /** The overview of each of the eight federal districts, in the reference order of their codes. */
    public List<Overview> districts() {
        Map<String, Figures> byDistrict = figuresByDistrict(new Scope(null, null));
        List<Overview> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("select f.code, f.name from federal_district f order by f.code")
                .getResultList()) {
            Object[] r = (Object[]) row;
            Figures figures = byDistrict.getOrDefault((String) r[0], new Figures());
            result.add(figures.toOverview((String) r[0], (String) r[1]));
        }
        return result;
    }

    /** One grouped statement per figure, each grouped by federal district. */
    private Map<String, Figures> figuresByDistrict(Scope scope) {
        Map<String, Figures> result = new HashMap<>();
        String where = " where 1 = 1" + scope.conditions();
        for (Object[] r : rows(scope, "select r.federal_district_code, count(*) from region r" + where
                + " group by r.federal_district_code")) {
            figures(result, r[0]).regions = count(r[1]);
        }
        for (Object[] r : rows(scope, "select r.federal_district_code, count(distinct p.region_code) from portfolio p "
                + "join region r on r.code = p.region_code" + where + " group by r.federal_district_code")) {
            figures(result, r[0]).regionsWithPortfolios = count(r[1]);
        }
        for (Object[] r : rows(scope, "select r.federal_district_code, d.status, count(*) from deficit d "
                + "join region r on r.code = d.region_code" + where + " group by r.federal_district_code, d.status")) {
            figures(result, r[0]).deficits.merge((String) r[1], count(r[2]), Long::sum);
        }
        for (Object[] r : rows(scope, "select r.federal_district_code, p.status, count(*) from practice p "
                + "join region r on r.code = p.region_code" + where + " group by r.federal_district_code, p.status")) {
            figures(result, r[0]).practices.merge((String) r[1], count(r[2]), Long::sum);
        }
        for (Object[] r : rows(scope, "select r.federal_district_code, pr.stage, count(*) from project pr "
                + "join portfolio po on po.id = pr.portfolio_id join region r on r.code = po.region_code" + where
                + " group by r.federal_district_code, pr.stage")) {
            figures(result, r[0]).projects.merge((String) r[1], count(r[2]), Long::sum);
        }
        // A session without a host region (none in practice) still counts nationally.
        String sessionWhere = " where s.status <> 'CANCELLED'" + scope.conditions();
        for (Object[] r : rows(scope, "select r.federal_district_code, count(*) from strategic_session s "
                + "left join region r on r.code = s.host_region_code" + sessionWhere
                + " group by r.federal_district_code")) {
            figures(result, r[0]).sessions = count(r[1]);
        }
        return result;
    }

    private static Figures figures(Map<String, Figures> byDistrict, Object district) {
        return byDistrict.computeIfAbsent(district == null ? NO_DISTRICT : (String) district, k -> new Figures());
    }

    private static final class Figures {
        long regions;
        long regionsWithPortfolios;
        long sessions;
        final Map<String, Long> deficits = new HashMap<>();
        final Map<String, Long> practices = new HashMap<>();
        final Map<String, Long> projects = new HashMap<>();

        void add(Figures other) {
            regions += other.regions;
            regionsWithPortfolios += other.regionsWithPortfolios;
            sessions += other.sessions;
            other.deficits.forEach((k, v) -> deficits.merge(k, v, Long::sum));
            other.practices.forEach((k, v) -> practices.merge(k, v, Long::sum));
            other.projects.forEach((k, v) -> projects.merge(k, v, Long::sum));
        }

        Overview toOverview(String districtCode, String districtName) {
            long open = deficits.getOrDefault(DeficitStatus.OPEN.name(), 0L);
            long addressed = deficits.getOrDefault(DeficitStatus.ADDRESSED.name(), 0L);
            long closed = deficits.getOrDefault(DeficitStatus.CLOSED.name(), 0L);
            Map<String, Long> practicesByStatus = new LinkedHashMap<>();
            for (PracticeStatus status : PracticeStatus.values()) {
                practicesByStatus.put(status.name(), practices.getOrDefault(status.name(), 0L));
            }
            Map<String, Long> projectsByStage = new LinkedHashMap<>();
            for (ProjectStage stage : ProjectStage.values()) {
                projectsByStage.put(stage.name(), projects.getOrDefault(stage.name(), 0L));
            }
            return new Overview(districtCode, districtName, regions, regionsWithPortfolios,
                    new DeficitFigures(open, addressed, closed, open + addressed + closed), practicesByStatus,
                    projectsByStage, sessions);
        }
    }

    // ---- coverage ----

    /** Per region of the scope: deficits, how many are covered (addressed or closed), practices and projects. */
    public PageResponse<RegionCoverage> coverage(Scope scope, PageRequest page) {
        String where = " where 1 = 1" + scope.conditions();
        Map<String, long[]> deficits = new HashMap<>();
        for (Object[] r : rows(scope, "select d.region_code, count(*), sum(case when d.status in ('ADDRESSED', 'CLOSED') "
                + "then 1 else 0 end) from deficit d join region r on r.code = d.region_code" + where
                + " group by d.region_code")) {
            deficits.put((String) r[0], new long[] {count(r[1]), count(r[2])});
        }
        Map<String, Long> practices = new HashMap<>();
        for (Object[] r : rows(scope, "select p.region_code, count(*) from practice p "
                + "join region r on r.code = p.region_code" + where + " group by p.region_code")) {
            practices.put((String) r[0], count(r[1]));
        }
        Map<String, Long> projects = new HashMap<>();
        for (Object[] r : rows(scope, "select po.region_code, count(*) from project pr "
                + "join portfolio po on po.id = pr.portfolio_id join region r on r.code = po.region_code" + where
                + " group by po.region_code")) {
            projects.put((String) r[0], count(r[1]));
        }
        List<RegionCoverage> all = new ArrayList<>();
        for (Object[] r : rows(scope, "select r.code, r.name, r.federal_district_code from region r" + where)) {
            String code = (String) r[0];
            long[] d = deficits.getOrDefault(code, new long[2]);
            BigDecimal ratio = d[0] == 0 ? null
                    : BigDecimal.valueOf(d[1]).divide(BigDecimal.valueOf(d[0]), 2, RoundingMode.HALF_UP);
            all.add(new RegionCoverage(code, (String) r[1], (String) r[2], d[0], d[1], ratio,
                    practices.getOrDefault(code, 0L), projects.getOrDefault(code, 0L)));
        }
        Comparator<RegionCoverage> order = switch (page.sortField()) {
            case "regionName" -> Comparator.comparing(RegionCoverage::regionName, NameOrder.COMPARATOR);
            case "coverage" -> Comparator.comparing(RegionCoverage::coverage,
                    page.ascending() ? Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())
                            : Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
            case "deficits" -> Comparator.comparingLong(RegionCoverage::deficits);
            default -> Comparator.comparing(RegionCoverage::regionCode);
        };
        if (!page.ascending()) {
            order = order.reversed();
        }
        all.sort(order.thenComparing(RegionCoverage::regionCode));
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size(), c -> c);
    }

    // ---- funnel ----


    /** Projects per stage now, and how many ever reached each stage (stage history plus the current stage). */
    public Funnel funnel(Integer year, Scope scope) {
        String where = " where 1 = 1" + scope.conditions() + (year == null ? "" : " and po.year_number = :year");
        String joins = " join portfolio po on po.id = pr.portfolio_id join region r on r.code = po.region_code";
        Map<String, Long> current = new HashMap<>();
        for (Object[] r : rows(scope, year, "select pr.stage, count(*) from project pr" + joins + where
                + " group by pr.stage")) {
            current.put((String) r[0], count(r[1]));
        }
        Map<String, Long> reached = new HashMap<>();
        for (Object[] r : rows(scope, year, "select x.stage, count(distinct x.project_id) from ("
                + "select c.project_id, c.to_stage as stage from project_stage_change c "
                + "union select p.id, p.stage from project p) x join project pr on pr.id = x.project_id" + joins + where
                + " group by x.stage")) {
            reached.put((String) r[0], count(r[1]));
        }
        List<FunnelStage> stages = new ArrayList<>();
        long total = 0;
        for (ProjectStage stage : ProjectStage.values()) {
            long now = current.getOrDefault(stage.name(), 0L);
            total += now;
            stages.add(new FunnelStage(stage, now, reached.getOrDefault(stage.name(), 0L)));
        }
        return new Funnel(year, total, stages);
    }

    // ---- projects per region ----

    /** Projects per region at one stage (or at any), in one grouped count; regions without any are left out. */
    public List<RegionProjects> projectsByRegion(ProjectStage stage, Integer year, Scope scope) {
        String sql = "select po.region_code, count(*) from project pr join portfolio po on po.id = pr.portfolio_id"
                + " join region r on r.code = po.region_code where 1 = 1" + scope.conditions()
                + (year == null ? "" : " and po.year_number = :year") + (stage == null ? "" : " and pr.stage = :stage")
                + " group by po.region_code order by po.region_code";
        Query query = scope.bind(em.createNativeQuery(sql));
        if (year != null) {
            query.setParameter("year", year);
        }
        if (stage != null) {
            query.setParameter("stage", stage.name());
        }
        List<RegionProjects> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new RegionProjects(((String) r[0]).trim(), count(r[1])));
        }
        return out;
    }

    // ---- sessions per month ----

    /** Sessions (not cancelled) by the month they start in, every month of the range, empty ones as 0. */
    public List<MonthCount> sessionsPerMonth(YearMonth givenFrom, YearMonth givenTo, Scope scope) {
        YearMonth to = givenTo == null ? YearMonth.now() : givenTo;
        YearMonth from = givenFrom == null ? to.minusMonths(11) : givenFrom;
        // the month the caller gave is the one to correct: the other one is the default
        String culprit = givenTo == null ? "from" : "to";
        if (from.isAfter(to)) {
            throw Problem.invalid(culprit, "analytics.monthOrder");
        }
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        if (months > MAX_MONTHS) {
            throw Problem.invalid(culprit, "analytics.monthRange", String.valueOf(MAX_MONTHS));
        }
        Map<YearMonth, Long> counts = new HashMap<>();
        Query query = em.createNativeQuery("select extract(year from s.start_date), extract(month from s.start_date), "
                + "count(*) from strategic_session s left join region r on r.code = s.host_region_code "
                + "where s.status <> 'CANCELLED' and s.start_date >= :start and s.start_date < :end" + scope.conditions()
                + " group by extract(year from s.start_date), extract(month from s.start_date)")
                .setParameter("start", from.atDay(1)).setParameter("end", to.plusMonths(1).atDay(1));
        for (Object row : scope.bind(query).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), count(r[2]));
        }
        List<MonthCount> result = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            result.add(new MonthCount(month.toString(), counts.getOrDefault(month, 0L)));
        }
        return result;
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope scope, String sql) {
        return scope.bind(em.createNativeQuery(sql)).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope scope, Integer year, String sql) {
        Query query = scope.bind(em.createNativeQuery(sql));
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
