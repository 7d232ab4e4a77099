package ru.efs.portfolio.series;

import static ru.efs.portfolio.common.Texts.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.person.PersonService;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.series.SeriesDtos.SeriesDto;
import ru.efs.portfolio.series.SeriesDtos.SeriesRequest;
import ru.efs.portfolio.series.SeriesDtos.SeriesSummary;
import ru.efs.portfolio.subject.SubjectService;

/**
 * Series of strategic sessions. Experts run them, so administrators and experts keep them; a series spans
 * regions of any district, so it belongs to no single region's coordinator.
 */
@ApplicationScoped
public class SeriesService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "s.id",
            "title", NameOrder.sortable("s.title"),
            "year", "s.year");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    SubjectService subjects;

    @Inject
    PersonService people;

    @Inject
    HistoryService history;

    /** Filters of the series list. */
    public record Filter(Integer year, String regionCode, Long leadSubjectId, Long leadPersonId, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SeriesSummary> list(Filter filter, PageRequest page) {
        // Region codes of the page's series arrive through batch fetching: one statement for the whole page.
        return ListQuery.of(SessionSeries.class, "s")
                .equal("s.year", filter.year())
                .where("s.id in (select c.id from SessionSeries c join c.regions r where r.code = :regionCode)",
                        "regionCode", clean(filter.regionCode()))
                .equal("s.leadSubject.id", filter.leadSubjectId())
                .equal("s.leadPerson.id", filter.leadPersonId())
                .contains(filter.q(), "s.title")
                .fetch(em, page, SORTABLE, SeriesSummary::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeriesDto get(long id) {
        return SeriesDto.from(find(id));
    }

    @Transactional
    public SeriesDto create(SeriesRequest request) {
        requireSeriesWriter();
        SessionSeries series = new SessionSeries();
        apply(series, request);
        series.persist();
        return SeriesDto.from(series);
    }

    @Transactional
    public SeriesDto update(long id, SeriesRequest request, Long expectedVersion) {
        requireSeriesWriter();
        SessionSeries series = find(id);
        Versions.check(series, expectedVersion);
        apply(series, request);
        em.flush();
        return SeriesDto.from(series);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        requireSeriesWriter();
        SessionSeries series = find(id);
        Versions.check(series, expectedVersion);
        Dependents.of(em, id)
                .count("sessions", "select count(*) from strategic_session where series_id = ?1")
                .refuseIfAny("series.hasDependents");
        series.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(SessionSeries.class, id, SeriesDto::from);
        if (entries.isEmpty()) {
            throw Problem.notFound("series.notFound", String.valueOf(id));
        }
        return entries;
    }

    public SessionSeries find(long id) {
        SessionSeries series = SessionSeries.findById(id);
        if (series == null) {
            throw Problem.notFound("series.notFound", String.valueOf(id));
        }
        return series;
    }

    /** A series named in a request body: an unknown id is the caller's mistake in that field (400). */
    public SessionSeries resolve(String field, Long id) {
        if (id == null) {
            return null;
        }
        SessionSeries series = SessionSeries.findById(id);
        if (series == null) {
            throw Problem.invalid(field, "validation.unknownSeries", String.valueOf(id));
        }
        return series;
    }

    private void requireSeriesWriter() {
        if (!currentUser.isAdmin() && !currentUser.hasRole(Role.EXPERT)) {
            throw Problem.forbidden("problem.forbidden.role");
        }
    }

    private void apply(SessionSeries series, SeriesRequest request) {
        Set<Region> wanted = resolveRegions(request.regionCodes());
        series.title = request.title().trim();
        series.year = request.year();
        series.leadSubject = subjects.resolve("leadSubjectId", request.leadSubjectId());
        series.leadPerson = people.resolve("leadPersonId", request.leadPersonId());
        series.description = clean(request.description());
        if (!series.regions.equals(wanted)) {
            series.regions.retainAll(wanted);
            series.regions.addAll(wanted);
            // Only the join table changed otherwise: touching the series moves its version for If-Match.
            series.touch();
        }
    }

    private Set<Region> resolveRegions(List<String> codes) {
        Set<Region> resolved = new LinkedHashSet<>();
        if (codes == null) {
            return resolved;
        }
        for (int i = 0; i < codes.size(); i++) {
            String field = "regionCodes[" + i + "]";
            Region region = regions.resolve(field, codes.get(i));
            if (!resolved.add(region)) {
                throw Problem.invalid(field, "series.duplicateRegion", codes.get(i));
            }
        }
        return resolved;
    }
}
