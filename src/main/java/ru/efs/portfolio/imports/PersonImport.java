package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.imports.Columns.Alias;
import ru.efs.portfolio.imports.References.Target;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.person.PersonDtos.PersonDto;
import ru.efs.portfolio.person.PersonDtos.PersonRequest;
import ru.efs.portfolio.person.PersonDtos.PersonSummary;
import ru.efs.portfolio.person.PersonService;

/** People from a file, through {@link PersonService}; told apart by full name and organisation. */
@ApplicationScoped
class PersonImport extends KindImport<Person> {

    @Inject
    PersonService service;

    PersonImport() {
        super(ImportKind.PEOPLE, Person.class, PersonRequest.class, PersonSummary.class, PersonDto.class,
                Map.of("subjectName", Alias.name("subjectId")));
    }

    @Override
    long idOf(Person person) {
        return person.id;
    }

    @Override
    Map<String, Object> current(Person p) {
        Map<String, Object> values = new HashMap<>();
        values.put("fullName", p.fullName);
        values.put("position", p.position);
        values.put("subjectId", p.subject == null ? null : p.subject.id);
        values.put("academicTitle", p.academicTitle);
        values.put("email", p.email);
        values.put("phone", p.phone);
        values.put("notes", p.notes);
        return values;
    }

    @Override
    long create(Record request) {
        return service.create((PersonRequest) request).id();
    }

    @Override
    void update(long id, Record request, long version) {
        service.update(id, (PersonRequest) request, version);
    }

    @Override
    List<String> keyFields() {
        return List.of("subjectId", "fullName");
    }

    /** A person is in the region of their organisation. */
    @Override
    String regionOf(Map<String, Object> values, References refs) {
        Long subject = (Long) values.get("subjectId");
        References.Item item = subject == null ? null : refs.item(Target.SUBJECT, subject);
        return item == null ? null : item.regionCode();
    }

    @Override
    String regionField() {
        return "subjectId";
    }

    @Override
    Map<String, Long> existing(EntityManager em) {
        Map<String, Long> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, s.id, p.fullName from Person p left join p.subject s",
                Object[].class).getResultList()) {
            Map<String, Object> values = new HashMap<>();
            values.put("subjectId", row[1]);
            values.put("fullName", row[2]);
            keys.putIfAbsent(key(values), (Long) row[0]);
        }
        return keys;
    }
}
