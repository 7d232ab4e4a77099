package ru.efs.portfolio.session;

import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.region.FederalDistrict;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.series.SessionSeries;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.session.SessionDtos.SessionDto;
import ru.efs.portfolio.session.SessionDtos.SessionPersonRequest;
import ru.efs.portfolio.session.SessionDtos.SessionRequest;
import ru.efs.portfolio.session.SessionDtos.SessionSnapshot;
import ru.efs.portfolio.session.SessionDtos.SessionSummary;
import ru.efs.portfolio.session.SessionDtos.TransitionRequest;
import ru.efs.portfolio.subject.Subject;

/**
 * Strategic sessions. Administrators and experts change any session; a regional coordinator only the sessions
 * hosted in their own region. The status changes only through transitions, and only along
 * {@link SessionStatus#next()}.
 */
@ApplicationScoped
public class SessionService {

    public static final Map<String, String> SORTABLE = Map.of(
            "startDate", "s.startDate",
            "title", NameOrder.sortable("s.title"),
            "number", "s.number",
            "status", "s.status",
            "id", "s.id");

    public static final String DEFAULT_SORT = "startDate,desc";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** A session lasts at most this many days, both ends counted. */
    public static final int MAX_DAYS = 31;

    /** The statuses a session may be created in: planned, or a past session being recorded. */
    private static final Set<SessionStatus> CREATE_STATUSES = EnumSet.of(SessionStatus.PLANNED, SessionStatus.HELD,
            SessionStatus.POST_SESSION_SUPPORT, SessionStatus.COMPLETED);

    /** Session dates are calendar days in Russia; "today" is taken in Moscow time. */
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    HistoryService history;

