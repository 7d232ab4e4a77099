package ru.efs.portfolio.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.deficit.DeficitStatusService;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.project.ProjectDtos.ProjectDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectTransitionRequest;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;

/**
 * Moves projects through their stages. Only the targets of {@link ProjectStage#next()} pass (a project on hold
 * also resumes the stage it interrupted); each move is recorded with who, when and why.
 *
 * <p>Who moves what: the region's coordinator (or an administrator) leads the project through refinement to
 * pre-defence, into implementation and to completion, and puts it on hold or resumes it; an expert (or an
 * administrator) takes it from pre-defence to defence and approval, returns it for revision or rejects it. A
 * coordinator may also withdraw (reject) a project that is only proposed.
 */
@ApplicationScoped
public class ProjectTransitionService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @Inject
    DeficitStatusService deficitStatus;

    @Inject
    NotificationService notifications;

    /** The stages a project may move to now. */
    public static Set<ProjectStage> targets(Project project) {
        Set<ProjectStage> targets = EnumSet.noneOf(ProjectStage.class);
        targets.addAll(project.stage.next());
        if (project.stage == ProjectStage.ON_HOLD && project.stageBeforeHold != null) {
            targets.add(project.stageBeforeHold);
        }
        return targets;
    }

    @Transactional
    public ProjectDto transition(long id, ProjectTransitionRequest request, Long expectedVersion) {
        Project project = projects.find(id);
        currentUser.requireRegion(project.regionCode(), true);
        Versions.check(project, expectedVersion);
        ProjectStage from = project.stage;
        ProjectStage to = request.to();
        Set<ProjectStage> allowed = targets(project);
        if (!allowed.contains(to)) {
            throw Problem.badTransition("to", "project.badTransition", new StageName(from), new StageName(to),
                    new StageList(allowed));
        }
        requireMover(from, to);
        if (to == ProjectStage.PRE_DEFENSE) {
            List<FieldError> missing = PassportCheck.missing(project);
            if (!missing.isEmpty()) {
                throw new Problem(409, "incomplete-passport", "problem.transition", "project.passportIncomplete",
                        new Object[] {new MissingFields(missing)}, missing, null);
            }
        }
        if (to == ProjectStage.ON_HOLD) {
            project.stageBeforeHold = from;
        } else if (from == ProjectStage.ON_HOLD) {
            project.stageBeforeHold = null;
        }
        project.stage = to;
        project.touch();
        projects.recordStage(project, from, to, request.comment());
        deficitStatus.refresh(ProjectService.idsOf(project.deficits));
        notifyOfMove(project, from, to, request.comment());
        em.flush();
        return ProjectDto.from(project);
    }

    /**
     * The region's coordinators hear of a return for revision (with the comment) and of every move into, within
     * or out of the pre-defence and defence stages; experts hear that a project entered their queue.
     */
    private void notifyOfMove(Project project, ProjectStage from, ProjectStage to, String comment) {
        String region = project.regionCode();
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (to == ProjectStage.REVISION) {
            notifications.toRegionCoordinators(region, Notice.aboutProject(NotificationKind.PROJECT_REVISION,
                    project.id, region, project.title, text));
        } else if (to.isAssessed() || from.isAssessed() || to == ProjectStage.APPROVED) {
            notifications.toRegionCoordinators(region, Notice.aboutProject(NotificationKind.PROJECT_STAGE,
                    project.id, region, project.title, new StageName(from), new StageName(to), text));
        }
        if (to.isAssessed()) {
            Set<Long> ownSubjects = new HashSet<>();
            if (project.leadSubject != null) {
                ownSubjects.add(project.leadSubject.id);
            }
            project.partners.forEach(partner -> ownSubjects.add(partner.id));
            notifications.toExperts(ownSubjects, Notice.of(NotificationKind.PROJECT_QUEUED, "project", project.id,
                    "/projects/" + project.id + "/assess", region, project.title, new StageName(to),
                    project.portfolio.region.name));
        }
    }

    /** Experts decide at the defence stages; coordinators lead the project everywhere else (403 otherwise). */
    private void requireMover(ProjectStage from, ProjectStage to) {
        if (currentUser.isAdmin()) {
            return;
        }
        boolean expertMove = to == ProjectStage.REVISION || to == ProjectStage.REJECTED
                || (from == ProjectStage.PRE_DEFENSE && to == ProjectStage.DEFENSE)
                || (from == ProjectStage.DEFENSE && to == ProjectStage.APPROVED);
        boolean coordinatorMove = !expertMove || (from == ProjectStage.PROPOSED && to == ProjectStage.REJECTED);
        if (expertMove && currentUser.hasRole(Role.EXPERT)) {
            return;
        }
        if (coordinatorMove && currentUser.hasRole(Role.REGIONAL_COORDINATOR)) {
            return;
        }
        throw Problem.forbidden(coordinatorMove ? "project.transition.coordinatorsOnly"
                : "project.transition.expertsOnly", new StageName(from), new StageName(to));
    }

    /** A stage as a person reads it: its label in the caller's language and its code. */
    public record StageName(ProjectStage stage) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "project.stage." + stage.name()) + " (" + stage.name() + ")";
        }
    }

    /** The stages a project may move to, or a word saying there are none. */
    record StageList(Set<ProjectStage> stages) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            if (stages.isEmpty()) {
                return Messages.text(locale, "project.noTransitions");
            }
            return String.join(", ", Arrays.stream(ProjectStage.values()).filter(stages::contains)
                    .map(s -> new StageName(s).render(locale)).toList());
        }
    }

    /** The parts of the passport still to fill, named as a person reads them. */
    record MissingFields(List<FieldError> missing) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return String.join(", ", missing.stream()
                    .map(e -> Messages.text(locale, "project.passportField." + e.field())).toList());
        }
    }
}
