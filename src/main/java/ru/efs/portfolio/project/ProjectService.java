package ru.efs.portfolio.project;

import static ru.efs.portfolio.common.Texts.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitStatusService;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.portfolio.Portfolio;
import ru.efs.portfolio.portfolio.PortfolioService;
import ru.efs.portfolio.portfolio.PortfolioStatus;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeBorrowing;
import ru.efs.portfolio.project.ProjectDtos.IndicatorDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectRequest;
import ru.efs.portfolio.project.ProjectDtos.ProjectSnapshot;
import ru.efs.portfolio.project.ProjectDtos.ProjectSummary;
import ru.efs.portfolio.project.ProjectDtos.StageChangeDto;
import ru.efs.portfolio.security.Actor;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Projects of regional portfolios. Administrators change any project; a regional coordinator only the projects of
 * their own region's portfolio. Projects address deficits of any region and use practices of their own region
 * or published ones of other regions (see {@link PracticeBorrowing}). After every change the
 * status of the deficits involved follows (see {@link DeficitStatusService}). Stages change only through
 * {@link ProjectTransitionService}.
 */
@ApplicationScoped
public class ProjectService {

    public static final Map<String, String> SORTABLE = Map.of(
            "title", NameOrder.sortable("p.title"),
            "stage", "p.stage",
            "startDate", "p.startDate",
            "updatedAt", "p.updatedAt",
            "id", "p.id");

    public static final String DEFAULT_SORT = "updatedAt,desc";

    /** The indicators are kept as one JSON text column of this many characters. */
    static final int INDICATORS_MAX_CHARS = 16000;

    /** From approval on (also on hold from there) the goal, expected results and planned indicators are fixed. */
    private static final Set<ProjectStage> APPROVED_PASSPORT = EnumSet.of(ProjectStage.APPROVED,
            ProjectStage.IMPLEMENTATION);

    /** The passport of a finished or rejected project is closed. */
    private static final Set<ProjectStage> LOCKED = EnumSet.of(ProjectStage.COMPLETED, ProjectStage.REJECTED);

    /** Only projects that have not reached pre-defence, or were rejected, may be deleted. */
    private static final Set<ProjectStage> DELETABLE = EnumSet.of(ProjectStage.PROPOSED, ProjectStage.REFINEMENT,
            ProjectStage.REJECTED);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    PortfolioService portfolios;

    @Inject
    HistoryService history;

    @Inject
    DeficitStatusService deficitStatus;

