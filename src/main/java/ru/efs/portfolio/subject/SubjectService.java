package ru.efs.portfolio.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
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
import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.subject.SubjectDtos.SubjectDto;
import ru.efs.portfolio.subject.SubjectDtos.SubjectRequest;
import ru.efs.portfolio.subject.SubjectDtos.SubjectSummary;

/**
 * The registry of ЕФС subjects. Administrators change any subject; a regional coordinator only the subjects of
 * their own region, and never a federal-level one (only administrators write those).
 */
@ApplicationScoped
public class SubjectService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "s.id",
            "name", NameOrder.sortable("s.name"),
            "shortName", NameOrder.sortable("s.shortName"),
            "type", "s.type",
            "level", "s.level",
            "regionCode", "s.region.code",
            "updatedAt", "s.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    HistoryService history;

    /** Filters of the subjects list. */
    public record Filter(String regionCode, String federalDistrictCode, SubjectType type, SubjectLevel level,
            Long parentId, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SubjectSummary> list(Filter filter, PageRequest page) {
        return ListQuery.of(Subject.class, "s")
                .equal("s.region.code", filter.regionCode())
                .equal("s.region.federalDistrict.code", upper(filter.federalDistrictCode()))
                .equal("s.type", filter.type())
                .equal("s.level", filter.level())
                .equal("s.parent.id", filter.parentId())
                .contains(filter.q(), "s.name", "s.shortName")
                .project(em, page, SORTABLE, SubjectSummary.class,
                        "s.id, s.name, s.shortName, s.type, s.level, r.code, r.name, p.id, s.version",
                        "left join s.region r left join s.parent p");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectDto get(long id) {
        return SubjectDto.from(find(id));
    }

    @Transactional
    public SubjectDto create(SubjectRequest request) {
        Subject subject = new Subject();
        apply(subject, request);
        requireLevelWriter(subject.type);
        currentUser.requireRegion(subject.regionCode(), false);
        subject.persist();
        return SubjectDto.from(subject);
    }

    @Transactional
    public SubjectDto update(long id, SubjectRequest request, Long expectedVersion) {
        Subject subject = find(id);
        currentUser.requireRegion(subject.regionCode(), false);
        requireLevelWriter(subject.type);
        Versions.check(subject, expectedVersion);
        apply(subject, request);
        requireLevelWriter(subject.type);
        currentUser.requireRegion(subject.regionCode(), false);
        em.flush();
        return SubjectDto.from(subject);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Subject subject = RowLocks.lock(em, find(id),
                () -> Problem.notFound("subject.notFound", String.valueOf(id)));
        currentUser.requireRegion(subject.regionCode(), false);
        requireLevelWriter(subject.type);
        Versions.check(subject, expectedVersion);
        Dependents.of(em, id)
                .count("childSubjects", "select count(*) from subject where parent_id = ?1")
                .count("people", "select count(*) from person where subject_id = ?1")
                .count("sessionSeries", "select count(*) from session_series where lead_subject_id = ?1")
                .count("sessions", "select count(*) from (select session_id from session_organizer where subject_id = ?1 "
                        + "union select session_id from session_subject where subject_id = ?1) used")
                .count("deficits", "select count(*) from deficit where subject_id = ?1")
                .count("practices", "select count(*) from practice where subject_id = ?1")
                .count("portfolios", "select count(*) from portfolio where coordinating_subject_id = ?1")
                .count("projects", "select count(*) from (select id from project where lead_subject_id = ?1 "
                        + "union select project_id from project_partner where subject_id = ?1) used")
                .count("users", "select count(*) from app_user where subject_id = ?1")
                .refuseIfAny("subject.hasDependents");
        subject.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Subject.class, id, SubjectDto::from);
        if (entries.isEmpty()) {
            throw Problem.notFound("subject.notFound", String.valueOf(id));
        }
        return entries;
    }

    public Subject find(long id) {
        Subject subject = Subject.findById(id);
        if (subject == null) {
            throw Problem.notFound("subject.notFound", String.valueOf(id));
        }
        return subject;
    }

    /** A subject named in a request body: an unknown id is the caller's mistake in that field (400). */
    public Subject resolve(String field, Long id) {
        if (id == null) {
            return null;
        }
        Subject subject = Subject.findById(id);
        if (subject == null) {
            throw Problem.invalid(field, "validation.unknownSubject", String.valueOf(id));
        }
        return subject;
    }

    /**
     * Federal-level subjects (a ministry, a university's НМЦ) are the federal operator's: only administrators write
     * them, even when one sits in a coordinator's region; a coordinator asking for such a type is refused (403).
     */
    private void requireLevelWriter(SubjectType type) {
        if (type.level() == SubjectLevel.FEDERAL && !currentUser.isAdmin()) {
            throw Problem.forbidden(new FieldError("type", "subject.federalByAdmin", type.name()));
        }
    }

    private void apply(Subject subject, SubjectRequest request) {
        Region region = regions.resolve("regionCode", request.regionCode());
        if (region == null && request.type().level() != SubjectLevel.FEDERAL) {
            throw Problem.invalid("regionCode", "subject.regionRequired");
        }
        Subject parent = resolve("parentId", request.parentId());
        for (Subject ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (subject.id != null && ancestor.id.equals(subject.id)) {
                throw Problem.invalid("parentId", "subject.parentCycle");
            }
        }
        subject.name = request.name().trim();
        subject.shortName = clean(request.shortName());
        subject.type = request.type();
        subject.level = request.type().level();
        subject.region = region;
        subject.parent = parent;
        subject.website = clean(request.website());
        subject.email = clean(request.email());
        subject.phone = clean(request.phone());
        subject.address = clean(request.address());
        subject.description = clean(request.description());
    }
}
