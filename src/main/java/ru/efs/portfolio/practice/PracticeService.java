package ru.efs.portfolio.practice;

import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.category.CategoryService;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
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
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionSummary;
import ru.efs.portfolio.practice.PracticeDtos.PracticeDto;
import ru.efs.portfolio.practice.PracticeDtos.PracticeRequest;
import ru.efs.portfolio.practice.PracticeDtos.PracticeSnapshot;
import ru.efs.portfolio.practice.PracticeDtos.PracticeSummary;
import ru.efs.portfolio.practice.PracticeDtos.TransitionRequest;
import ru.efs.portfolio.region.FederalDistrict;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.notification.Notice;
import ru.efs.portfolio.notification.NotificationKind;
import ru.efs.portfolio.notification.NotificationService;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.subject.Subject;

/**
 * Proven practices of the regions. Administrators change any practice; a regional coordinator only the practices
 * of their own region; experts do not edit practices but verify them; an administrator recommends a verified
 * practice for replication. The status changes through transitions, along {@link PracticeStatus#next()}, and an
 * edit of a verified practice's substance sends it back to verification.
 */
@ApplicationScoped
public class PracticeService {

    /** Statuses in the order of a practice's life, not alphabetically. */
    private static final String STATUS_ORDER = "case p.status"
            + Arrays.stream(PracticeStatus.values())
                    .map(s -> " when " + PracticeStatus.class.getName() + "." + s.name() + " then " + s.ordinal())
                    .reduce("", String::concat)
            + " end";

    public static final Map<String, String> SORTABLE = Map.of(
            "title", NameOrder.sortable("p.title"),
            "maturity", "p.maturity",
            "status", STATUS_ORDER,
            "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt",
            "regionCode", "p.region.code",
            "yearsInOperation", "p.yearsInOperation",
            "id", "p.id");

    public static final String DEFAULT_SORT = "updatedAt,desc";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A submitted, verified or recommended practice keeps these filled in. */
    private static final Set<PracticeStatus> NEEDS_RESULTS = EnumSet.of(PracticeStatus.SUBMITTED,
            PracticeStatus.VERIFIED, PracticeStatus.RECOMMENDED);

    /** The creation year of a practice is counted in Moscow time. */
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    @Inject
    HistoryService history;

    /** Filters of the practices list; {@code categoryCode} of a group matches the group's categories too. */
    public record Filter(String regionCode, String federalDistrictCode, String categoryCode, PracticeStatus status,
            Maturity maturity, Long subjectId, Integer year, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PracticeSummary> list(Filter filter, PageRequest page) {
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
        Integer year = filter.year();
        ListQuery<Practice> query = ListQuery.of(Practice.class, "p")
                .equal("p.region.code", regionCode)
                .equal("p.region.federalDistrict.code", districtCode)
                .where("p.id in (select cp.id from Practice cp join cp.categories c left join c.parent g "
                        + "where c.code = :categoryCode or g.code = :categoryCode)", "categoryCode", categoryCode)
                .equal("p.status", filter.status())
                .equal("p.maturity", filter.maturity())
                .equal("p.subject.id", filter.subjectId())
                .where("p.createdAt >= :yearStart", "yearStart", year == null ? null : startOf(year))
                .where("p.createdAt < :yearEnd", "yearEnd", year == null ? null : startOf(year + 1))
                .contains(filter.q(), "p.title", "p.summary", "p.description");
        return query.columns(em, page, SORTABLE, "p.id, p.title, p.summary, r.code, r.name, s.id, s.name, "
                + "s.shortName, p.maturity, p.status, p.yearsInOperation, p.updatedAt, p.version",
                "join p.region r left join p.subject s", this::summaries);
    }

    /** The page's rows as summaries; categories and adoption counts of all of them in one statement each. */
    private List<PracticeSummary> summaries(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> codes = ListQuery.collected(em, "select p.id, c.code from Practice p "
                + "join p.categories c where p.id in :ids order by c.code", ids, String.class);
        Map<Long, Long> adoptionCounts = adoptionCounts(ids);
        return rows.stream().map(r -> {
            String shortName = (String) r[7];
            return new PracticeSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (Long) r[5], shortName == null || shortName.isBlank() ? (String) r[6] : shortName,
                    codes.getOrDefault((Long) r[0], List.of()), (Maturity) r[8], (PracticeStatus) r[9],
                    (Integer) r[10], adoptionCounts.getOrDefault((Long) r[0], 0L), (OffsetDateTime) r[11],
                    (Long) r[12]);
        }).toList();
    }

    /** The {@code year} filter: a whole number between 2000 and 2100, or a 400. */

    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeDto get(long id) {
        return toDto(find(id));
    }

    @Transactional
    public PracticeDto create(PracticeRequest request) {
        Practice practice = insert(request);
        em.flush();
        return toDto(practice);
    }

    @Transactional
    public PracticeDto update(long id, PracticeRequest request, Long expectedVersion) {
        Practice practice = change(id, request, expectedVersion);
        em.flush();
        return toDto(practice);
    }

