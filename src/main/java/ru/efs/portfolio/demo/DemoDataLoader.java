package ru.efs.portfolio.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.DeficitStatusService;
import ru.efs.portfolio.demo.DemoData.AdoptionFact;
import ru.efs.portfolio.demo.DemoData.Closure;
import ru.efs.portfolio.demo.DemoData.DeficitFact;
import ru.efs.portfolio.demo.DemoData.DeficitKey;
import ru.efs.portfolio.demo.DemoData.Participation;
import ru.efs.portfolio.demo.DemoData.PersonFact;
import ru.efs.portfolio.demo.DemoData.PortfolioFact;
import ru.efs.portfolio.demo.DemoData.PracticeFact;
import ru.efs.portfolio.demo.DemoData.PracticeKey;
import ru.efs.portfolio.demo.DemoData.ProjectFact;
import ru.efs.portfolio.demo.DemoData.ProjectKey;
import ru.efs.portfolio.demo.DemoData.RegionScope;
import ru.efs.portfolio.demo.DemoData.SeriesFact;
import ru.efs.portfolio.demo.DemoData.SessionFact;
import ru.efs.portfolio.demo.DemoData.SessionKey;
import ru.efs.portfolio.demo.DemoData.StageStep;
import ru.efs.portfolio.demo.DemoData.SubjectFact;
import ru.efs.portfolio.demo.DemoData.UserFact;
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
 * Loads {@link DemoData} when {@code efs.demo-data} is on. Each object is looked up by its natural key and only
 * created when missing, so loading again changes nothing and never touches what people have edited since.
 * Runs outside any request, so the audit history records the objects as created by "system". Deficit statuses are
 * not facts: they follow the rule of {@link DeficitStatusService}, except for a deficit the demo closes.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

    @Inject
    EfsConfig config;

    @Inject
    DeficitStatusService deficitStatus;

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

    /** Creates whatever of the demo data is missing, in one transaction. */
    @Transactional
    public Summary load() {
        int subjects = 0;
        for (SubjectFact fact : DemoData.SUBJECTS) {
            if (findSubject(fact.name()) == null) {
                createSubject(fact);
                subjects++;
            }
        }
        int people = 0;
        for (PersonFact fact : DemoData.PEOPLE) {
            if (findPerson(fact.fullName()) == null) {
                createPerson(fact);
                people++;
            }
        }
        int series = 0;
        for (SeriesFact fact : DemoData.SERIES) {
            if (findSeries(fact.title(), fact.year()) == null) {
                createSeries(fact);
                series++;
            }
        }
        int sessions = 0;
        for (SessionFact fact : DemoData.SESSIONS) {
            if (StrategicSession.count("title = ?1 and startDate = ?2", fact.title(), fact.startDate()) == 0) {
                createSession(fact);
                sessions++;
            }
        }
        int users = 0;
        for (UserFact fact : DemoData.USERS) {
            if (AppUser.findByUsername(fact.username()).isEmpty()) {
                createUser(fact);
                users++;
            }
        }
        int practices = 0;
        for (PracticeFact fact : DemoData.PRACTICES) {
            if (findPractice(fact.key()) == null) {
                createPractice(fact);
                practices++;
            }
        }
        int deficits = 0;
        for (DeficitFact fact : DemoData.DEFICITS) {
            if (findDeficit(fact.key()) == null) {
                createDeficit(fact);
                deficits++;
            }
        }
        int portfolios = 0;
        for (PortfolioFact fact : DemoData.PORTFOLIOS) {
            if (findPortfolio(fact.regionCode(), fact.year()) == null) {
                createPortfolio(fact);
                portfolios++;
            }
        }
        int projects = 0;
        for (ProjectFact fact : DemoData.PROJECTS) {
            if (findProject(fact.key()) == null) {
                createProject(fact);
                projects++;
            }
        }
        int adoptions = 0;
        for (AdoptionFact fact : DemoData.ADOPTIONS) {
            if (PracticeAdoption.count("practice = ?1 and region.code = ?2", requirePractice(fact.practice()),
                    fact.regionCode()) == 0) {
                createAdoption(fact);
                adoptions++;
            }
        }
        if (deficits > 0 || projects > 0) {
            // A deficit created now may be addressed by a project kept from before, and the other way round.
            List<Long> deficitIds = new ArrayList<>();
            DemoData.DEFICITS.forEach(fact -> deficitIds.add(requireDeficit(fact.key()).id));
            deficitStatus.refresh(deficitIds);
        }
        return new Summary(subjects, people, series, sessions, users, practices, deficits, portfolios, projects,
                adoptions);
    }

    private void createSubject(SubjectFact fact) {
        Subject subject = new Subject();
        subject.name = fact.name();
        subject.shortName = fact.shortName();
        subject.type = fact.type();
        subject.level = fact.type().level();
        subject.region = fact.regionCode() == null ? null : region(fact.regionCode());
        subject.parent = fact.parentName() == null ? null : requireSubject(fact.parentName());
        subject.website = fact.website();
        subject.description = fact.description();
        subject.persist();
    }

    private void createPerson(PersonFact fact) {
        Person person = new Person();
        person.fullName = fact.fullName();
        person.position = fact.position();
        person.subject = fact.subjectName() == null ? null : requireSubject(fact.subjectName());
        person.notes = fact.notes();
        person.persist();
    }

    private void createSeries(SeriesFact fact) {
        SessionSeries series = new SessionSeries();
        series.title = fact.title();
        series.year = fact.year();
        series.leadSubject = fact.leadSubjectName() == null ? null : requireSubject(fact.leadSubjectName());
        series.leadPerson = fact.leadPersonName() == null ? null : requirePerson(fact.leadPersonName());
        series.description = fact.description();
        series.regions.addAll(regions(fact.regions()));
        series.persist();
    }

    private void createSession(SessionFact fact) {
        StrategicSession session = new StrategicSession();
        session.title = fact.title();
        session.number = fact.number();
        session.format = fact.format();
        if (fact.seriesTitle() != null) {
            session.series = findSeries(fact.seriesTitle(), fact.startDate().getYear());
            if (session.series == null) {
                throw new IllegalStateException("Demo series missing: " + fact.seriesTitle());
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
        fact.organizerNames().forEach(name -> session.organizers.add(requireSubject(name)));
        fact.subjectNames().forEach(name -> session.subjects.add(requireSubject(name)));
        session.regions.addAll(regions(fact.regions()));
        for (Participation participation : fact.people()) {
            session.people.add(new SessionPerson(requirePerson(participation.personFullName()).id,
                    participation.role()));
        }
        session.participantTypes.addAll(fact.participantTypes());
        session.persist();
    }

    private void createUser(UserFact fact) {
        AppUser user = new AppUser();
        user.username = fact.username();
        user.passwordHash = BcryptUtil.bcryptHash(fact.password());
        user.fullName = fact.fullName();
        user.role = fact.role();
        user.region = fact.regionCode() == null ? null : region(fact.regionCode());
        user.enabled = true;
        user.persist();
    }

    private void createPractice(PracticeFact fact) {
        Practice practice = new Practice();
        practice.region = region(fact.regionCode());
        practice.subject = fact.subjectName() == null ? null : requireSubject(fact.subjectName());
        practice.title = fact.title();
        practice.summary = fact.summary();
        practice.description = fact.description();
        practice.targetGroups = fact.targetGroups();
        practice.results = fact.results();
        practice.evidence = fact.evidence();
        practice.yearsInOperation = fact.yearsInOperation();
        practice.maturity = fact.maturity();
        practice.status = fact.status();
        if (fact.verifiedOn() != null) {
            practice.verifiedBy = DemoData.VERIFIED_BY;
            practice.verifiedAt = at(fact.verifiedOn());
        }
        if (fact.recommendedOn() != null) {
            practice.recommendedBy = DemoData.RECOMMENDED_BY;
            practice.recommendedAt = at(fact.recommendedOn());
        }
        practice.categories.addAll(categories(fact.categoryCodes()));
        practice.persist();
    }

    private void createDeficit(DeficitFact fact) {
        Deficit deficit = new Deficit();
        deficit.region = region(fact.regionCode());
        deficit.subject = fact.subjectName() == null ? null : requireSubject(fact.subjectName());
        deficit.title = fact.title();
        deficit.description = fact.description();
        deficit.severity = fact.severity();
        deficit.session = fact.session() == null ? null : requireSession(fact.session());
        deficit.categories.addAll(categories(fact.categoryCodes()));
        Closure closure = fact.closure();
        if (closure != null) {
            deficit.status = DeficitStatus.CLOSED;
            deficit.closedReason = closure.reason();
            deficit.closedByPracticeId = requirePractice(closure.practice()).id;
            deficit.closedAt = at(closure.closedOn());
        } else {
            // What the rule will say once the demo projects exist, so that the deficit is written once.
            boolean addressed = DemoData.PROJECTS.stream()
                    .anyMatch(project -> project.stage().isLive() && project.deficits().contains(fact.key()));
            deficit.status = addressed ? DeficitStatus.ADDRESSED : DeficitStatus.OPEN;
        }
        deficit.persist();
    }

    private void createPortfolio(PortfolioFact fact) {
        Portfolio portfolio = new Portfolio();
        portfolio.region = region(fact.regionCode());
        portfolio.year = fact.year();
        portfolio.status = fact.status();
        portfolio.coordinatingSubject = fact.coordinatingSubjectName() == null ? null
                : requireSubject(fact.coordinatingSubjectName());
        portfolio.summary = fact.summary();
        portfolio.persist();
    }

    /** Creates the project and, since it is new, its stage history: the path it took to its stage. */
    private void createProject(ProjectFact fact) {
        Project project = new Project();
        project.portfolio = requirePortfolio(fact.regionCode(), fact.year());
        project.title = fact.title();
        project.goal = fact.goal();
        project.description = fact.description();
        project.expectedResults = fact.expectedResults();
        project.indicators = new ArrayList<>(fact.indicators());
        project.startDate = fact.startDate();
        project.endDate = fact.endDate();
        project.leadSubject = fact.leadSubjectName() == null ? null : requireSubject(fact.leadSubjectName());
        project.session = fact.session() == null ? null : requireSession(fact.session());
        project.curator = fact.curatorName() == null ? null : requirePerson(fact.curatorName());
        project.stage = fact.stage();
        fact.partnerNames().forEach(name -> project.partners.add(requireSubject(name)));
        fact.deficits().forEach(key -> project.deficits.add(requireDeficit(key)));
        fact.practices().forEach(key -> project.practices.add(requirePractice(key)));
        project.persist();
        ProjectStage from = null;
        for (StageStep step : fact.path()) {
            ProjectStageChange change = new ProjectStageChange();
            change.project = project;
            change.fromStage = from;
            change.toStage = step.to();
            change.comment = step.comment();
            change.changedBy = DemoData.STAGES_CHANGED_BY;
            change.changedAt = at(step.on());
            change.persist();
            from = step.to();
        }
    }

    private void createAdoption(AdoptionFact fact) {
        PracticeAdoption adoption = new PracticeAdoption();
        adoption.practice = requirePractice(fact.practice());
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
    }

    private static Subject findSubject(String name) {
        return Subject.<Subject>find("name", name).firstResult();
    }

    private static Subject requireSubject(String name) {
        Subject subject = findSubject(name);
        if (subject == null) {
            throw new IllegalStateException("Demo subject missing: " + name);
        }
        return subject;
    }

    private static Person findPerson(String fullName) {
        return Person.<Person>find("fullName", fullName).firstResult();
    }

    private static Person requirePerson(String fullName) {
        Person person = findPerson(fullName);
        if (person == null) {
            throw new IllegalStateException("Demo person missing: " + fullName);
        }
        return person;
    }

    private static SessionSeries findSeries(String title, int year) {
        return SessionSeries.<SessionSeries>find("title = ?1 and year = ?2", title, year).firstResult();
    }

    private static StrategicSession requireSession(SessionKey key) {
        StrategicSession session = StrategicSession.<StrategicSession>find("title = ?1 and startDate = ?2",
                key.title(), key.startDate()).firstResult();
        if (session == null) {
            throw new IllegalStateException("Demo session missing: " + key.title());
        }
        return session;
    }

    private static Practice findPractice(PracticeKey key) {
        return Practice.<Practice>find("region.code = ?1 and title = ?2", key.regionCode(), key.title())
                .firstResult();
    }

    private static Practice requirePractice(PracticeKey key) {
        Practice practice = findPractice(key);
        if (practice == null) {
            throw new IllegalStateException("Demo practice missing: " + key);
        }
        return practice;
    }

    private static Deficit findDeficit(DeficitKey key) {
        return Deficit.<Deficit>find("region.code = ?1 and title = ?2", key.regionCode(), key.title())
                .firstResult();
    }

    private static Deficit requireDeficit(DeficitKey key) {
        Deficit deficit = findDeficit(key);
        if (deficit == null) {
            throw new IllegalStateException("Demo deficit missing: " + key);
        }
        return deficit;
    }

    private static Portfolio findPortfolio(String regionCode, int year) {
        return Portfolio.<Portfolio>find("region.code = ?1 and year = ?2", regionCode, year).firstResult();
    }

    private static Portfolio requirePortfolio(String regionCode, int year) {
        Portfolio portfolio = findPortfolio(regionCode, year);
        if (portfolio == null) {
            throw new IllegalStateException("Demo portfolio missing: " + regionCode + " " + year);
        }
        return portfolio;
    }

    private static Project findProject(ProjectKey key) {
        return Project.<Project>find("portfolio.region.code = ?1 and portfolio.year = ?2 and title = ?3",
                key.regionCode(), key.year(), key.title()).firstResult();
    }

    private static List<Category> categories(List<String> codes) {
        List<Category> categories = new ArrayList<>();
        for (String code : codes) {
            Category category = Category.findById(code);
            if (category == null) {
                throw new IllegalStateException("Category missing from the reference data: " + code);
            }
            categories.add(category);
        }
        return categories;
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

    private static List<Region> regions(RegionScope scope) {
        if (scope.all()) {
            return Region.listAll(Sort.by("code"));
        }
        if (scope.federalDistrictCode() != null) {
            return Region.list("federalDistrict.code", Sort.by("code"), scope.federalDistrictCode());
        }
        List<Region> regions = new ArrayList<>();
        scope.codes().forEach(code -> regions.add(region(code)));
        return regions;
    }
}
