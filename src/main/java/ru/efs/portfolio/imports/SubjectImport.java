package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.imports.Columns.Alias;
import ru.efs.portfolio.imports.References.Target;
import ru.efs.portfolio.subject.Subject;
import ru.efs.portfolio.subject.SubjectDtos.SubjectDto;
import ru.efs.portfolio.subject.SubjectDtos.SubjectRequest;
import ru.efs.portfolio.subject.SubjectDtos.SubjectSummary;
import ru.efs.portfolio.subject.SubjectService;

/** ЕФС subjects from a file, through {@link SubjectService}; told apart by their full name. */
@ApplicationScoped
class SubjectImport extends KindImport<Subject> {

    @Inject
    SubjectService service;

    SubjectImport() {
        super(ImportKind.SUBJECTS, Subject.class, SubjectRequest.class, SubjectSummary.class, SubjectDto.class,
                Map.of("regionName", Alias.name("regionCode")));
    }

    @Override
    long idOf(Subject subject) {
        return subject.id;
    }

    @Override
    Map<String, Object> current(Subject s) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", s.name);
        values.put("shortName", s.shortName);
        values.put("type", s.type);
        values.put("regionCode", s.region == null ? null : s.region.code);
        values.put("parentId", s.parent == null ? null : s.parent.id);
        values.put("website", s.website);
        values.put("email", s.email);
        values.put("phone", s.phone);
        values.put("address", s.address);
        values.put("description", s.description);
        return values;
    }

    @Override
    long create(Record request) {
        return service.create((SubjectRequest) request).id();
    }

    @Override
    void update(long id, Record request, long version) {
        service.update(id, (SubjectRequest) request, version);
    }

    @Override
    List<String> keyFields() {
        return List.of("name");
    }

    @Override
    String regionOf(Map<String, Object> values, References refs) {
        return (String) values.get("regionCode");
    }

    @Override
    String regionField() {
        return "regionCode";
    }

    @Override
    void created(long id, Map<String, Object> values, References refs) {
        refs.add(Target.SUBJECT, id, (String) values.get("regionCode"), (String) values.get("name"),
                (String) values.get("shortName"));
    }

    @Override
    void forget(long id, References refs) {
        refs.forget(Target.SUBJECT, id);
    }

    @Override
    Map<String, Long> existing(EntityManager em) {
        Map<String, Long> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.name from Subject s", Object[].class).getResultList()) {
            keys.putIfAbsent(key(Map.of("name", row[1])), (Long) row[0]);
        }
        return keys;
    }
}
