package ru.efs.portfolio.remark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.remark.RemarkDtos.RemarkAnswer;
import ru.efs.portfolio.remark.RemarkDtos.RemarkDto;
import ru.efs.portfolio.remark.RemarkDtos.RemarkRequest;
import ru.efs.portfolio.security.Account;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;

/**
 * Experts' remarks on a project's passport. Experts (and administrators) make them; the coordinator of the project's
 * region (or an administrator) answers them; the remark's author (or an administrator) resolves or reopens them.
 * The region's coordinators hear of a new remark, its author of the answer.
 */
@ApplicationScoped
public class RemarkService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    HistoryService history;

    /** A project's remarks: the open ones first, each group in the order they were made; one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RemarkDto> list(long projectId) {
        findProject(projectId);
        return em.createQuery("select r from Remark r join fetch r.project where r.project.id = :projectId "
                + "order by case when r.status = :open then 0 else 1 end, r.createdAt, r.id", Remark.class)
                .setParameter("projectId", projectId).setParameter("open", RemarkStatus.OPEN)
                .getResultList().stream().map(RemarkDto::from).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RemarkDto get(long projectId, long id) {
        return RemarkDto.from(find(projectId, id));
    }

    @Transactional
    public RemarkDto create(long projectId, RemarkRequest request) {
        Project project = findProject(projectId);
        if (!currentUser.isAdmin() && !currentUser.hasRole(Role.EXPERT)) {
            throw Problem.forbidden("remark.expertsOnly");
        }
        Remark remark = new Remark();
        remark.project = project;
        remark.part = request.part();
        remark.text = request.text().trim();
        remark.author = caller();
        remark.authorName = currentUser.username();
        remark.persist();
        String region = project.regionCode();
        notifications.toRegionCoordinators(region, Notice.aboutProject(NotificationKind.REMARK_CREATED, project.id,
                region, project.title, new PartName(remark.part), remark.text));
        em.flush();
        return RemarkDto.from(remark);
    }

    /** The coordinator of the project's region or an administrator answers an open remark; answering again amends. */
    @Transactional
    public RemarkDto answer(long projectId, long id, RemarkAnswer request, Long expectedVersion) {
        Remark remark = find(projectId, id);
        if (currentUser.hasRole(Role.EXPERT)) {
            throw Problem.forbidden("remark.coordinatorsOnly");
        }
        currentUser.requireRegion(remark.project.regionCode(), false);
        Versions.check(remark, expectedVersion);
        if (remark.status != RemarkStatus.OPEN) {
            throw Problem.conflict("remark.notOpen");
        }
        remark.answer = request.answer().trim();
        remark.answeredBy = currentUser.username();
        remark.answeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        remark.touch();
        Project project = remark.project;
        notifications.toUser(remark.author == null ? null : remark.author.id, Notice.aboutProject(
                NotificationKind.REMARK_ANSWERED, project.id, project.regionCode(), project.title, remark.answer));
        em.flush();
        return RemarkDto.from(remark);
    }

    /** The remark's author or an administrator marks it resolved ({@code RESOLVED}) or open again ({@code OPEN}). */
    @Transactional
    public RemarkDto setStatus(long projectId, long id, RemarkStatus to, Long expectedVersion) {
        Remark remark = find(projectId, id);
        requireAuthor(remark);
        Versions.check(remark, expectedVersion);
        if (remark.status == to) {
            throw Problem.conflict(to == RemarkStatus.RESOLVED ? "remark.alreadyResolved" : "remark.alreadyOpen");
        }
        remark.status = to;
        remark.touch();
        em.flush();
        return RemarkDto.from(remark);
    }

    /** Who changed the remark when, and how it read after each change. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long projectId, long id) {
        find(projectId, id);
        return history.history(Remark.class, id, (Remark r) -> RemarkDto.from(r, projectId));
    }

    private void requireAuthor(Remark remark) {
        if (currentUser.isAdmin()) {
            return;
        }
        Long me = currentUser.account().map(Account::userId).orElse(null);
        if (!currentUser.hasRole(Role.EXPERT) || remark.author == null || !remark.author.id.equals(me)) {
            throw Problem.forbidden("remark.authorOnly", remark.authorName);
        }
    }

    private Remark find(long projectId, long id) {
        Remark remark = Remark.findById(id);
        if (remark == null || !remark.project.id.equals(projectId)) {
            throw Problem.notFound("remark.notFound", String.valueOf(id));
        }
        return remark;
    }

    private Project findProject(long id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw Problem.notFound("remark.projectNotFound", String.valueOf(id));
        }
        return project;
    }

    private AppUser caller() {
        return currentUser.account().map(a -> AppUser.<AppUser>findById(a.userId())).orElse(null);
    }

    /** The part of the passport in the reader's language; the whole passport when none. */
    record PartName(RemarkPart part) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return part == null ? Messages.text(locale, "remark.wholePassport") : Labels.of(part, locale);
        }
    }
}
