package ru.efs.portfolio.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.project.ProjectStage;

/**
 * What the portfolio report lists that no service answers as a whole: the portfolio's projects with their lead
 * subjects, the deficits projects address and the region's open deficits no project addresses. One statement each,
 * whatever the number of projects and deficits; a rejected project addresses nothing.
 */
@ApplicationScoped
class PortfolioFacts {

    @Inject
    EntityManager em;

    /** A project of the portfolio as the report lists it. */
    record ProjectLine(long id, String title, ProjectStage stage, String leadSubject, LocalDate startDate,
            LocalDate endDate) {
    }

    /** A project that addresses a deficit, and the region of its portfolio. */
    record Addressing(String projectTitle, String regionCode) {
    }

    record CoveredDeficit(long id, String title, String regionCode, Severity severity, DeficitStatus status,
            List<Addressing> projects) {
    }

    record OpenDeficit(long id, String title, Severity severity) {
    }

    /** The portfolio's projects in the order of the stages, then by title. */
    List<ProjectLine> projects(long portfolioId) {
        List<ProjectLine> lines = new ArrayList<>();
        for (Object[] r : em.createQuery("select p.id, p.title, p.stage, ls.name, ls.shortName, p.startDate, "
                + "p.endDate from Project p left join p.leadSubject ls where p.portfolio.id = :id", Object[].class)
                .setParameter("id", portfolioId).getResultList()) {
            String shortName = (String) r[4];
            lines.add(new ProjectLine((Long) r[0], (String) r[1], (ProjectStage) r[2],
                    shortName == null || shortName.isBlank() ? (String) r[3] : shortName, (LocalDate) r[5],
                    (LocalDate) r[6]));
        }
        lines.sort(Comparator.comparing(ProjectLine::stage).thenComparing(ProjectLine::title)
                .thenComparing(ProjectLine::id));
        return lines;
    }

    /**
     * The deficits the portfolio's projects address (of its own region or of others) and the region's deficits that
     * projects of other regions' portfolios of the same year address; the region's own first, most severe first.
     */
    List<CoveredDeficit> covered(long portfolioId, String regionCode, int year) {
        Map<Long, CoveredDeficit> deficits = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select d.id, d.title, dr.code, d.severity, d.status, p.title, pr.code "
                + "from Project p join p.deficits d join d.region dr join p.portfolio pf join pf.region pr "
                + "where p.stage <> :rejected and pf.year = :year "
                + "and (pf.id = :portfolioId or dr.code = :regionCode) "
                + "order by d.id, p.title, p.id", Object[].class)
                .setParameter("rejected", ProjectStage.REJECTED)
                .setParameter("year", year)
                .setParameter("portfolioId", portfolioId)
                .setParameter("regionCode", regionCode).getResultList()) {
            deficits.computeIfAbsent((Long) r[0], id -> new CoveredDeficit(id, (String) r[1], (String) r[2],
                    (Severity) r[3], (DeficitStatus) r[4], new ArrayList<>()))
                    .projects().add(new Addressing((String) r[5], (String) r[6]));
        }
        return deficits.values().stream()
                .sorted(Comparator.comparing((CoveredDeficit d) -> !d.regionCode().equals(regionCode))
                        .thenComparing(CoveredDeficit::severity, Comparator.reverseOrder())
                        .thenComparing(CoveredDeficit::title))
                .map(d -> new CoveredDeficit(d.id(), d.title(), d.regionCode(), d.severity(), d.status(),
                        List.copyOf(d.projects())))
                .toList();
    }

    /** The region's open deficits that no project of any region addresses, most severe first. */
    List<OpenDeficit> open(String regionCode) {
        return em.createQuery("select d.id, d.title, d.severity from Deficit d where d.region.code = :regionCode "
                + "and d.status = :open and not exists (select p.id from Project p join p.deficits x "
                + "where x.id = d.id and p.stage <> :rejected)", Object[].class)
                .setParameter("regionCode", regionCode)
                .setParameter("open", DeficitStatus.OPEN)
                .setParameter("rejected", ProjectStage.REJECTED)
                .getResultStream()
                .map(r -> new OpenDeficit((Long) r[0], (String) r[1], (Severity) r[2]))
                .sorted(Comparator.comparing(OpenDeficit::severity, Comparator.reverseOrder())
                        .thenComparing(OpenDeficit::title))
                .toList();
    }
}