    /** Filters of the sessions list; {@code regionCode} matches the host and the participating regions. */
    public record Filter(String regionCode, String federalDistrictCode, SessionFormat format, SessionStatus status,
            Integer year, Long seriesId, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SessionSummary> list(Filter filter, PageRequest page) {
        String regionCode = clean(filter.regionCode());
        if (regionCode != null) {
            regions.resolve("regionCode", regionCode);
        }
        String districtCode = upper(clean(filter.federalDistrictCode()));
        if (districtCode != null && FederalDistrict.findById(districtCode) == null) {
            throw Problem.invalid("federalDistrictCode", "validation.unknownFederalDistrict", districtCode);
        }
        Integer year = filter.year();
        return ListQuery.of(StrategicSession.class, "s")
                .where("(s.hostRegion.code = :regionCode or s.id in (select rs.id from StrategicSession rs "
                        + "join rs.regions rr where rr.code = :regionCode))", "regionCode", regionCode)
                .equal("s.hostRegion.federalDistrict.code", districtCode)
                .equal("s.format", filter.format())
                .equal("s.status", filter.status())
                .where("s.startDate >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .where("s.startDate < :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .equal("s.series.id", filter.seriesId())
                .contains(filter.q(), "s.title", "s.city")
                .fetch(em, page, SORTABLE, SessionSummary::from);
    }

    /** The {@code year} filter: a whole number between 2000 and 2100, or a 400. */

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionDto get(long id) {
        return toDto(find(id));
    }

    @Transactional
    public SessionDto create(SessionRequest request) {
        SessionStatus status = request.status() == null ? SessionStatus.PLANNED : request.status();
        if (!CREATE_STATUSES.contains(status)) {
            throw Problem.invalid("status", "session.createStatus");
        }
        StrategicSession session = new StrategicSession();
        session.status = status;
        apply(session, request);
        currentUser.requireRegion(session.hostRegionCode(), true);
        session.persist();
        em.flush();
        return toDto(session);
    }

    @Transactional
    public SessionDto update(long id, SessionRequest request, Long expectedVersion) {
        StrategicSession session = find(id);
        currentUser.requireRegion(session.hostRegionCode(), true);
        Versions.check(session, expectedVersion);
        if (request.status() != null && request.status() != session.status) {
            throw Problem.invalid("status", "session.statusByTransition", status(session.status),
                    status(request.status()));
        }
        apply(session, request);
        currentUser.requireRegion(session.hostRegionCode(), true);
        em.flush();
        return toDto(session);
    }

    @Transactional
    public SessionDto transition(long id, TransitionRequest request, Long expectedVersion) {
        StrategicSession session = find(id);
        currentUser.requireRegion(session.hostRegionCode(), true);
        Versions.check(session, expectedVersion);
        SessionStatus from = session.status;
        SessionStatus to = request.to();
        if (!from.canMoveTo(to)) {
            throw Problem.badTransition("to", "session.badTransition", status(from), status(to),
                    new StatusList(from.next()));
        }
        if (to == SessionStatus.HELD && session.startDate.isAfter(today())) {
            throw Problem.badTransition("to", "session.notYetHeld", session.startDate.toString());
        }
        session.status = to;
        em.flush();
        return toDto(session);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        StrategicSession session = RowLocks.lock(em, find(id),
                () -> Problem.notFound("session.notFound", String.valueOf(id)));
        currentUser.requireRegion(session.hostRegionCode(), true);
        Versions.check(session, expectedVersion);
        // A session's outcomes are the deficits it identified and the projects proposed at it: they keep it.
        Dependents.of(em, id)
                .count("deficits", "select count(*) from deficit where session_id = ?1")
                .count("projects", "select count(*) from project where session_id = ?1")
                .refuseIfAny("session.hasDependents");
        session.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(StrategicSession.class, id, SessionSnapshot::from, SessionDto.class);
        if (entries.isEmpty()) {
            throw Problem.notFound("session.notFound", String.valueOf(id));
        }
        return entries;
    }

    public StrategicSession find(long id) {
        StrategicSession session = StrategicSession.findById(id);
        if (session == null) {
            throw Problem.notFound("session.notFound", String.valueOf(id));
        }
        return session;
    }

    private SessionDto toDto(StrategicSession session) {
        Set<Long> personIds = session.people.stream().map(p -> p.personId).collect(Collectors.toSet());
        Map<Long, String> names = personIds.isEmpty() ? Map.of()
                : em.createQuery("select p from Person p where p.id in :ids", Person.class)
                        .setParameter("ids", personIds).getResultStream()
                        .collect(Collectors.toMap(p -> p.id, p -> p.fullName));
        return SessionDto.from(session, names, today());
    }

    /** Copies the request onto the session; every mistake found is reported at once, each with its field. */
    private void apply(StrategicSession session, SessionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Region host = null;
        if (request.hostRegionCode() != null) {
            host = Region.findById(request.hostRegionCode());
            if (host == null) {
                errors.add(new FieldError("hostRegionCode", "validation.unknownRegion", request.hostRegionCode()));
            }
        } else if (request.format() != SessionFormat.ALL_RUSSIAN) {
            errors.add(new FieldError("hostRegionCode", "session.hostRegionRequired"));
        }
        checkDates(request.startDate(), request.endDate(), session.status, errors);
        SessionSeries series = null;
        if (request.seriesId() != null) {
            series = RowLocks.lock(em, SessionSeries.class, request.seriesId());
            if (series == null) {
                errors.add(new FieldError("seriesId", "validation.unknownSeries", String.valueOf(request.seriesId())));
            }
        }
        // The subjects and people a session links to are locked first, so that their concurrent delete waits or
        // is seen (RowLocks); the resolving below then finds them loaded.
        Set<Long> subjectIds = new LinkedHashSet<>();
        Optional.ofNullable(request.organizerIds()).ifPresent(subjectIds::addAll);
        Optional.ofNullable(request.subjectIds()).ifPresent(subjectIds::addAll);
        RowLocks.lockAll(em, Subject.class, subjectIds);
        Set<Subject> organizers = resolveAll(Subject.class, "organizerIds", request.organizerIds(),
                "validation.unknownSubject", errors);
        Set<Subject> subjects = resolveAll(Subject.class, "subjectIds", request.subjectIds(),
                "validation.unknownSubject", errors);
        Set<Region> participating = resolveAll(Region.class, "regionCodes", request.regionCodes(),
                "validation.unknownRegion", errors);
        Set<SessionPerson> people = resolvePeople(request.people(), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (host != null) {
            participating.add(host);
        }

        session.title = request.title().trim();
        session.number = request.number();
        session.format = request.format();
        session.hostRegion = host;
        session.city = clean(request.city());
        session.venue = clean(request.venue());
        session.startDate = request.startDate();
        session.endDate = request.endDate();
        session.series = series;
        session.participantCount = request.participantCount();
        session.goals = clean(request.goals());
        session.summary = clean(request.summary());
        boolean changed = replace(session.organizers, organizers);
        changed |= replace(session.subjects, subjects);
        changed |= replace(session.regions, participating);
        changed |= replace(session.people, people);
        changed |= replace(session.participantTypes, request.participantTypes() == null ? Set.of()
                : new LinkedHashSet<>(request.participantTypes()));
        if (changed) {
            session.touch();
        }
    }

    private static void checkDates(LocalDate start, LocalDate end, SessionStatus status, List<FieldError> errors) {
        boolean startInRange = inRange(start);
        boolean endInRange = inRange(end);
        if (!startInRange) {
            errors.add(new FieldError("startDate", "validation.year", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR)));
        }
        if (!endInRange) {
            errors.add(new FieldError("endDate", "validation.year", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR)));
        }
        if (!startInRange || !endInRange) {
            return;
        }
        if (end.isBefore(start)) {
            errors.add(new FieldError("endDate", "validation.dateOrder"));
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            errors.add(new FieldError("endDate", "session.tooLong", String.valueOf(MAX_DAYS)));
        }
        // A session recorded as held (or later) cannot start in the future.
        if (status != SessionStatus.PLANNED && status != SessionStatus.CANCELLED && start.isAfter(today())) {
            errors.add(new FieldError("startDate", "session.heldInFuture", status(status)));
        }
    }

    private static boolean inRange(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** Loads the objects a list of ids or codes names, in one query; each unknown one is an error at its index. */
    private <K, E> Set<E> resolveAll(Class<E> type, String field, List<K> keys, String unknownKey,
            List<FieldError> errors) {
        Set<E> found = new LinkedHashSet<>();
        if (keys == null || keys.isEmpty()) {
            return found;
        }
        String idName = type == Region.class ? "code" : "id";
        Map<Object, E> byKey = new HashMap<>();
        Function<E, Object> keyOf = entity -> em.getEntityManagerFactory().getPersistenceUnitUtil()
                .getIdentifier(entity);
        em.createQuery("select e from " + type.getSimpleName() + " e where e." + idName + " in :keys", type)
                .setParameter("keys", new LinkedHashSet<>(keys)).getResultStream()
                .forEach(entity -> byKey.put(keyOf.apply(entity), entity));
        for (int i = 0; i < keys.size(); i++) {
            E entity = byKey.get(keys.get(i));
            if (entity == null) {
                errors.add(new FieldError(field + "[" + i + "]", unknownKey, String.valueOf(keys.get(i))));
            } else {
                found.add(entity);
            }
        }
        return found;
    }

    private Set<SessionPerson> resolvePeople(List<SessionPersonRequest> requested, List<FieldError> errors) {
        Set<SessionPerson> people = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            return people;
        }
        Set<Long> ids = requested.stream().map(SessionPersonRequest::personId).collect(Collectors.toSet());
        Set<Long> known = RowLocks.lockAll(em, Person.class, ids).stream().map(p -> p.id)
                .collect(Collectors.toSet());
        for (int i = 0; i < requested.size(); i++) {
            SessionPersonRequest person = requested.get(i);
            if (!known.contains(person.personId())) {
                errors.add(new FieldError("people[" + i + "].personId", "validation.unknownPerson",
                        String.valueOf(person.personId())));
            } else {
                people.add(new SessionPerson(person.personId(), person.role()));
            }
        }
        return people;
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

    private static LocalDate today() {
        return LocalDate.now(MOSCOW);
    }

    private static StatusName status(SessionStatus status) {
        return new StatusName(status);
    }

    /** A status as a person reads it: its label in the caller's language and its code. */
    record StatusName(SessionStatus status) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "session.status." + status.name()) + " (" + status.name() + ")";
        }
    }

    /** The statuses a session may move to, or a word saying there are none. */
    record StatusList(Set<SessionStatus> statuses) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            if (statuses.isEmpty()) {
                return Messages.text(locale, "session.noTransitions");
            }
            return String.join(", ", Arrays.stream(SessionStatus.values()).filter(statuses::contains)
                    .map(s -> new StatusName(s).render(locale)).toList());
        }
    }
}