    /**
     * Creates a practice with every check and right of {@link #create}, answering its id only: an import writes
     * thousands in one transaction, flushes them in batches and reads none of them back.
     */
    @Transactional
    public long createFromImport(PracticeRequest request) {
        return insert(request).id;
    }

    /** Changes a practice with every check and right of {@link #update}, reading nothing back: for imports. */
    @Transactional
    public void updateFromImport(long id, PracticeRequest request, Long expectedVersion) {
        change(id, request, expectedVersion);
    }

    private Practice insert(PracticeRequest request) {
        Practice practice = new Practice();
        practice.status = PracticeStatus.DRAFT;
        apply(practice, request);
        currentUser.requireRegion(practice.regionCode(), false);
        practice.persist();
        return practice;
    }

    private Practice change(long id, PracticeRequest request, Long expectedVersion) {
        Practice practice = find(id);
        currentUser.requireRegion(practice.regionCode(), false);
        Versions.check(practice, expectedVersion);
        Substance verified = Substance.of(practice);
        apply(practice, request);
        currentUser.requireRegion(practice.regionCode(), false);
        returnForVerificationIfChanged(practice, verified);
        return practice;
    }

    @Transactional
    public PracticeDto transition(long id, TransitionRequest request, Long expectedVersion) {
        Practice practice = find(id);
        PracticeStatus to = request.to();
        requireMayMoveTo(practice, to);
        Versions.check(practice, expectedVersion);
        PracticeStatus from = practice.status;
        if (!from.canMoveTo(to)) {
            throw Problem.badTransition("to", "practice.badTransition", status(from), status(to),
                    new StatusList(from.next()));
        }
        if (to == PracticeStatus.SUBMITTED) {
            requireResultsToSubmit(practice);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        switch (to) {
            case VERIFIED -> {
                practice.verifiedBy = currentUser.username();
                practice.verifiedAt = now;
            }
            case RECOMMENDED -> {
                practice.recommendedBy = currentUser.username();
                practice.recommendedAt = now;
            }
            case DRAFT -> {
                // Back to draft, the practice will have to be verified and recommended anew.
                practice.verifiedBy = null;
                practice.verifiedAt = null;
                practice.recommendedBy = null;
                practice.recommendedAt = null;
            }
            default -> {
            }
        }
        practice.status = to;
        if (to == PracticeStatus.VERIFIED) {
            notifications.toRegionCoordinators(practice.regionCode(), Notice.aboutPractice(
                    NotificationKind.PRACTICE_VERIFIED, practice.id, practice.regionCode(), practice.title));
        }
        em.flush();
        return toDto(practice);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Practice practice = RowLocks.lock(em, find(id),
                () -> Problem.notFound("practice.notFound", String.valueOf(id)));
        currentUser.requireRegion(practice.regionCode(), false);
        Versions.check(practice, expectedVersion);
        Dependents.of(em, id)
                .count("projects", "select count(*) from project_practice where practice_id = ?1")
                .count("adoptions", "select count(*) from practice_adoption where practice_id = ?1")
                .count("closedDeficits", "select count(*) from deficit where closed_by_practice_id = ?1")
                .refuseIfAny("practice.hasDependents");
        practice.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Practice.class, id, PracticeSnapshot::from, PracticeDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("practice.notFound", String.valueOf(id));
        }
        return entries;
    }

    public Practice find(long id) {
        Practice practice = Practice.findById(id);
        if (practice == null) {
            throw Problem.notFound("practice.notFound", String.valueOf(id));
        }
        return practice;
    }

    /** The adoptions of a practice, by adopting region, with their projects in the same query. */
    List<AdoptionSummary> adoptionsOf(long practiceId) {
        return em.createQuery("select a from PracticeAdoption a left join fetch a.project join fetch a.region "
                        + "where a.practice.id = :id order by a.region.code, a.id", PracticeAdoption.class)
                .setParameter("id", practiceId).getResultStream().map(AdoptionSummary::from).toList();
    }

    /** How many adoptions each practice of a page has: one grouped query for the whole page. */
    private Map<Long, Long> adoptionCounts(List<Long> practiceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select a.practice.id, count(a) from PracticeAdoption a where a.practice.id in :ids "
                        + "group by a.practice.id", Object[].class)
                .setParameter("ids", practiceIds).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private PracticeDto toDto(Practice practice) {
        List<Ref> projects = em.createQuery("select new ru.efs.portfolio.common.Ref(pr.id, pr.title) from Project pr "
                        + "join pr.practices used where used.id = :id order by pr.title, pr.id", Ref.class)
                .setParameter("id", practice.id).getResultList();
        return PracticeDto.from(practice, adoptionsOf(practice.id), projects);
    }

    /**
     * What an expert checks when verifying a practice. Changing any of it afterwards makes the verification (and a
     * recommendation) stale, whoever edits; the owner, years in operation and region are formal.
     */
    private record Substance(String title, String summary, String description, Set<String> categoryCodes,
            String targetGroups, String results, String evidence, Maturity maturity) {

        static Substance of(Practice p) {
            Set<String> codes = new TreeSet<>();
            p.categories.forEach(c -> codes.add(c.code));
            return new Substance(p.title, p.summary, p.description, codes, p.targetGroups, p.results, p.evidence,
                    p.maturity);
        }
    }