    /** Filters of the projects list; region, district and year are those of the project's portfolio. */
    public record Filter(String regionCode, String federalDistrictCode, Long portfolioId, ProjectStage stage,
            Integer year, Long sessionId, Long deficitId, Long practiceId, Long leadSubjectId, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ProjectSummary> list(Filter filter, PageRequest page) {
        String regionCode = portfolios.checkRegionFilter(filter.regionCode());
        String districtCode = PortfolioService.checkDistrictFilter(filter.federalDistrictCode());
        return ListQuery.of(Project.class, "p")
                .equal("p.portfolio.region.code", regionCode)
                .equal("p.portfolio.region.federalDistrict.code", districtCode)
                .equal("p.portfolio.id", filter.portfolioId())
                .equal("p.stage", filter.stage())
                .equal("p.portfolio.year", filter.year())
                .equal("p.session.id", filter.sessionId())
                .where("p.id in (select pd.id from Project pd join pd.deficits d where d.id = :deficitId)",
                        "deficitId", filter.deficitId())
                .where("p.id in (select pp.id from Project pp join pp.practices x where x.id = :practiceId)",
                        "practiceId", filter.practiceId())
                .equal("p.leadSubject.id", filter.leadSubjectId())
                .contains(filter.q(), "p.title", "p.goal")
                .columns(em, page, SORTABLE, "p.id, p.title, p.goal, pf.id, r.code, pf.year, p.stage, ss.id, "
                        + "ls.id, p.startDate, p.endDate, p.updatedAt, p.version",
                        "join p.portfolio pf join pf.region r left join p.session ss left join p.leadSubject ls",
                        this::summaries);
    }

    /** The page's rows as summaries, with the deficits, practices and partners of all of them: three statements. */
    private List<ProjectSummary> summaries(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Long>> deficits = ListQuery.collected(em, "select p.id, x.id from Project p "
                + "join p.deficits x where p.id in :ids order by x.id", ids, Long.class);
        Map<Long, List<Long>> practices = ListQuery.collected(em, "select p.id, x.id from Project p "
                + "join p.practices x where p.id in :ids order by x.id", ids, Long.class);
        Map<Long, List<Long>> partners = ListQuery.collected(em, "select p.id, x.id from Project p "
                + "join p.partners x where p.id in :ids order by x.id", ids, Long.class);
        return rows.stream().map(r -> {
            Long id = (Long) r[0];
            return new ProjectSummary(id, (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (Integer) r[5],
                    (ProjectStage) r[6], (Long) r[7], (Long) r[8], deficits.getOrDefault(id, List.of()),
                    practices.getOrDefault(id, List.of()), partners.getOrDefault(id, List.of()), (LocalDate) r[9],
                    (LocalDate) r[10], (OffsetDateTime) r[11], (Long) r[12]);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectDto get(long id) {
        return ProjectDto.from(find(id));
    }

    @Transactional
    public ProjectDto create(ProjectRequest request) {
        Portfolio portfolio = lockPortfolio(request.portfolioId());
        currentUser.requireRegion(portfolio.regionCode(), false);
        requireOpen(portfolio);
        Project project = new Project();
        project.portfolio = portfolio;
        apply(project, request);
        project.persist();
        recordStage(project, null, ProjectStage.PROPOSED, null);
        notifyOfBorrowedPractices(project, Set.of());
        deficitStatus.refresh(idsOf(project.deficits));
        em.flush();
        return ProjectDto.from(project);
    }

    @Transactional
    public ProjectDto update(long id, ProjectRequest request, Long expectedVersion) {
        Project project = find(id);
        requireWriter(project);
        Versions.check(project, expectedVersion);
        if (LOCKED.contains(project.stage)) {
            throw Problem.conflict("project.locked", new ProjectTransitionService.StageName(project.stage));
        }
        requireApprovedPassportKept(project, request);
        Portfolio target = lockPortfolio(request.portfolioId());
        Set<Long> keptPractices = target.regionCode().equals(project.regionCode()) ? idsOfPractices(project)
                : Set.of();
        if (!target.id.equals(project.portfolio.id)) {
            currentUser.requireRegion(target.regionCode(), false);
            requireOpen(target);
            project.portfolio = target;
        }
        Set<Long> deficitIds = idsOf(project.deficits);
        Set<Long> practicesBefore = idsOfPractices(project);
        apply(project, request, keptPractices);
        notifyOfBorrowedPractices(project, practicesBefore);
        deficitIds.addAll(idsOf(project.deficits));
        deficitStatus.refresh(deficitIds);
        em.flush();
        return ProjectDto.from(project);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Project project = RowLocks.lock(em, find(id),
                () -> Problem.notFound("project.notFound", String.valueOf(id)));
        requireWriter(project);
        Versions.check(project, expectedVersion);
        if (!DELETABLE.contains(project.stage)) {
            throw Problem.conflict("project.deleteStage", new ProjectTransitionService.StageName(project.stage));
        }
        Dependents.of(em, id)
                .count("adoptions", "select count(*) from practice_adoption where project_id = ?1")
                .count("assessments", "select count(*) from assessment where project_id = ?1")
                .count("closedDeficits", "select count(*) from deficit where closed_by_project_id = ?1")
                .refuseIfAny("project.hasDependents");
        Set<Long> deficitIds = idsOf(project.deficits);
        project.delete();
        deficitStatus.refresh(deficitIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Project.class, id, ProjectSnapshot::from, ProjectDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("project.notFound", String.valueOf(id));
        }
        return entries;
    }

    /** The stage history, oldest first; the creation is the first step (from nothing to PROPOSED). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StageChangeDto> stages(long id) {
        find(id);
        return em.createQuery("select c from ProjectStageChange c where c.project.id = :id "
                + "order by c.changedAt asc, c.id asc", ProjectStageChange.class)
                .setParameter("id", id).getResultStream().map(StageChangeDto::from).toList();
    }

    /** Loads a project or answers 404; other features (assessments) load projects through here. */
    public Project find(long id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw Problem.notFound("project.notFound", String.valueOf(id));
        }
        return project;
    }

    /** Only an administrator or the coordinator of the project's region changes it (403 otherwise). */
    public void requireWriter(Project project) {
        currentUser.requireRegion(project.regionCode(), false);
    }

    /** Appends one step to the project's stage history, as the current user, now. */
    void recordStage(Project project, ProjectStage from, ProjectStage to, String comment) {
        ProjectStageChange change = new ProjectStageChange();
        change.project = project;
        change.fromStage = from;
        change.toStage = to;
        change.comment = clean(comment);
        change.changedBy = Actor.currentUsername();
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        change.persist();
    }

    /**
     * The portfolio a project goes to, re-read under its row lock: a concurrent delete or approval of the portfolio
     * either waits for this write or is seen by it (see {@link RowLocks}).
     */
    private Portfolio lockPortfolio(Long portfolioId) {
        Portfolio portfolio = RowLocks.lock(em, portfolios.resolve("portfolioId", portfolioId));
        if (portfolio == null) {
            throw Problem.invalid("portfolioId", "portfolio.unknown", String.valueOf(portfolioId));
        }
        return portfolio;
    }

    static Set<Long> idsOf(Collection<Deficit> deficits) {
        return deficits.stream().map(d -> d.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The coordinators of a practice's region hear that a project of another region started using it. */
    private void notifyOfBorrowedPractices(Project project, Set<Long> before) {
        String region = project.regionCode();
        for (Practice practice : project.practices) {
            if (!before.contains(practice.id) && !practice.regionCode().equals(region)) {
                notifications.toRegionCoordinators(practice.regionCode(), Notice.aboutPractice(
                        NotificationKind.PRACTICE_BORROWED, practice.id, practice.regionCode(), practice.title,
                        project.title, project.portfolio.region.name));
            }
        }
    }

    private static void requireOpen(Portfolio portfolio) {
        if (portfolio.status == PortfolioStatus.APPROVED) {
            throw Problem.conflict("project.portfolioApproved", portfolio.region.name,
                    String.valueOf(portfolio.year));
        }
    }

    private void apply(Project project, ProjectRequest request) {
        apply(project, request, Set.of());
    }

    /**
     * Copies the request onto the project; every mistake found is reported at once, each with its field. The
     * practices it already used in its region ({@code keptPractices}) stay even if no longer published.
     */
    private void apply(Project project, ProjectRequest request, Set<Long> keptPractices) {
        List<FieldError> errors = new ArrayList<>();
        List<Indicator> indicators = request.indicators() == null ? new ArrayList<>()
                : request.indicators().stream().map(IndicatorDto::toIndicator)
                        .collect(Collectors.toCollection(ArrayList::new));
        String indicatorsJson = new IndicatorListConverter().convertToDatabaseColumn(indicators);
        if (indicatorsJson != null && indicatorsJson.length() > INDICATORS_MAX_CHARS) {
            errors.add(new FieldError("indicators", "project.indicatorsTooLong", String.valueOf(INDICATORS_MAX_CHARS)));
        }
        checkDates(request.startDate(), request.endDate(), errors);
        // What the project links to is locked, in one order (subjects, deficits, practices, session, curator), so
        // that a concurrent delete of it waits or is seen (RowLocks); the deficits it leaves are locked with them.
        Set<Long> subjectIds = new LinkedHashSet<>();
        subjectIds.add(request.leadSubjectId());
        if (request.partnerSubjectIds() != null) {
            subjectIds.addAll(request.partnerSubjectIds());
        }
        Map<Long, Subject> subjects = byId(RowLocks.lockAll(em, Subject.class, subjectIds), s -> s.id);
        Set<Long> deficitIds = idsOf(project.deficits);
        if (request.deficitIds() != null) {
            deficitIds.addAll(request.deficitIds());
        }
        Map<Long, Deficit> lockedDeficits = byId(RowLocks.lockAll(em, Deficit.class, deficitIds), d -> d.id);
        Subject lead = null;
        if (request.leadSubjectId() != null) {
            lead = subjects.get(request.leadSubjectId());
            if (lead == null) {
                errors.add(new FieldError("leadSubjectId", "validation.unknownSubject",
                        String.valueOf(request.leadSubjectId())));
            } else if (!project.regionCode().equals(lead.regionCode())) {
                errors.add(new FieldError("leadSubjectId", "project.leadSubjectRegion", lead.displayName(),
                        project.portfolio.region.name));
            }
        }
        Set<Subject> partners = pick(subjects, "partnerSubjectIds", request.partnerSubjectIds(),
                "validation.unknownSubject", errors);
        Set<Deficit> deficits = pick(lockedDeficits, "deficitIds", request.deficitIds(), "project.unknownDeficit",
                errors);
        Set<Practice> practices = pick(byId(RowLocks.lockAll(em, Practice.class, request.practiceIds()), p -> p.id),
                "practiceIds", request.practiceIds(), "project.unknownPractice", errors);
        checkBorrowedPractices(project, request.practiceIds(), practices, keptPractices, errors);
        StrategicSession session = null;
        if (request.sessionId() != null) {
            session = RowLocks.lock(em, StrategicSession.class, request.sessionId());
            if (session == null) {
                errors.add(new FieldError("sessionId", "project.unknownSession", String.valueOf(request.sessionId())));
            }
        }
        Person curator = null;
        if (request.curatorPersonId() != null) {
            curator = RowLocks.lock(em, Person.class, request.curatorPersonId());
            if (curator == null) {
                errors.add(new FieldError("curatorPersonId", "validation.unknownPerson",
                        String.valueOf(request.curatorPersonId())));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }

        project.title = request.title().trim();
        project.goal = clean(request.goal());
        project.description = clean(request.description());
        project.expectedResults = clean(request.expectedResults());
        if (!Objects.equals(project.indicators, indicators)) {
            project.indicators = indicators;
        }
        project.startDate = request.startDate();
        project.endDate = request.endDate();
        project.leadSubject = lead;
        project.session = session;
        project.curator = curator;
        boolean changed = replace(project.partners, partners);
        changed |= replace(project.deficits, deficits);
        changed |= replace(project.practices, practices);
        if (changed && project.id != null) {
            project.touch();
        }
    }

    /**
     * What the defence approved stays: an approved project's goal, expected results and the indicators' names,
     * units, baselines and targets are refused (409, each field named); only the actual values move. No stage
     * leads back to revision after approval, so the change is refused rather than reopening the project.
     */
    private static void requireApprovedPassportKept(Project project, ProjectRequest request) {
        ProjectStage stage = project.stage == ProjectStage.ON_HOLD ? project.stageBeforeHold : project.stage;
        if (!APPROVED_PASSPORT.contains(stage)) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (!Objects.equals(project.goal, clean(request.goal()))) {
            errors.add(new FieldError("goal", "project.approvedField"));
        }
        if (!Objects.equals(project.expectedResults, clean(request.expectedResults()))) {
            errors.add(new FieldError("expectedResults", "project.approvedField"));
        }
        List<IndicatorDto> wanted = request.indicators() == null ? List.of() : request.indicators();
        if (wanted.size() != project.indicators.size()) {
            errors.add(new FieldError("indicators", "project.approvedIndicators"));
        } else {
            for (int i = 0; i < wanted.size(); i++) {
                comparePlan("indicators[" + i + "]", project.indicators.get(i), wanted.get(i).toIndicator(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem(409, "conflict", "problem.conflict", "project.approvedPassport",
                    new Object[] {new ProjectTransitionService.StageName(project.stage)}, errors, null);
        }
    }

    private static void comparePlan(String field, Indicator approved, Indicator wanted, List<FieldError> errors) {
        if (!Objects.equals(approved.name(), wanted.name())) {
            errors.add(new FieldError(field + ".name", "project.approvedField"));
        }
        if (!Objects.equals(approved.unit(), wanted.unit())) {
            errors.add(new FieldError(field + ".unit", "project.approvedField"));
        }
        if (!sameNumber(approved.baseline(), wanted.baseline())) {
            errors.add(new FieldError(field + ".baseline", "project.approvedField"));
        }
        if (!sameNumber(approved.target(), wanted.target())) {
            errors.add(new FieldError(field + ".target", "project.approvedField"));
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Another region's practice is borrowed only once published; each refused one is named at its index. */
    private static void checkBorrowedPractices(Project project, List<Long> ids, Set<Practice> practices,
            Set<Long> keptPractices, List<FieldError> errors) {
        for (Practice practice : practices) {
            if (!keptPractices.contains(practice.id)) {
                FieldError refusal = PracticeBorrowing.refusal("practiceIds[" + ids.indexOf(practice.id) + "]",
                        practice, project.regionCode());
                if (refusal != null) {
                    errors.add(refusal);
                }
            }
        }
    }

    private static Set<Long> idsOfPractices(Project project) {
        return project.practices.stream().map(p -> p.id).collect(Collectors.toSet());
    }

    private static void checkDates(LocalDate start, LocalDate end, List<FieldError> errors) {
        boolean startInRange = inRange(start);
        boolean endInRange = inRange(end);
        if (!startInRange) {
            errors.add(new FieldError("startDate", "validation.year", String.valueOf(PortfolioService.MIN_YEAR),
                    String.valueOf(PortfolioService.MAX_YEAR)));
        }
        if (!endInRange) {
            errors.add(new FieldError("endDate", "validation.year", String.valueOf(PortfolioService.MIN_YEAR),
                    String.valueOf(PortfolioService.MAX_YEAR)));
        }
        if (start != null && end != null && startInRange && endInRange && end.isBefore(start)) {
            errors.add(new FieldError("endDate", "validation.dateOrder"));
        }
    }

    private static boolean inRange(LocalDate date) {
        return date == null
                || (date.getYear() >= PortfolioService.MIN_YEAR && date.getYear() <= PortfolioService.MAX_YEAR);
    }

    private static <E> Map<Long, E> byId(List<E> entities, Function<E, Long> idOf) {
        Map<Long, E> byId = new HashMap<>();
        entities.forEach(entity -> byId.put(idOf.apply(entity), entity));
        return byId;
    }

    /** The objects a list of ids names, from those loaded; each unknown one is an error at its index. */
    private static <E> Set<E> pick(Map<Long, E> byId, String field, List<Long> ids, String unknownKey,
            List<FieldError> errors) {
        Set<E> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        for (int i = 0; i < ids.size(); i++) {
            E entity = byId.get(ids.get(i));
            if (entity == null) {
                errors.add(new FieldError(field + "[" + i + "]", unknownKey, String.valueOf(ids.get(i))));
            } else {
                found.add(entity);
            }
        }
        return found;
    }

    /** Replaces a collection's content in place, only when it differs, so an unchanged PUT changes nothing. */
    private static <T> boolean replace(Collection<T> current, Set<T> wanted) {
        if (new LinkedHashSet<>(current).equals(wanted)) {
            return false;
        }
        current.clear();
        current.addAll(wanted);
        return true;
    }
}
