package ru.efs.portfolio.portfolio;

import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioDto;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioRequest;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioSnapshot;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioSummary;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioTransitionRequest;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.region.FederalDistrict;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.subject.Subject;
import ru.efs.portfolio.subject.SubjectService;

/**
 * Regional portfolios: one per region and year. Administrators change any portfolio; a regional coordinator only
 * their own region's. The status moves along {@link PortfolioStatus#next()}; only an administrator approves.
 */
@ApplicationScoped
public class PortfolioService {

    public static final Map<String, String> SORTABLE = Map.of(
            "year", "pf.year",
            "regionCode", "pf.region.code",
            "status", "pf.status",
            "id", "pf.id");

    public static final String DEFAULT_SORT = "year,desc";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    SubjectService subjects;

    @Inject
    HistoryService history;

    /** Filters of the portfolios list. */
    public record Filter(String regionCode, String federalDistrictCode, Integer year, PortfolioStatus status) {
    }

    /** The 409 of a second portfolio for the same region and year names the one that exists. */
    public record DuplicateDetails(long existingPortfolioId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PortfolioSummary> list(Filter filter, PageRequest page) {
        String regionCode = checkRegionFilter(filter.regionCode());
        String districtCode = checkDistrictFilter(filter.federalDistrictCode());
        ListQuery<Portfolio> query = ListQuery.of(Portfolio.class, "pf")
                .equal("pf.region.code", regionCode)
                .equal("pf.region.federalDistrict.code", districtCode)
                .equal("pf.year", filter.year())
                .equal("pf.status", filter.status());
        long total = query.count(em);
        List<Portfolio> items = total == 0 || page.offset() >= total ? List.of() : query.page(em, page, SORTABLE);
        Map<Long, Long> counts = projectCounts(items.stream().map(p -> p.id).collect(Collectors.toSet()));
        return PageResponse.of(items, page, total, p -> PortfolioSummary.from(p, counts));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioDto get(long id) {
        return toDto(find(id));
    }

    @Transactional
    public PortfolioDto create(PortfolioRequest request) {
        Region region = regions.resolve("regionCode", request.regionCode());
        currentUser.requireRegion(region.code, false);
        refuseDuplicate(region, request.year(), null);
        Portfolio portfolio = new Portfolio();
        portfolio.region = region;
        apply(portfolio, request);
        portfolio.persist();
        em.flush();
        return toDto(portfolio);
    }

    @Transactional
    public PortfolioDto update(long id, PortfolioRequest request, Long expectedVersion) {
        Portfolio portfolio = find(id);
        currentUser.requireRegion(portfolio.regionCode(), false);
        Versions.check(portfolio, expectedVersion);
        if (!portfolio.regionCode().equals(request.regionCode())) {
            throw Problem.invalid("regionCode", "portfolio.regionFixed", portfolio.regionCode());
        }
        if (portfolio.status == PortfolioStatus.APPROVED) {
            throw Problem.conflict("portfolio.approvedLocked");
        }
        if (portfolio.year != request.year()) {
            refuseDuplicate(portfolio.region, request.year(), portfolio.id);
        }
        apply(portfolio, request);
        em.flush();
        return toDto(portfolio);
    }

    @Transactional
    public PortfolioDto transition(long id, PortfolioTransitionRequest request, Long expectedVersion) {
        Portfolio portfolio = find(id);
        currentUser.requireRegion(portfolio.regionCode(), false);
        Versions.check(portfolio, expectedVersion);
        PortfolioStatus from = portfolio.status;
        PortfolioStatus to = request.to();
        if (!from.canMoveTo(to)) {
            throw Problem.badTransition("to", "portfolio.badTransition", new StatusName(from), new StatusName(to),
                    new StatusList(from.next()));
        }
        if (to == PortfolioStatus.APPROVED && !currentUser.isAdmin()) {
            throw Problem.forbidden("portfolio.approveAdminOnly");
        }
        portfolio.status = to;
        em.flush();
        return toDto(portfolio);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Portfolio portfolio = RowLocks.lock(em, find(id),
                () -> Problem.notFound("portfolio.notFound", String.valueOf(id)));
        currentUser.requireRegion(portfolio.regionCode(), false);
        Versions.check(portfolio, expectedVersion);
        Dependents.of(em, id)
                .count("projects", "select count(*) from project where portfolio_id = ?1")
                .refuseIfAny("portfolio.hasDependents");
        portfolio.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Portfolio.class, id, PortfolioSnapshot::from, PortfolioDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("portfolio.notFound", String.valueOf(id));
        }
        return entries;
    }

    public Portfolio find(long id) {
        Portfolio portfolio = Portfolio.findById(id);
        if (portfolio == null) {
            throw Problem.notFound("portfolio.notFound", String.valueOf(id));
        }
        return portfolio;
    }

    /** A portfolio named in a request body: an unknown id is the caller's mistake in that field (400). */
    public Portfolio resolve(String field, Long id) {
        if (id == null) {
            return null;
        }
        Portfolio portfolio = Portfolio.findById(id);
        if (portfolio == null) {
            throw Problem.invalid(field, "portfolio.unknown", String.valueOf(id));
        }
        return portfolio;
    }

    /** The {@code year} filter: a whole number between 2000 and 2100, or a 400. */

    /** A region code filter must name a region (400 otherwise); blank means no filter. */
    public String checkRegionFilter(String code) {
        String regionCode = clean(code);
        if (regionCode != null) {
            regions.resolve("regionCode", regionCode);
        }
        return regionCode;
    }

    /** A federal district filter must name a district (400 otherwise); blank means no filter. */
    public static String checkDistrictFilter(String code) {
        String districtCode = upper(clean(code));
        if (districtCode != null && FederalDistrict.findById(districtCode) == null) {
            throw Problem.invalid("federalDistrictCode", "validation.unknownFederalDistrict", districtCode);
        }
        return districtCode;
    }

    private PortfolioDto toDto(Portfolio portfolio) {
        Map<ProjectStage, Long> byStage = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            byStage.put(stage, 0L);
        }
        if (portfolio.id != null) {
            em.createQuery("select p.stage, count(p) from Project p where p.portfolio.id = :id group by p.stage",
                    Object[].class).setParameter("id", portfolio.id).getResultList()
                    .forEach(row -> byStage.put((ProjectStage) row[0], ((Number) row[1]).longValue()));
        }
        return PortfolioDto.from(portfolio, byStage);
    }

