package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.imports.Columns.Alias;
import ru.efs.portfolio.imports.References.Target;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.project.ProjectDtos.IndicatorDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectRequest;
import ru.efs.portfolio.project.ProjectDtos.ProjectSummary;
import ru.efs.portfolio.project.ProjectService;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.subject.Subject;

/**
 * Projects with their indicators, deficits, practices and partners from a file, through {@link ProjectService};
 * told apart by portfolio and title. The portfolio may be given by id, by its name ("Хабаровский край, 2023"), or
 * by the region and year columns of the list's export. The stage moves by transitions only.
 */
@ApplicationScoped
class ProjectImport extends KindImport<Project> {

    @Inject
    ProjectService service;

    ProjectImport() {
        super(ImportKind.PROJECTS, Project.class, ProjectRequest.class, ProjectSummary.class, ProjectDto.class,
                Map.of("regionCode", Alias.part("portfolioId", "region"), "year", Alias.part("portfolioId", "year"),
                        "stage", Alias.checked("stage")));
    }

    @Override
    long idOf(Project project) {
        return project.id;
    }

    @Override
    Map<String, Object> current(Project p) {
        Map<String, Object> values = new HashMap<>();
        values.put("portfolioId", p.portfolio.id);
        values.put("title", p.title);
        values.put("goal", p.goal);
        values.put("description", p.description);
        values.put("expectedResults", p.expectedResults);
        values.put("indicators", p.indicators.stream().map(i -> new IndicatorDto(i.name(), i.unit(), i.baseline(),
                i.target(), i.actual())).toList());
        values.put("startDate", p.startDate);
        values.put("endDate", p.endDate);
        values.put("leadSubjectId", p.leadSubject == null ? null : p.leadSubject.id);
        values.put("partnerSubjectIds", p.partners.stream().map((Subject s) -> s.id).sorted().toList());
        values.put("deficitIds", p.deficits.stream().map((Deficit d) -> d.id).sorted().toList());
        values.put("practiceIds", p.practices.stream().map((Practice x) -> x.id).sorted().toList());
        values.put("sessionId", p.session == null ? null : p.session.id);
        values.put("curatorPersonId", p.curator == null ? null : p.curator.id);
        return values;
    }

    @Override
    long create(Record request) {
        return service.create((ProjectRequest) request).id();
    }

    @Override
    void update(long id, Record request, long version) {
        service.update(id, (ProjectRequest) request, version);
    }

    @Override
    Class<? extends Enum<?>> checkedType(String field) {
        return "stage".equals(field) ? ProjectStage.class : null;
    }

    /** A project's stage moves by transitions; a new one is proposed. */
    @Override
    Object checked(String field, Project project) {
        return project == null ? ProjectStage.PROPOSED : project.stage;
    }

    @Override
    List<String> keyFields() {
        return List.of("portfolioId", "title");
    }

    /** A project is in its portfolio's region. */
    @Override
    String regionOf(Map<String, Object> values, References refs) {
        Long portfolio = (Long) values.get("portfolioId");
        References.Item item = portfolio == null ? null : refs.item(Target.PORTFOLIO, portfolio);
        return item == null ? null : item.regionCode();
    }

    @Override
    String regionField() {
        return "portfolioId";
    }

    @Override
    Map<String, Long> existing(EntityManager em) {
        Map<String, Long> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.portfolio.id, p.title from Project p", Object[].class)
                .getResultList()) {
            keys.putIfAbsent(key(Map.of("portfolioId", row[1], "title", row[2])), (Long) row[0]);
        }
        return keys;
    }
}
