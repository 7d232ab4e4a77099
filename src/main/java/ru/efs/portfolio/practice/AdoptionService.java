package ru.efs.portfolio.practice;

import static ru.efs.portfolio.common.Texts.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.RegionName;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionDto;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionRequest;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionSnapshot;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionSummary;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.security.CurrentUser;

/**
 * Adoptions of practices by other regions. The adopting region records them: an administrator, or the coordinator
 * of the adopting region. A region adopts a practice at most once, never its own region's practice, and only a
 * published one.
 */
@ApplicationScoped
public class AdoptionService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    PracticeService practices;

    @Inject
    HistoryService history;

    @Inject
    NotificationService notifications;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdoptionSummary> listForPractice(long practiceId) {
        practices.find(practiceId);
        return practices.adoptionsOf(practiceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdoptionDto get(long id) {
        return AdoptionDto.from(find(id));
    }

    @Transactional
    public AdoptionDto create(long practiceId, AdoptionRequest request) {
        Practice practice = practices.find(practiceId);
        PracticeAdoption adoption = new PracticeAdoption();
        adoption.practice = practice;
        apply(adoption, request);
        requirePublished(practice, adoption.region.code);
        adoption.persist();
        notifications.toRegionCoordinators(practice.regionCode(), Notice.aboutPractice(
                NotificationKind.PRACTICE_ADOPTED, practice.id, practice.regionCode(), practice.title,
                adoption.region.name));
        em.flush();
        return AdoptionDto.from(adoption);
    }

    @Transactional
    public AdoptionDto update(long id, AdoptionRequest request, Long expectedVersion) {
        PracticeAdoption adoption = find(id);
        currentUser.requireRegion(adoption.region.code, false);
        Versions.check(adoption, expectedVersion);
        apply(adoption, request);
        em.flush();
        return AdoptionDto.from(adoption);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        PracticeAdoption adoption = find(id);
        currentUser.requireRegion(adoption.region.code, false);
        Versions.check(adoption, expectedVersion);
        adoption.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(PracticeAdoption.class, id, AdoptionSnapshot::from, AdoptionDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("adoption.notFound", String.valueOf(id));
        }
        return entries;
    }

    public PracticeAdoption find(long id) {
        PracticeAdoption adoption = PracticeAdoption.findById(id);
        if (adoption == null) {
            throw Problem.notFound("adoption.notFound", String.valueOf(id));
        }
        return adoption;
    }

    /** Another region adopts a practice only once it is published (409 naming it); an adoption made stays. */
    private static void requirePublished(Practice practice, String adoptingRegionCode) {
        FieldError refusal = PracticeBorrowing.refusal("id", practice, adoptingRegionCode);
        if (refusal != null) {
            throw new Problem(409, "conflict", "problem.conflict", refusal.messageKey(), refusal.args(),
                    List.of(refusal), null);
        }
    }

    /**
     * Copies the request onto the adoption. The caller must be allowed to write for the adopting region (403);
     * then every mistake in the request is reported at once (400), and a second adoption by the same region is a 409.
     */
    private void apply(PracticeAdoption adoption, AdoptionRequest request) {
        Region region = regions.resolve("regionCode", request.regionCode());
        currentUser.requireRegion(region.code, false);
        Practice practice = adoption.practice;
        List<FieldError> errors = new ArrayList<>();
        if (region.code.equals(practice.regionCode())) {
            errors.add(new FieldError("regionCode", "adoption.ownRegion", new RegionName(region.code)));
        }
        Project project = null;
        if (request.projectId() != null) {
            project = em.find(Project.class, request.projectId());
            if (project == null) {
                errors.add(new FieldError("projectId", "validation.unknownProject", String.valueOf(request.projectId())));
            } else if (!region.code.equals(project.regionCode())) {
                errors.add(new FieldError("projectId", "adoption.projectRegion", project.title,
                        new RegionName(project.regionCode()), new RegionName(region.code)));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        // Adoptions of one practice are written one at a time, so that two requests cannot both add one region.
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        List<Long> existing = em.createQuery("select a.id from PracticeAdoption a where a.practice = :practice "
                        + "and a.region.code = :region and a.id <> :self", Long.class)
                .setParameter("practice", practice).setParameter("region", region.code)
                .setParameter("self", adoption.id == null ? -1L : adoption.id).getResultList();
        if (!existing.isEmpty()) {
            Object[] args = {new RegionName(region.code), String.valueOf(existing.get(0))};
            throw new Problem(409, "conflict", "problem.conflict", "adoption.exists", args,
                    List.of(new FieldError("regionCode", "adoption.exists", (Object[]) args)), null);
        }

        adoption.region = region;
        adoption.project = project;
        adoption.outcome = request.outcome();
        adoption.result = clean(request.result());
        adoption.adoptedYear = request.adoptedYear();
    }
}