    /** How many projects each portfolio of a page has, in one grouped query. */
    private Map<Long, Long> projectCounts(Set<Long> portfolioIds) {
        if (portfolioIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.portfolio.id, count(p) from Project p where p.portfolio.id in :ids "
                + "group by p.portfolio.id", Object[].class)
                .setParameter("ids", portfolioIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    private void refuseDuplicate(Region region, int year, Long exceptId) {
        List<Long> existing = em.createQuery("select pf.id from Portfolio pf where pf.region.code = :region "
                + "and pf.year = :year", Long.class)
                .setParameter("region", region.code).setParameter("year", year).getResultList();
        for (Long id : existing) {
            if (!id.equals(exceptId)) {
                throw Problem.conflict("portfolio.duplicate", new Object[] {region.name, String.valueOf(year),
                        String.valueOf(id)}, new DuplicateDetails(id));
            }
        }
    }

    private void apply(Portfolio portfolio, PortfolioRequest request) {
        Subject coordinating = subjects.resolve("coordinatingSubjectId", request.coordinatingSubjectId());
        if (coordinating != null && !portfolio.regionCode().equals(coordinating.regionCode())) {
            throw Problem.invalid("coordinatingSubjectId", "portfolio.subjectRegion", coordinating.displayName(),
                    portfolio.region.name);
        }
        portfolio.year = request.year();
        portfolio.coordinatingSubject = coordinating;
        portfolio.summary = clean(request.summary());
    }

    /** A status as a person reads it: its label in the caller's language and its code. */
    record StatusName(PortfolioStatus status) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "portfolio.status." + status.name()) + " (" + status.name() + ")";
        }
    }

    /** The statuses a portfolio may move to, or a word saying there are none. */
    record StatusList(Set<PortfolioStatus> statuses) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            if (statuses.isEmpty()) {
                return Messages.text(locale, "portfolio.noTransitions");
            }
            return String.join(", ", Arrays.stream(PortfolioStatus.values()).filter(statuses::contains)
                    .map(s -> new StatusName(s).render(locale)).toList());
        }
    }
}
