package ru.efs.portfolio.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.DeficitStatusService;
import ru.efs.portfolio.demo.DemoFacts.Adoption;
import ru.efs.portfolio.demo.DemoFacts.Closure;
import ru.efs.portfolio.demo.DemoFacts.Key;
import ru.efs.portfolio.demo.DemoFacts.Participation;
import ru.efs.portfolio.demo.DemoFacts.PortfolioFact;
import ru.efs.portfolio.demo.DemoFacts.PracticeStatusFact;
import ru.efs.portfolio.demo.DemoFacts.ProjectKey;
import ru.efs.portfolio.demo.DemoFacts.Regions;
import ru.efs.portfolio.demo.DemoFacts.Series;
import ru.efs.portfolio.demo.DemoFacts.Session;
import ru.efs.portfolio.demo.DemoFacts.StagePath;
import ru.efs.portfolio.demo.DemoFacts.Step;
import ru.efs.portfolio.demo.DemoFacts.User;
import ru.efs.portfolio.imports.ImportKind;
import ru.efs.portfolio.imports.ImportService;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.portfolio.Portfolio;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeAdoption;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.project.ProjectStageChange;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.series.SessionSeries;
import ru.efs.portfolio.session.SessionPerson;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Loads the demo data when {@code efs.demo-data} is on. Subjects, people, practices, deficits and projects are
 * files in the import format ({@code demo/*.csv}), loaded by the same import a person's file goes through, as the
 * system; the rest — series, sessions, users, portfolios, the practices' statuses, the deficit a practice closed,
 * the projects' stage paths and adoptions — is {@code demo/facts.json}. Each object is looked up by its natural key
 * and only created when missing, so loading again changes nothing and never touches what people have edited since.
 * Deficit statuses are not facts: they follow the rule of {@link DeficitStatusService}, except for a closed one.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

    @Inject
    EfsConfig config;

    @Inject
    DeficitStatusService deficitStatus;

    @Inject
    ImportService imports;

    @Inject
    EntityManager em;

    /** How many objects of each kind one load created. */
    public record Summary(int subjects, int people, int series, int sessions, int users, int practices, int deficits,
            int portfolios, int projects, int adoptions) {

        public int total() {
            return subjects + people + series + sessions + users + practices + deficits + portfolios + projects
                    + adoptions;
        }
    }

    /** After the first administrator exists (AdminBootstrap observes with priority 10). */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Summary created = load();
        LOG.infof("Демонстрационные данные: создано объектов %d (субъектов %d, сессий %d, дефицитов %d, практик %d, "
                + "проектов %d). / Demo data: created %d objects (%d subjects, %d sessions, %d deficits, %d practices, "
                + "%d projects).", created.total(), created.subjects(), created.sessions(), created.deficits(),
                created.practices(), created.projects(), created.total(), created.subjects(), created.sessions(),
                created.deficits(), created.practices(), created.projects());
    }

    /** Creates whatever of the demo data is missing, outside any person's request: as the system. */
    @ActivateRequestContext
    public Summary load() {
        DemoFacts facts = DemoFacts.read();
        int subjects = imported(ImportKind.SUBJECTS);
        int people = imported(ImportKind.PEOPLE);
        int[] sessionsAndUsers = QuarkusTransaction.requiringNew().call(() -> new int[] {createSeries(facts),
            createSessions(facts), createUsers(facts)});

        Set<Key> practicesBefore = practiceKeys();
        int practices = imported(ImportKind.PRACTICES);
        QuarkusTransaction.requiringNew().run(() -> placePractices(facts, practicesBefore));

        Set<Key> deficitsBefore = deficitKeys();
        int deficits = imported(ImportKind.DEFICITS);
        QuarkusTransaction.requiringNew().run(() -> closeDeficits(facts, deficitsBefore));

        int portfolios = QuarkusTransaction.requiringNew().call(() -> createPortfolios(facts));
        Set<ProjectKey> projectsBefore = projectKeys();
        int projects = imported(ImportKind.PROJECTS);
        int adoptions = QuarkusTransaction.requiringNew().call(() -> {
            walkStagePaths(facts, projectsBefore, deficitsBefore);
            return createAdoptions(facts);
        });
        return new Summary(subjects, people, sessionsAndUsers[0], sessionsAndUsers[1], sessionsAndUsers[2],
                practices, deficits, portfolios, projects, adoptions);
    }

    /** Imports a demo file, creating only the objects it has that are missing; how many it created. */
    private int imported(ImportKind kind) {
        String resource = "demo/" + kind.path() + ".csv";
        Path file = null;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            file = Files.createTempFile("efs-demo-", ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return imports.load(kind, file, ImportService.Mode.CREATE_MISSING).toCreate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }

    private int createSeries(DemoFacts facts) {
        int created = 0;
        for (Series fact : facts.series()) {
            if (findSeries(fact.title(), fact.year()) != null) {
                continue;
            }
            SessionSeries series = new SessionSeries();
            series.title = fact.title();
            series.year = fact.year();
            series.leadSubject = fact.leadSubject() == null ? null : requireSubject(fact.leadSubject());
            series.leadPerson = fact.leadPerson() == null ? null : requirePerson(fact.leadPerson());
            series.description = fact.description();
            series.regions.addAll(regions(fact.regions()));
            series.persist();
            created++;
        }
        return created;
    }

    private int createSessions(DemoFacts facts) {
        int created = 0;
        for (Session fact : facts.sessions()) {
            if (StrategicSession.count("title = ?1 and startDate = ?2", fact.title(), fact.startDate()) > 0) {
                continue;
            }
            StrategicSession session = new StrategicSession();
            session.title = fact.title();
            session.number = fact.number();
            session.format = fact.format();
            if (fact.series() != null) {
                session.series = findSeries(fact.series(), fact.startDate().getYear());
                if (session.series == null) {
                    throw new IllegalStateException("Demo series missing: " + fact.series());
                }
            }
            session.hostRegion = region(fact.hostRegionCode());
            session.city = fact.city();
            session.startDate = fact.startDate();
            session.endDate = fact.endDate();
            session.participantCount = fact.participantCount();
            session.goals = fact.goals();
            session.summary = fact.summary();
            session.status = fact.status();
            fact.organizers().forEach(name -> session.organizers.add(requireSubject(name)));
            fact.subjects().forEach(name -> session.subjects.add(requireSubject(name)));
            session.regions.addAll(regions(fact.regions()));
            for (Participation participation : fact.people()) {
                session.people.add(new SessionPerson(requirePerson(participation.fullName()).id,
                        participation.role()));
            }
            session.participantTypes.addAll(fact.participantTypes());
            session.persist();
            created++;
        }
        return created;
    }

    private int createUsers(DemoFacts facts) {
        int created = 0;
        for (User fact : facts.users()) {
            if (AppUser.findByUsername(fact.username()).isPresent()) {
                continue;
            }
            AppUser user = new AppUser();
            user.username = fact.username();
            user.passwordHash = BcryptUtil.bcryptHash(fact.password());
            user.fullName = fact.fullName();
            user.role = fact.role();
            user.region = fact.regionCode() == null ? null : region(fact.regionCode());
            user.enabled = true;
            user.persist();
            created++;
        }
        return created;
    }

    /** A practice the import just created is a draft: it is moved to where the demo has it, as verified then. */
    private void placePractices(DemoFacts facts, Set<Key> before) {
        for (PracticeStatusFact fact : facts.practiceStatuses()) {
            Key key = new Key(fact.regionCode(), fact.title());
            if (before.contains(key)) {
                continue;
            }
            Practice practice = Practice.<Practice>find("region.code = ?1 and title = ?2", key.regionCode(),
                    key.title()).firstResult();
            if (practice == null) {
                throw new IllegalStateException("Demo practice missing: " + key);
            }
            practice.status = fact.status();
            if (fact.verifiedOn() != null) {
                practice.verifiedBy = facts.verifiedBy();
                practice.verifiedAt = at(fact.verifiedOn());
            }
            if (fact.recommendedOn() != null) {
                practice.recommendedBy = facts.recommendedBy();
                practice.recommendedAt = at(fact.recommendedOn());
            }
        }
    }

    /** A deficit the import just created that a practice closed is closed, with the reason and the day. */
    private void closeDeficits(DemoFacts facts, Set<Key> before) {
        for (Closure fact : facts.closures()) {
            Key key = new Key(fact.regionCode(), fact.title());
            if (before.contains(key)) {
                continue;
            }
            Deficit deficit = requireDeficit(key);
            deficit.status = DeficitStatus.CLOSED;
            deficit.closedReason = fact.reason();
            deficit.closedByPracticeId = requirePractice(fact.practice()).id;
            deficit.closedAt = at(fact.closedOn());
        }
    }

    private int createPortfolios(DemoFacts facts) {
        int created = 0;
        for (PortfolioFact fact : facts.portfolios()) {
            if (findPortfolio(fact.regionCode(), fact.year()) != null) {
                continue;
            }
            Portfolio portfolio = new Portfolio();
            portfolio.region = region(fact.regionCode());
            portfolio.year = fact.year();
            portfolio.status = fact.status();
            portfolio.coordinatingSubject = fact.coordinatingSubject() == null ? null
                    : requireSubject(fact.coordinatingSubject());
            portfolio.summary = fact.summary();
            portfolio.persist();
            created++;
        }
        return created;
    }

    /**
     * A project the import just created is proposed now: its stage history becomes the path the demo gives it, and
     * its stage the path's last; the statuses of the deficits it (or a new deficit's projects) addresses follow.
     */
    private void walkStagePaths(DemoFacts facts, Set<ProjectKey> before, Set<Key> deficitsBefore) {
        Set<Long> deficits = new HashSet<>();
        for (StagePath fact : facts.stages()) {
            ProjectKey key = new ProjectKey(fact.regionCode(), fact.year(), fact.title());
            if (before.contains(key)) {
                continue;
            }
            Project project = findProject(key);
            if (project == null) {
                throw new IllegalStateException("Demo project missing: " + key);
            }
            em.createQuery("delete from ProjectStageChange c where c.project = :project")
                    .setParameter("project", project).executeUpdate();
            ProjectStage from = null;
            for (Step step : fact.path()) {
                ProjectStageChange change = new ProjectStageChange();
                change.project = project;
                change.fromStage = from;
                change.toStage = step.to();
                change.comment = step.comment();
                change.changedBy = facts.stagesChangedBy();
                change.changedAt = at(step.on());
                change.persist();
                from = step.to();
            }
            project.stage = fact.stage();
            project.deficits.forEach(deficit -> deficits.add(deficit.id));
        }
        // A deficit created now may be addressed by a project kept from before, and the other way round.
        for (Object[] row : em.createQuery("select d.id, d.region.code, d.title from Deficit d", Object[].class)
                .getResultList()) {
            if (!deficitsBefore.contains(new Key((String) row[1], (String) row[2]))) {
                deficits.add((Long) row[0]);
            }
        }
        deficitStatus.refresh(deficits);
    }

    private int createAdoptions(DemoFacts facts) {
        int created = 0;
        for (Adoption fact : facts.adoptions()) {
            Practice practice = requirePractice(fact.practice());
            if (PracticeAdoption.count("practice = ?1 and region.code = ?2", practice, fact.regionCode()) > 0) {
                continue;
            }
            PracticeAdoption adoption = new PracticeAdoption();
            adoption.practice = practice;
            adoption.region = region(fact.regionCode());
            if (fact.project() != null) {
                adoption.project = findProject(fact.project());
                if (adoption.project == null) {
                    throw new IllegalStateException("Demo project missing: " + fact.project());
                }
            }
            adoption.outcome = fact.outcome();
            adoption.result = fact.result();
            adoption.adoptedYear = fact.adoptedYear();
            adoption.persist();
            created++;
        }
        return created;
    }

    private Set<Key> practiceKeys() {
        return keys("select p.region.code, p.title from Practice p");
    }

    private Set<Key> deficitKeys() {
        return keys("select d.region.code, d.title from Deficit d");
    }

    private Set<Key> keys(String jpql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<Key> keys = new HashSet<>();
            em.createQuery(jpql, Object[].class).getResultStream()
                    .forEach(row -> keys.add(new Key((String) row[0], (String) row[1])));
            return keys;
        });
    }

    private Set<ProjectKey> projectKeys() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<ProjectKey> keys = new HashSet<>();
            em.createQuery("select p.portfolio.region.code, p.portfolio.year, p.title from Project p",
                    Object[].class).getResultStream()
                    .forEach(row -> keys.add(new ProjectKey((String) row[0], (Integer) row[1], (String) row[2])));
            return keys;
        });
    }

    private static Subject requireSubject(String name) {
        Subject subject = Subject.<Subject>find("name", name).firstResult();
        if (subject == null) {
            throw new IllegalStateException("Demo subject missing: " + name);
        }
        return subject;
    }

    private static Person requirePerson(String fullName) {
        Person person = Person.<Person>find("fullName", fullName).firstResult();
        if (person == null) {
            throw new IllegalStateException("Demo person missing: " + fullName);
        }
        return person;
    }

    private static SessionSeries findSeries(String title, int year) {
        return SessionSeries.<SessionSeries>find("title = ?1 and year = ?2", title, year).firstResult();
    }

    private static Practice requirePractice(Key key) {
        Practice practice = Practice.<Practice>find("region.code = ?1 and title = ?2", key.regionCode(),
                key.title()).firstResult();
        if (practice == null) {
            throw new IllegalStateException("Demo practice missing: " + key);
        }
        return practice;
    }

    private static Deficit requireDeficit(Key key) {
        Deficit deficit = Deficit.<Deficit>find("region.code = ?1 and title = ?2", key.regionCode(), key.title())
                .firstResult();
        if (deficit == null) {
            throw new IllegalStateException("Demo deficit missing: " + key);
        }
        return deficit;
    }

    private static Portfolio findPortfolio(String regionCode, int year) {
        return Portfolio.<Portfolio>find("region.code = ?1 and year = ?2", regionCode, year).firstResult();
    }

    private static Project findProject(ProjectKey key) {
        return Project.<Project>find("portfolio.region.code = ?1 and portfolio.year = ?2 and title = ?3",
                key.regionCode(), key.year(), key.title()).firstResult();
    }

    /** Noon, Moscow time, of a day: the demo knows the days of events, not their hours. */
    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.NOON, MOSCOW);
    }

    private static Region region(String code) {
        Region region = Region.findById(code);
        if (region == null) {
            throw new IllegalStateException("Region missing from the reference data: " + code);
        }
        return region;
    }

    private static List<Region> regions(Regions scope) {
        if (scope.all()) {
            return Region.listAll(Sort.by("code"));
        }
        if (scope.federalDistrict() != null) {
            return Region.list("federalDistrict.code", Sort.by("code"), scope.federalDistrict());
        }
        List<Region> regions = new ArrayList<>();
        scope.codes().forEach(code -> regions.add(region(code)));
        return regions;
    }
}
