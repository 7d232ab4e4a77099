package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.imports.Columns.Alias;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeDtos.PracticeDto;
import ru.efs.portfolio.practice.PracticeDtos.PracticeRequest;
import ru.efs.portfolio.practice.PracticeDtos.PracticeSummary;
import ru.efs.portfolio.practice.PracticeService;
import ru.efs.portfolio.practice.PracticeStatus;

/** Practices from a file, through {@link PracticeService}; told apart by region and title. */
@ApplicationScoped
class PracticeImport extends KindImport<Practice> {

    @Inject
    PracticeService service;

    PracticeImport() {
        super(ImportKind.PRACTICES, Practice.class, PracticeRequest.class, PracticeSummary.class, PracticeDto.class,
                Map.of("regionName", Alias.name("regionCode"), "subjectName", Alias.name("subjectId"),
                        "status", Alias.checked("status")));
    }

    @Override
    long idOf(Practice practice) {
        return practice.id;
    }

    @Override
    Map<String, Object> current(Practice p) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", p.title);
        values.put("summary", p.summary);
        values.put("description", p.description);
        values.put("regionCode", p.region.code);
        values.put("subjectId", p.subject == null ? null : p.subject.id);
        values.put("categoryCodes", p.categories.stream().map(c -> c.code).sorted().toList());
        values.put("targetGroups", p.targetGroups);
        values.put("results", p.results);
        values.put("evidence", p.evidence);
        values.put("yearsInOperation", p.yearsInOperation);
        values.put("maturity", p.maturity);
        return values;
    }

    @Override
    long create(Record request) {
        return service.createFromImport((PracticeRequest) request);
    }

    @Override
    void update(long id, Record request, long version) {
        service.updateFromImport(id, (PracticeRequest) request, version);
    }

    @Override
    Class<? extends Enum<?>> checkedType(String field) {
        return "status".equals(field) ? PracticeStatus.class : null;
    }

    /** A practice's status moves by transitions; a new one is a draft. */
    @Override
    Object checked(String field, Practice practice) {
        return practice == null ? PracticeStatus.DRAFT : practice.status;
    }

    @Override
    List<String> keyFields() {
        return List.of("regionCode", "title");
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
    Map<String, Long> existing(EntityManager em) {
        Map<String, Long> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.region.code, p.title from Practice p", Object[].class)
                .getResultList()) {
            keys.putIfAbsent(key(Map.of("regionCode", row[1], "title", row[2])), (Long) row[0]);
        }
        return keys;
    }
}
