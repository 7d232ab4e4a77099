package ru.efs.portfolio.person;

import static ru.efs.portfolio.common.Texts.clean;
import static ru.efs.portfolio.common.Texts.upper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.common.Dependents;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.person.PersonDtos.PersonDto;
import ru.efs.portfolio.person.PersonDtos.PersonRequest;
import ru.efs.portfolio.person.PersonDtos.PersonSummary;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.subject.SubjectService;

/**
 * The registry of experts and participants. A person belongs to the region of their organisation: administrators
 * change anyone, a regional coordinator only the people of their own region's organisations.
 */
@ApplicationScoped
public class PersonService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "p.id",
            "fullName", NameOrder.sortable("p.fullName"),
            "position", NameOrder.sortable("p.position"),
            "updatedAt", "p.updatedAt");

    /**
     * A deleted person's contacts are personal data no longer shown anywhere: their history hides them from all but
     * administrators. The audit keeps them (they are in every earlier revision anyway), so they are hidden on reading.
     */
    private static final Set<String> CONTACTS = Set.of("email", "phone");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SubjectService subjects;

    @Inject
    HistoryService history;

    /** Filters of the people list. */
    public record Filter(Long subjectId, String regionCode, String federalDistrictCode, String q) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PersonSummary> list(Filter filter, PageRequest page) {
        return ListQuery.of(Person.class, "p")
                .equal("p.subject.id", filter.subjectId())
                .equal("p.subject.region.code", clean(filter.regionCode()))
                .equal("p.subject.region.federalDistrict.code", upper(clean(filter.federalDistrictCode())))
                .contains(filter.q(), "p.fullName", "p.position", "p.email")
                .fetch(em, page, SORTABLE, PersonSummary::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonDto get(long id) {
        return PersonDto.from(find(id));
    }

    @Transactional
    public PersonDto create(PersonRequest request) {
        Person person = new Person();
        apply(person, request);
        currentUser.requireRegion(person.regionCode(), false);
        person.persist();
        return PersonDto.from(person);
    }

    @Transactional
    public PersonDto update(long id, PersonRequest request, Long expectedVersion) {
        Person person = find(id);
        currentUser.requireRegion(person.regionCode(), false);
        Versions.check(person, expectedVersion);
        apply(person, request);
        currentUser.requireRegion(person.regionCode(), false);
        em.flush();
        return PersonDto.from(person);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Person person = RowLocks.lock(em, find(id),
                () -> Problem.notFound("person.notFound", String.valueOf(id)));
        currentUser.requireRegion(person.regionCode(), false);
        Versions.check(person, expectedVersion);
        Dependents.of(em, id)
                .count("sessions", "select count(*) from session_person where person_id = ?1")
                .count("sessionSeries", "select count(*) from session_series where lead_person_id = ?1")
                .count("projects", "select count(*) from project where curator_person_id = ?1")
                .refuseIfAny("person.hasDependents");
        person.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(Person.class, id, PersonDto::from);
        if (entries.isEmpty()) {
            throw Problem.notFound("person.notFound", String.valueOf(id));
        }
        boolean deleted = "DELETED".equals(entries.get(0).action());
        return deleted && !currentUser.isAdmin() ? HistoryService.withoutFields(entries, CONTACTS) : entries;
    }

    public Person find(long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw Problem.notFound("person.notFound", String.valueOf(id));
        }
        return person;
    }

    /** A person named in a request body: an unknown id is the caller's mistake in that field (400). */
    public Person resolve(String field, Long id) {
        if (id == null) {
            return null;
        }
        Person person = Person.findById(id);
        if (person == null) {
            throw Problem.invalid(field, "validation.unknownPerson", String.valueOf(id));
        }
        return person;
    }

    private void apply(Person person, PersonRequest request) {
        // Without an organisation a person belongs to no region, and so to no coordinator.
        if (request.subjectId() == null && currentUser.hasRole(Role.REGIONAL_COORDINATOR)) {
            throw Problem.invalid("subjectId", "person.subjectRequired");
        }
        person.subject = subjects.resolve("subjectId", request.subjectId());
        person.fullName = request.fullName().trim();
        person.position = clean(request.position());
        person.academicTitle = clean(request.academicTitle());
        person.email = clean(request.email());
        person.phone = clean(request.phone());
        person.notes = clean(request.notes());
    }
}
