package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitDto;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitRequest;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitSummary;
import ru.efs.portfolio.deficit.DeficitService;
import ru.efs.portfolio.imports.Columns.Alias;

/**
 * Deficits from a file, through {@link DeficitService}; told apart by region and title. The status column may only
 * say what the status is: it changes by transitions and with the projects (the service refuses anything else).
 */
@ApplicationScoped
class DeficitImport extends KindImport<Deficit> {

    @Inject
    DeficitService service;

    DeficitImport() {
        super(ImportKind.DEFICITS, Deficit.class, DeficitRequest.class, DeficitSummary.class, DeficitDto.class,
                Map.of("regionName", Alias.name("regionCode")));
    }

    @Override
    long idOf(Deficit deficit) {
        return deficit.id;
    }

    @Override
    Map<String, Object> current(Deficit d) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", d.title);
        values.put("description", d.description);
        values.put("regionCode", d.region.code);
        values.put("subjectId", d.subject == null ? null : d.subject.id);
        values.put("categoryCodes", d.categories.stream().map(c -> c.code).sorted().toList());
        values.put("severity", d.severity);
        values.put("sessionId", d.session == null ? null : d.session.id);
        values.put("status", d.status);
        return values;
    }

    @Override
    long create(Record request) {
        return service.createFromImport((DeficitRequest) request);
    }

    @Override
    void update(long id, Record request, long version) {
        service.updateFromImport(id, (DeficitRequest) request, version);
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
        for (Object[] row : em.createQuery("select d.id, d.region.code, d.title from Deficit d", Object[].class)
                .getResultList()) {
            keys.putIfAbsent(key(Map.of("regionCode", row[1], "title", row[2])), (Long) row[0]);
        }
        return keys;
    }
}
