package ru.efs.portfolio.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Versions;
import static ru.efs.portfolio.common.Texts.clean;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentDto;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentRequest;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentSummary;
import ru.efs.portfolio.project.AssessmentDtos.CriterionAverages;
import ru.efs.portfolio.project.AssessmentDtos.QueueItem;
import ru.efs.portfolio.project.AssessmentDtos.RecommendationCounts;
import ru.efs.portfolio.project.AssessmentDtos.StageSummary;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.subject.Subject;

/**
 * Experts' assessments of projects at pre-defence and defence. An expert assesses a project once per stage, never a
 * project that their own organisation leads or partners in, and may change their assessment only while the project
 * is still at that stage.
 */
@ApplicationScoped
public class AssessmentService {

    public static final Map<String, String> QUEUE_SORTABLE = Map.of(
            "title", NameOrder.sortable("p.title"),
            "updatedAt", "p.updatedAt");

    private static final List<ProjectStage> ASSESSED_STAGES = List.of(ProjectStage.PRE_DEFENSE, ProjectStage.DEFENSE);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    HistoryService history;

    @Inject
    NotificationService notifications;

    /** The 409 of a second assessment at the same stage points to the first one. */
    public record DuplicateDetails(long assessmentId) {
    }

    /** Filters of the queue of projects awaiting assessment. */
    public record QueueFilter(ProjectStage stage, String regionCode, String q, boolean assignedToMe) {
    }

    @Transactional
    public AssessmentDto create(long projectId, AssessmentRequest request) {
        Project project = findProject(projectId);
        AppUser expert = caller();
        refuseOwnSubject(expert, project);
        if (!project.stage.isAssessed()) {
            throw Problem.conflict("assessment.stageNotAssessed", new StageName(project.stage));
        }
        Assessment existing = Assessment.find("project.id = ?1 and expert.id = ?2 and stage = ?3",
                project.id, expert.id, project.stage).firstResult();
        if (existing != null) {
            throw Problem.conflict("assessment.duplicate",
                    new Object[] {new StageName(project.stage), String.valueOf(existing.id)},
                    new DuplicateDetails(existing.id));
        }
        Assessment assessment = new Assessment();
        assessment.project = project;
        assessment.expert = expert;
        assessment.stage = project.stage;
        apply(assessment, request);
        assessment.persist();
        String region = project.regionCode();
        notifications.toRegionCoordinators(region, Notice.aboutProject(NotificationKind.PROJECT_ASSESSED,
                project.id, region, project.title, new StageName(project.stage),
                (Messages.Localizable) locale -> Labels.of(assessment.recommendation, locale), assessment.comment));
        return AssessmentDto.from(assessment);
    }

    /** A project's assessments in the order they were given, optionally of one stage; one statement for the lot. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentDto> listOfProject(long projectId, ProjectStage stage) {
        findProject(projectId);
        var query = em.createQuery("select a from Assessment a join fetch a.expert where a.project.id = :projectId"
                + (stage == null ? "" : " and a.stage = :stage") + " order by a.createdAt, a.id", Assessment.class)
                .setParameter("projectId", projectId);
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        return query.getResultList().stream().map(AssessmentDto::from).toList();
    }

    /** Count, averages and recommendations per assessed stage, grouped in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentSummary summary(long projectId) {
        Project project = findProject(projectId);
        List<Object[]> rows = em.createQuery("select a.stage, count(a), avg(a.relevance), avg(a.feasibility), "
                + "avg(a.resources), avg(a.measurableResults), avg(a.replicability), avg(a.interregionalEffect), "
                + "sum(case when a.recommendation = :approve then 1 else 0 end), "
                + "sum(case when a.recommendation = :revise then 1 else 0 end), "
                + "sum(case when a.recommendation = :reject then 1 else 0 end) "
                + "from Assessment a where a.project.id = :projectId group by a.stage", Object[].class)
                .setParameter("projectId", projectId)
                .setParameter("approve", Recommendation.APPROVE)
                .setParameter("revise", Recommendation.REVISE)
                .setParameter("reject", Recommendation.REJECT)
                .getResultList();
        Map<ProjectStage, StageSummary> byStage = new EnumMap<>(ProjectStage.class);
        for (Object[] row : rows) {
            byStage.put((ProjectStage) row[0], stageSummary(row));
        }
        List<StageSummary> stages = ASSESSED_STAGES.stream()
                .map(stage -> byStage.getOrDefault(stage,
                        new StageSummary(stage, 0, null, null, new RecommendationCounts(0, 0, 0))))
                .toList();
        return new AssessmentSummary(project.id, project.stage, stages);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentDto get(long id) {
        return AssessmentDto.from(find(id));
    }

    @Transactional
    public AssessmentDto update(long id, AssessmentRequest request, Long expectedVersion) {
        Assessment assessment = find(id);
        AppUser expert = caller();
        if (!assessment.expert.id.equals(expert.id)) {
            throw Problem.forbidden("assessment.notAuthor", assessment.expert.username);
        }
        Versions.check(assessment, expectedVersion);
        refuseStageMoved(assessment);
        refuseOwnSubject(expert, assessment.project);
        apply(assessment, request);
        em.flush();
        return AssessmentDto.from(assessment);
    }

    /** The author while the project is still at the assessed stage; an administrator at any time. */
    @Transactional
    public void delete(long id, Long expectedVersion) {
        Assessment assessment = find(id);
        boolean admin = currentUser.isAdmin();
        if (!admin && !assessment.expert.id.equals(caller().id)) {
            throw Problem.forbidden("assessment.notAuthorDelete", assessment.expert.username);
        }
        Versions.check(assessment, expectedVersion);
        if (!admin) {
            refuseStageMoved(assessment);
        }
        assessment.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        // The project of an assessment never changes; taking it from the audit rows keeps the snapshots from
        // loading the project as it was at each revision.
        Number projectId = (Number) em.createNativeQuery("select max(project_id) from assessment_aud where id = ?1")
                .setParameter(1, id).getSingleResult();
        if (projectId == null) {
            throw Problem.notFound("assessment.notFound", String.valueOf(id));
        }
        List<HistoryEntry> entries = history.history(Assessment.class, id,
                (Assessment a) -> AssessmentDto.from(a, projectId.longValue()));
        if (entries.isEmpty()) {
            throw Problem.notFound("assessment.notFound", String.valueOf(id));
        }
        return entries;
    }

