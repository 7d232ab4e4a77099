package ru.efs.portfolio.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.demo.DemoData.Participation;
import ru.efs.portfolio.demo.DemoData.PersonFact;
import ru.efs.portfolio.demo.DemoData.RegionScope;
import ru.efs.portfolio.demo.DemoData.SeriesFact;
import ru.efs.portfolio.demo.DemoData.SessionFact;
import ru.efs.portfolio.demo.DemoData.SubjectFact;
import ru.efs.portfolio.demo.DemoData.UserFact;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.series.SessionSeries;
import ru.efs.portfolio.session.SessionPerson;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Loads {@link DemoData} when {@code efs.demo-data} is on. Each object is looked up by its natural key and only
 * created when missing, so loading again changes nothing and never touches what people have edited since.
 * Runs outside any request, so the audit history records the objects as created by "system".
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    EfsConfig config;

    /** How many objects of each kind one load created. */
    public record Summary(int subjects, int people, int series, int sessions, int users) {

        public int total() {
            return subjects + people + series + sessions + users;
        }
    }

    /** After the first administrator exists (AdminBootstrap observes with priority 10). */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Summary created = load();
        LOG.infof("Демонстрационные данные: создано субъектов %d, людей %d, серий %d, сессий %d, пользователей %d. "
                + "/ Demo data: created %d subjects, %d people, %d series, %d sessions, %d users.",
                created.subjects(), created.people(), created.series(), created.sessions(), created.users(),
                created.subjects(), created.people(), created.series(), created.sessions(), created.users());
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
        return new Summary(subjects, people, series, sessions, users);
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
