package ru.efs.portfolio.deficit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.category.CategoryService;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.KeptAnswers;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.RegionName;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.Versions;
import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitDto;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitRequest;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitSnapshot;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitSummary;
import ru.efs.portfolio.deficit.DeficitDtos.TransitionRequest;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeBorrowing;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.FederalDistrict;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Deficits of regions and their ЕФС subjects. Administrators change any deficit; a regional coordinator only the
 * deficits of their own region. The status is never edited: a deficit starts open, is being addressed while a
 * live project addresses it ({@link DeficitStatusService}), and is closed or reopened by a transition.
 */
@ApplicationScoped
public class DeficitService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "d.id",
            "title", NameOrder.sortable("d.title"),
            "severity", "case d.severity when ru.efs.portfolio.deficit.Severity.LOW then 1 "
                    + "when ru.efs.portfolio.deficit.Severity.MEDIUM then 2 "
                    + "when ru.efs.portfolio.deficit.Severity.HIGH then 3 else 4 end",
            "status", "case d.status when ru.efs.portfolio.deficit.DeficitStatus.OPEN then 1 "
                    + "when ru.efs.portfolio.deficit.DeficitStatus.ADDRESSED then 2 else 3 end",
            "createdAt", "d.createdAt",
            "updatedAt", "d.updatedAt",
            "regionCode", "d.region.code");

    public static final String DEFAULT_SORT = "updatedAt,desc";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    @Inject
    DeficitStatusService statuses;

    @Inject
    HistoryService history;

    @Inject
    ChangeFeed changes;

    /** What a deficits page is made from: its rows, their categories, regions, sessions (the year) and groups. */
    static final List<String> LIST_TABLES = List.of("deficit", "deficit_category", "region", "strategic_session",
            "category");

    /** Pages already read, per filter and page, while none of {@link #LIST_TABLES} changed. */
    private final KeptAnswers<PageQuestion, PageResponse<DeficitSummary>> pages = new KeptAnswers<>(512);

    private record PageQuestion(Filter filter, PageRequest page) {
    }

    /**
     * Filters of the deficits list. {@code categoryCode} naming a group matches its categories too; {@code year}
     * is the year of the session that identified the deficit, or the year it was recorded when there is none.
     */
    public record Filter(String regionCode, String federalDistrictCode, String categoryCode, DeficitStatus status,
            Severity severity, Integer year, Long sessionId, Long subjectId, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<DeficitSummary> list(Filter filter, PageRequest page) {
        String regionCode = clean(filter.regionCode());
        if (regionCode != null) {
            regions.resolve("regionCode", regionCode);
        }
        String districtCode = upper(clean(filter.federalDistrictCode()));
        if (districtCode != null && FederalDistrict.findById(districtCode) == null) {
            throw Problem.invalid("federalDistrictCode", "validation.unknownFederalDistrict", districtCode);
        }
        String categoryCode = clean(filter.categoryCode());
        if (categoryCode != null && Category.findById(categoryCode) == null) {
            throw Problem.invalid("categoryCode", "validation.unknownCategory", categoryCode);
        }
        long version = changes.version(LIST_TABLES);
        return pages.get(new PageQuestion(filter, page), version, () -> ListQuery.of(Deficit.class, "d")
                .equal("d.region.code", regionCode)
                .where("d.region.code in (select r.code from Region r where r.federalDistrict.code = :district)",
                        "district", districtCode)
                .where("d.id in (select dc.id from Deficit dc join dc.categories c "
                        + "where c.code = :category or c.parent.code = :category)", "category", categoryCode)
                .equal("d.status", filter.status())
                .equal("d.severity", filter.severity())
                .where("(d.id in (select ds.id from Deficit ds join ds.session s where year(s.startDate) = :year) "
                        + "or (d.session is null and year(d.createdAt) = :year))", "year", filter.year())
                .equal("d.session.id", filter.sessionId())
                .equal("d.subject.id", filter.subjectId())
                .contains(filter.q(), "d.title", "d.description")
                .columns(em, page, SORTABLE, "d.id, d.title, d.description, r.code, r.name, s.id, d.severity, "
                        + "d.status, ss.id, d.createdAt, d.updatedAt, d.version",
                        "join d.region r left join d.subject s left join d.session ss", this::summaries));
    }

    /** The page's rows as summaries, with the category codes of all of them read in one statement. */
    private List<DeficitSummary> summaries(List<Object[]> rows) {
        Map<Long, List<String>> codes = ListQuery.collected(em, "select d.id, c.code from Deficit d "
                + "join d.categories c where d.id in :ids order by c.code", rows.stream().map(r -> (Long) r[0])
                .toList(), String.class);
        return rows.stream().map(r -> new DeficitSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (Long) r[5], codes.getOrDefault((Long) r[0], List.of()), (Severity) r[6],
                (DeficitStatus) r[7], (Long) r[8], (OffsetDateTime) r[9], (OffsetDateTime) r[10], (Long) r[11]))
                .toList();
    }

    /** The {@code year} filter: a whole number between 2000 and 2100, or a 400. */

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeficitDto get(long id) {
        return toDto(find(id));
    }

    @Transactional
    public DeficitDto create(DeficitRequest request) {
        Deficit deficit = insert(request);
        em.flush();
        return toDto(deficit);
    }

    @Transactional
    public DeficitDto update(long id, DeficitRequest request, Long expectedVersion) {
        Deficit deficit = change(id, request, expectedVersion);
        em.flush();
        return toDto(deficit);
    }

    /**
     * Records a deficit with every check and right of {@link #create}, answering its id only: an import writes
     * thousands in one transaction, flushes them in batches and reads none of them back.
     */
    @Transactional
    public long createFromImport(DeficitRequest request) {
        return insert(request).id;
    }

    /** Changes a deficit with every check and right of {@link #update}, reading nothing back: for imports. */
    @Transactional
    public void updateFromImport(long id, DeficitRequest request, Long expectedVersion) {
        change(id, request, expectedVersion);
    }

    private Deficit insert(DeficitRequest request) {
        if (request.status() != null && request.status() != DeficitStatus.OPEN) {
            throw Problem.invalid("status", "deficit.createStatus");
        }
        currentUser.requireRegion(request.regionCode(), false);
        Deficit deficit = new Deficit();
        deficit.status = DeficitStatus.OPEN;
        apply(deficit, request);
        deficit.persist();
        return deficit;
    }

    private Deficit change(long id, DeficitRequest request, Long expectedVersion) {
        Deficit deficit = find(id);
        currentUser.requireRegion(deficit.regionCode(), false);
        currentUser.requireRegion(request.regionCode(), false);
        Versions.check(deficit, expectedVersion);
        if (request.status() != null && request.status() != deficit.status) {
            throw Problem.invalid("status", "deficit.statusByTransition", status(deficit.status),
                    status(request.status()));
        }
        apply(deficit, request);
        return deficit;
    }

    /**
     * Closes a deficit (a reason and what closed it are required) or reopens a closed one; nothing else moves a
     * deficit by hand: being addressed follows the projects.
     */
    @Transactional
    public DeficitDto transition(long id, TransitionRequest request, Long expectedVersion) {
        Deficit deficit = find(id);
        currentUser.requireRegion(deficit.regionCode(), false);
        Versions.check(deficit, expectedVersion);
        DeficitStatus from = deficit.status;
        DeficitStatus to = request.to();
        if (!allowedTransitions(from).contains(to)) {
            throw Problem.badTransition("to", "deficit.badTransition", status(from), status(to),
                    new StatusList(allowedTransitions(from)));
        }
        if (to == DeficitStatus.CLOSED) {
            close(deficit, request);
        } else {
            reopen(deficit, request);
        }
        em.flush();
        return toDto(deficit);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Deficit deficit = RowLocks.lock(em, find(id),
                () -> Problem.notFound("deficit.notFound", String.valueOf(id)));
        currentUser.requireRegion(deficit.regionCode(), false);
        // Dependents first: a project that links it also moves its status (and version); the caller is told why.
        Dependents.of(em, id)
                .count("projects", "select count(*) from project_deficit where deficit_id = ?1")
                .refuseIfAny("deficit.hasDependents");
        Versions.check(deficit, expectedVersion);
        deficit.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Deficit.class, id, DeficitSnapshot::from, DeficitDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("deficit.notFound", String.valueOf(id));
        }
        return entries;
    }

    public Deficit find(long id) {
        Deficit deficit = Deficit.findById(id);
        if (deficit == null) {
            throw Problem.notFound("deficit.notFound", String.valueOf(id));
        }
        return deficit;
    }

    /** Closed deficits may be reopened; open and addressed ones may be closed. */
    static Set<DeficitStatus> allowedTransitions(DeficitStatus from) {
        return from == DeficitStatus.CLOSED ? Set.of(DeficitStatus.OPEN) : Set.of(DeficitStatus.CLOSED);
    }

    private void close(Deficit deficit, TransitionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String reason = clean(request.comment());
        if (reason == null) {
            errors.add(new FieldError("comment", "deficit.closeReasonRequired"));
        }
        if (request.closedByProjectId() == null && request.closedByPracticeId() == null) {
            errors.add(new FieldError("closedByProjectId", "deficit.closerRequired"));
        }
        if (request.closedByProjectId() != null) {
            checkClosingProject(deficit, request.closedByProjectId(), errors);
        }
        if (request.closedByPracticeId() != null) {
            checkClosingPractice(deficit, request.closedByPracticeId(), errors);
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        deficit.status = DeficitStatus.CLOSED;
        deficit.closedReason = reason;
        deficit.closedByProjectId = request.closedByProjectId();
        deficit.closedByPracticeId = request.closedByPracticeId();
        deficit.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The project must be one of those that address the deficit, and not rejected. */
    private void checkClosingProject(Deficit deficit, long projectId, List<FieldError> errors) {
        Project project = RowLocks.lock(em, Project.class, projectId);
        if (project == null) {
            errors.add(new FieldError("closedByProjectId", "validation.unknownProject", String.valueOf(projectId)));
            return;
        }
        Long addresses = em.createQuery("select count(p) from Project p join p.deficits d "
                + "where p.id = :project and d.id = :deficit", Long.class)
                .setParameter("project", projectId).setParameter("deficit", deficit.id).getSingleResult();
        if (addresses == 0) {
            errors.add(new FieldError("closedByProjectId", "deficit.projectDoesNotAddress", project.title));
        } else if (!project.stage.isLive()) {
            errors.add(new FieldError("closedByProjectId", "deficit.projectRejected", project.title));
        }
    }

    /**
     * The practice must share a category with the deficit (a group counts for the categories in it), and be
     * published if it is another region's.
     */
    private void checkClosingPractice(Deficit deficit, long practiceId, List<FieldError> errors) {
        Practice practice = RowLocks.lock(em, Practice.class, practiceId);
        if (practice == null) {
            errors.add(new FieldError("closedByPracticeId", "validation.unknownPractice", String.valueOf(practiceId)));
            return;
        }
        Set<String> deficitCodes = codesWithGroups(deficit.categories);
        boolean shared = practice.categories.stream().anyMatch(c -> deficitCodes.contains(c.code)
                || (c.parent != null && deficit.categories.stream().anyMatch(dc -> dc.code.equals(c.parent.code))));
        if (!shared) {
            errors.add(new FieldError("closedByPracticeId", "deficit.practiceNoSharedCategory", practice.title));
        }
        FieldError unpublished = PracticeBorrowing.refusal("closedByPracticeId", practice, deficit.regionCode());
        if (unpublished != null) {
            errors.add(unpublished);
        }
    }

    /** The codes of the categories and of the groups they belong to. */
    private static Set<String> codesWithGroups(Set<Category> categories) {
        Set<String> codes = new LinkedHashSet<>();
        for (Category category : categories) {
            codes.add(category.code);
            if (category.parent != null) {
                codes.add(category.parent.code);
            }
        }
        return codes;
    }

    private void reopen(Deficit deficit, TransitionRequest request) {
        if (request.closedByProjectId() != null) {
            throw Problem.invalid("closedByProjectId", "deficit.closerOnlyWhenClosing");
        }
        if (request.closedByPracticeId() != null) {
            throw Problem.invalid("closedByPracticeId", "deficit.closerOnlyWhenClosing");
        }
        deficit.status = DeficitStatus.OPEN;
        deficit.closedReason = null;
        deficit.closedByProjectId = null;
        deficit.closedByPracticeId = null;
        deficit.closedAt = null;
        // Reopened, it is being addressed again if a live project addresses it.
        statuses.refresh(List.of(deficit.id));
    }

    private DeficitDto toDto(Deficit d) {
        List<Ref> projects = d.id == null ? List.of() : em.createQuery(
                "select new ru.efs.portfolio.common.Ref(p.id, p.title) from Project p join p.deficits d "
                        + "where d.id = :id order by p.title, p.id", Ref.class)
                .setParameter("id", d.id).getResultList();
        Project closingProject = d.closedByProjectId == null ? null : Project.findById(d.closedByProjectId);
        Practice closingPractice = d.closedByPracticeId == null ? null : Practice.findById(d.closedByPracticeId);
        return new DeficitDto(d.id, d.title, d.description, d.regionCode(), d.region.name,
                d.subject == null ? null : d.subject.id,
                d.subject == null ? null : new Ref(d.subject.id, d.subject.displayName()),
                DeficitDtos.codesOf(d), DeficitDtos.refsOf(d), d.severity, d.status,
                allowedTransitions(d.status).stream().sorted().toList(),
                d.session == null ? null : d.session.id,
                d.session == null ? null : new Ref(d.session.id, d.session.title),
                projects, d.closedReason,
                d.closedByProjectId, closingProject == null ? null : new Ref(closingProject.id, closingProject.title),
                d.closedByPracticeId, closingPractice == null ? null : new Ref(closingPractice.id, closingPractice.title),
                d.closedAt, d.version, d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }

    /** Checks the request against the stored data, reporting every mistake at once, and copies it on. */
    private void apply(Deficit deficit, DeficitRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Region region = Region.findById(request.regionCode());
        if (region == null) {
            errors.add(new FieldError("regionCode", "validation.unknownRegion", request.regionCode()));
        }
        Subject subject = null;
        if (request.subjectId() != null) {
            subject = Subject.findById(request.subjectId());
            if (subject == null) {
                errors.add(new FieldError("subjectId", "validation.unknownSubject", String.valueOf(request.subjectId())));
            } else if (region != null && !region.code.equals(subject.regionCode())) {
                errors.add(new FieldError("subjectId", "deficit.subjectRegion", subject.displayName(),
                        new RegionName(subject.regionCode()), new RegionName(region.code)));
            }
        }
        StrategicSession session = null;
        if (request.sessionId() != null) {
            session = StrategicSession.findById(request.sessionId());
            if (session == null) {
                errors.add(new FieldError("sessionId", "validation.unknownSession", String.valueOf(request.sessionId())));
            }
        }
        Set<Category> wanted = categories.resolveAll("categoryCodes", request.categoryCodes(), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        deficit.title = request.title().trim();
        deficit.description = clean(request.description());
        deficit.region = region;
        deficit.subject = subject;
        deficit.session = session;
        deficit.severity = request.severity();
        if (!new LinkedHashSet<>(deficit.categories).equals(wanted)) {
            deficit.categories.clear();
            deficit.categories.addAll(wanted);
            deficit.touch();
        }
    }

    private static StatusName status(DeficitStatus status) {
        return new StatusName(status);
    }

    /** A status as a person reads it: its label in the caller's language and its code. */
    record StatusName(DeficitStatus status) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "deficit.status." + status.name()) + " (" + status.name() + ")";
        }
    }

    /** The statuses a deficit may be moved to by hand. */
    record StatusList(Set<DeficitStatus> statuses) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return String.join(", ", statuses.stream().sorted().map(s -> new StatusName(s).render(locale)).toList());
        }
    }
}