    /**
     * Projects awaiting the caller's assessment: at pre-defence or defence, not yet assessed by them at that stage
     * and not of their own organisation. An administrator sees every project at those stages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<QueueItem> queue(QueueFilter filter, PageRequest page) {
        ListQuery<Project> query = ListQuery.of(Project.class, "p")
                .where("p.stage in :assessedStages", "assessedStages", ASSESSED_STAGES)
                .equal("p.stage", filter.stage())
                .equal("p.portfolio.region.code", filter.regionCode())
                .contains(filter.q(), "p.title");
        if (filter.assignedToMe()) {
            assignedToCaller(query);
        }
        if (!currentUser.isAdmin()) {
            AppUser expert = caller();
            query.where("not exists (select a.id from Assessment a where a.project.id = p.id "
                    + "and a.expert.id = :expertId and a.stage = p.stage)", "expertId", expert.id);
            if (expert.subject != null) {
                query.where("(p.leadSubject is null or p.leadSubject.id <> :ownSubjectId) and not exists "
                        + "(select s.id from Project pp join pp.partners s where pp.id = p.id and s.id = :ownSubjectId)",
                        "ownSubjectId", expert.subject.id);
            }
        }
        return query.fetch(em, page, QUEUE_SORTABLE, QueueItem::from);
    }

    /**
     * Only the projects whose curator expert is the caller. A user and a person are linked by nothing but their
     * e-mail, so the curator is the caller when the curator's e-mail is the caller's; without one, nothing is theirs.
     */
    private void assignedToCaller(ListQuery<Project> query) {
        String email = clean(caller().email);
        if (email == null) {
            query.where("p.id = :noProject", "noProject", -1L);
            return;
        }
        query.where("p.curator.id in (select c.id from Person c where lower(c.email) = :callerEmail)", "callerEmail",
                email.toLowerCase(Locale.ROOT));
    }

    private Assessment find(long id) {
        Assessment assessment = Assessment.findById(id);
        if (assessment == null) {
            throw Problem.notFound("assessment.notFound", String.valueOf(id));
        }
        return assessment;
    }

    private Project findProject(long id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw Problem.notFound("assessment.projectNotFound", String.valueOf(id));
        }
        return project;
    }

    private AppUser caller() {
        long userId = currentUser.account().orElseThrow(() -> Problem.forbidden("problem.forbidden.role")).userId();
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw Problem.forbidden("problem.forbidden.role");
        }
        return user;
    }

    /** An expert does not judge a project that their own organisation leads or takes part in as a partner. */
    private static void refuseOwnSubject(AppUser expert, Project project) {
        Subject own = expert.subject;
        if (own == null) {
            return;
        }
        if (project.leadSubject != null && own.id.equals(project.leadSubject.id)) {
            throw Problem.forbidden("assessment.ownSubject.lead", own.displayName());
        }
        if (project.partners.stream().anyMatch(partner -> own.id.equals(partner.id))) {
            throw Problem.forbidden("assessment.ownSubject.partner", own.displayName());
        }
    }

    private static void refuseStageMoved(Assessment assessment) {
        if (assessment.project.stage != assessment.stage) {
            throw Problem.conflict("assessment.stageMoved", new StageName(assessment.stage),
                    new StageName(assessment.project.stage));
        }
    }

    private static void apply(Assessment assessment, AssessmentRequest request) {
        assessment.relevance = request.relevance();
        assessment.feasibility = request.feasibility();
        assessment.resources = request.resources();
        assessment.measurableResults = request.measurableResults();
        assessment.replicability = request.replicability();
        assessment.interregionalEffect = request.interregionalEffect();
        assessment.comment = clean(request.comment());
        assessment.recommendation = request.recommendation();
    }

    private static StageSummary stageSummary(Object[] row) {
        long count = ((Number) row[1]).longValue();
        double[] averages = new double[6];
        double total = 0;
        for (int i = 0; i < 6; i++) {
            averages[i] = ((Number) row[2 + i]).doubleValue();
            total += averages[i];
        }
        return new StageSummary((ProjectStage) row[0], count,
                new CriterionAverages(round(averages[0]), round(averages[1]), round(averages[2]), round(averages[3]),
                        round(averages[4]), round(averages[5])),
                round(total / 6),
                new RecommendationCounts(number(row[8]), number(row[9]), number(row[10])));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A stage named in the caller's language inside a message. */
    record StageName(ProjectStage stage) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "assessment.stage." + stage.name());
        }
    }
}