    /**
     * A verified or recommended practice whose substance changed goes back to SUBMITTED, to be verified again; the
     * status change lands in the same revision as the edit, so the history shows both.
     */
    private static void returnForVerificationIfChanged(Practice practice, Substance before) {
        boolean verified = practice.status == PracticeStatus.VERIFIED || practice.status == PracticeStatus.RECOMMENDED;
        if (!verified || before.equals(Substance.of(practice))) {
            return;
        }
        practice.status = PracticeStatus.SUBMITTED;
        practice.verifiedBy = null;
        practice.verifiedAt = null;
        practice.recommendedBy = null;
        practice.recommendedAt = null;
    }

    /** Who may move a practice to a status: it depends on the status it moves to. */
    private void requireMayMoveTo(Practice practice, PracticeStatus to) {
        switch (to) {
            case VERIFIED -> {
                if (!currentUser.isAdmin() && !currentUser.hasRole(Role.EXPERT)) {
                    throw Problem.forbidden("practice.verifyByExpert");
                }
            }
            case RECOMMENDED -> {
                if (!currentUser.isAdmin()) {
                    throw Problem.forbidden("practice.recommendByAdmin");
                }
            }
            default -> {
                if (currentUser.hasRole(Role.EXPERT)) {
                    throw Problem.forbidden("practice.statusByCoordinator", status(to));
                }
                currentUser.requireRegion(practice.regionCode(), false);
            }
        }
    }

    /** A practice goes to verification only with its results and their evidence; every missing one is named. */
    private static void requireResultsToSubmit(Practice practice) {
        List<FieldError> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (clean(practice.results) == null) {
            errors.add(new FieldError("results", "practice.requiredToSubmit"));
            missing.add("results");
        }
        if (clean(practice.evidence) == null) {
            errors.add(new FieldError("evidence", "practice.requiredToSubmit"));
            missing.add("evidence");
        }
        if (!errors.isEmpty()) {
            throw new Problem(409, "invalid-transition", "problem.transition", "practice.incomplete",
                    new Object[] {new FieldNames(missing)}, errors, null);
        }
    }

    /** Copies the request onto the practice; every mistake found is reported at once, each with its field. */
    private void apply(Practice practice, PracticeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Region region = Region.findById(request.regionCode());
        if (region == null) {
            errors.add(new FieldError("regionCode", "validation.unknownRegion", request.regionCode()));
        }
        Subject subject = null;
        if (request.subjectId() != null) {
            subject = Subject.findById(request.subjectId());
            if (subject == null) {
                errors.add(new FieldError("subjectId", "validation.unknownSubject",
                        String.valueOf(request.subjectId())));
            } else if (region != null && !region.code.equals(subject.regionCode())) {
                errors.add(new FieldError("subjectId", "practice.subjectRegion", subject.displayName(),
                        new RegionName(region.code)));
            }
        }
        Set<Category> wanted = categories.resolveAll("categoryCodes", request.categoryCodes(), errors);
        if (NEEDS_RESULTS.contains(practice.status)) {
            if (clean(request.results()) == null) {
                errors.add(new FieldError("results", "practice.resultsKept", status(practice.status)));
            }
            if (clean(request.evidence()) == null) {
                errors.add(new FieldError("evidence", "practice.resultsKept", status(practice.status)));
            }
        }
        if (practice.id != null && region != null && !region.code.equals(practice.regionCode())
                && PracticeAdoption.count("practice = ?1 and region.code = ?2", practice, region.code) > 0) {
            errors.add(new FieldError("regionCode", "practice.regionAdopted", new RegionName(region.code)));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }

        practice.title = request.title().trim();
        practice.summary = request.summary().trim();
        practice.description = clean(request.description());
        practice.region = region;
        practice.subject = subject;
        practice.targetGroups = clean(request.targetGroups());
        practice.results = clean(request.results());
        practice.evidence = clean(request.evidence());
        practice.yearsInOperation = request.yearsInOperation();
        practice.maturity = request.maturity();
        if (!new LinkedHashSet<>(practice.categories).equals(wanted)) {
            practice.categories.clear();
            practice.categories.addAll(wanted);
            practice.touch();
        }
    }

    private static OffsetDateTime startOf(int year) {
        return ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, MOSCOW).toOffsetDateTime();
    }

    private static StatusName status(PracticeStatus status) {
        return new StatusName(status);
    }

    /** A status as a person reads it: its label in the caller's language and its code. */
    record StatusName(PracticeStatus status) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "practice.status." + status.name()) + " (" + status.name() + ")";
        }
    }

    /** The statuses a practice may move to. */
    record StatusList(Set<PracticeStatus> statuses) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return String.join(", ", Arrays.stream(PracticeStatus.values()).filter(statuses::contains)
                    .map(s -> new StatusName(s).render(locale)).toList());
        }
    }

    /** Request fields by their names in the caller's language. */
    record FieldNames(List<String> fields) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return String.join(", ", fields.stream()
                    .map(f -> Messages.text(locale, "practice.field." + f) + " (" + f + ")").toList());
        }
    }
}
