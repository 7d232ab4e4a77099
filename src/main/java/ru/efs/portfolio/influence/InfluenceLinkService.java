package ru.efs.portfolio.influence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.RegionName;
import ru.efs.portfolio.common.Versions;
import static ru.efs.portfolio.common.Texts.clean;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.influence.InfluenceLinkDtos.InfluenceLinkDto;
import ru.efs.portfolio.influence.InfluenceLinkDtos.InfluenceLinkRequest;
import ru.efs.portfolio.influence.InfluenceLinkDtos.InfluenceLinkSnapshot;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeBorrowing;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.security.Account;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;

/**
 * Declared influence links. Administrators and experts write any link; a regional coordinator only links whose
 * source or target region is their own (a region may state both what it gives and what it receives); viewers none.
 * A link carries a practice to its target region only once the practice is published (see {@link PracticeBorrowing}).
 */
@ApplicationScoped
public class InfluenceLinkService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "l.id",
            "sourceRegionCode", "l.sourceRegion.code",
            "targetRegionCode", "l.targetRegion.code",
            "kind", "l.kind",
            "strength", "l.strength",
            "createdAt", "l.createdAt",
            "updatedAt", "l.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    HistoryService history;

    @Inject
    NotificationService notifications;

    /** Filters of the links list. */
    public record Filter(String sourceRegionCode, String targetRegionCode, InfluenceKind kind) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<InfluenceLinkDto> list(Filter filter, PageRequest page) {
        return ListQuery.of(InfluenceLink.class, "l")
                .equal("l.sourceRegion.code", clean(filter.sourceRegionCode()))
                .equal("l.targetRegion.code", clean(filter.targetRegionCode()))
                .equal("l.kind", filter.kind())
                .fetch(em, page, SORTABLE, InfluenceLinkDto::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InfluenceLinkDto get(long id) {
        return InfluenceLinkDto.from(find(id));
    }

    @Transactional
    public InfluenceLinkDto create(InfluenceLinkRequest request) {
        InfluenceLink link = new InfluenceLink();
        apply(link, request);
        link.persist();
        Practice practice = link.sourcePractice;
        if (practice != null && !practice.regionCode().equals(link.targetRegionCode())) {
            notifications.toRegionCoordinators(practice.regionCode(), Notice.aboutPractice(
                    NotificationKind.PRACTICE_LINKED, practice.id, practice.regionCode(), practice.title,
                    link.targetRegion.name, (Messages.Localizable) locale -> Labels.of(link.kind, locale)));
        }
        return InfluenceLinkDto.from(link);
    }

    @Transactional
    public InfluenceLinkDto update(long id, InfluenceLinkRequest request, Long expectedVersion) {
        InfluenceLink link = find(id);
        requireEither(link.sourceRegionCode(), link.targetRegionCode());
        Versions.check(link, expectedVersion);
        apply(link, request);
        em.flush();
        return InfluenceLinkDto.from(link);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        InfluenceLink link = find(id);
        requireEither(link.sourceRegionCode(), link.targetRegionCode());
        Versions.check(link, expectedVersion);
        link.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(InfluenceLink.class, id, InfluenceLinkSnapshot::from, InfluenceLinkDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("influence.link.notFound", String.valueOf(id));
        }
        return entries;
    }

    public InfluenceLink find(long id) {
        InfluenceLink link = InfluenceLink.findById(id);
        if (link == null) {
            throw Problem.notFound("influence.link.notFound", String.valueOf(id));
        }
        return link;
    }

    /** A coordinator writes a link only when one of its ends is their own region. */
    private void requireEither(String sourceRegionCode, String targetRegionCode) {
        if (currentUser.isAdmin() || currentUser.hasRole(Role.EXPERT)) {
            return;
        }
        Account account = currentUser.account().orElseThrow();
        if (account.role() == Role.REGIONAL_COORDINATOR) {
            String own = account.regionCode();
            if (own != null && (own.equals(sourceRegionCode) || own.equals(targetRegionCode))) {
                return;
            }
            throw Problem.forbidden("influence.forbidden.region", new RegionName(own),
                    new RegionName(sourceRegionCode), new RegionName(targetRegionCode));
        }
        throw Problem.forbidden("problem.forbidden.role");
    }

    /**
     * Copies the request onto the link: the caller must be allowed to write for one of its regions (403); then
     * every mistake in the request is reported at once (400).
     */
    private void apply(InfluenceLink link, InfluenceLinkRequest request) {
        Region source = regions.resolve("sourceRegionCode", request.sourceRegionCode());
        Region target = regions.resolve("targetRegionCode", request.targetRegionCode());
        requireEither(source.code, target.code);
        List<FieldError> errors = new ArrayList<>();
        if (source.code.equals(target.code)) {
            errors.add(new FieldError("targetRegionCode", "influence.sameRegion", new RegionName(source.code)));
        }
        Project sourceProject = project("sourceProjectId", request.sourceProjectId(), source, errors);
        Project targetProject = project("targetProjectId", request.targetProjectId(), target, errors);
        Practice sourcePractice = null;
        if (request.sourcePracticeId() != null) {
            sourcePractice = em.find(Practice.class, request.sourcePracticeId());
            if (sourcePractice == null) {
                errors.add(new FieldError("sourcePracticeId", "validation.unknownPractice",
                        String.valueOf(request.sourcePracticeId())));
            } else if (!source.code.equals(sourcePractice.regionCode())) {
                errors.add(new FieldError("sourcePracticeId", "influence.practiceRegion", sourcePractice.title,
                        new RegionName(sourcePractice.regionCode()), new RegionName(source.code)));
            } else if (!linkedBefore(link, sourcePractice, target)) {
                FieldError refusal = PracticeBorrowing.refusal("sourcePracticeId", sourcePractice, target.code);
                if (refusal != null) {
                    errors.add(refusal);
                }
            }
        }
        Deficit targetDeficit = null;
        if (request.targetDeficitId() != null) {
            targetDeficit = em.find(Deficit.class, request.targetDeficitId());
            if (targetDeficit == null) {
                errors.add(new FieldError("targetDeficitId", "influence.unknownDeficit",
                        String.valueOf(request.targetDeficitId())));
            } else if (!target.code.equals(targetDeficit.regionCode())) {
                errors.add(new FieldError("targetDeficitId", "influence.deficitRegion", targetDeficit.title,
                        new RegionName(targetDeficit.regionCode()), new RegionName(target.code)));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        link.sourceRegion = source;
        link.sourceProject = sourceProject;
        link.sourcePractice = sourcePractice;
        link.targetRegion = target;
        link.targetProject = targetProject;
        link.targetDeficit = targetDeficit;
        link.kind = request.kind();
        link.strength = request.strength();
        link.note = clean(request.note());
    }

    /** The link already carried this practice to this region: it stays even if the practice is no longer published. */
    private static boolean linkedBefore(InfluenceLink link, Practice practice, Region target) {
        return link.sourcePractice != null && link.sourcePractice.id.equals(practice.id)
                && link.targetRegion != null && link.targetRegion.code.equals(target.code);
    }

    private Project project(String field, Long id, Region region, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Project project = em.find(Project.class, id);
        if (project == null) {
            errors.add(new FieldError(field, "validation.unknownProject", String.valueOf(id)));
            return null;
        }
        if (!region.code.equals(project.regionCode())) {
            errors.add(new FieldError(field, "influence.projectRegion", project.title,
                    new RegionName(project.regionCode()), new RegionName(region.code)));
        }
        return project;
    }
}
