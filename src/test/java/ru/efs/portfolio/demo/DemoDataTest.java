package ru.efs.portfolio.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.demo.DemoData.UserFact;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.series.SessionSeries;
import ru.efs.portfolio.session.SessionFormat;
import ru.efs.portfolio.session.SessionPerson;
import ru.efs.portfolio.session.SessionRole;
import ru.efs.portfolio.session.SessionStatus;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;
import ru.efs.portfolio.subject.SubjectType;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class DemoDataTest {

    private static final String SUBJECTS = "/api/v1/subjects";

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager em;

    @BeforeEach
    void loadDemoData() {
        loader.load();
    }

    @Test
    void loadingAgainCreatesNothingAndChangesNothing() {
        Map<String, Object> before = demoVersions();

        DemoDataLoader.Summary second = loader.load();

        assertEquals(new DemoDataLoader.Summary(0, 0, 0, 0, 0), second);
        assertEquals(0, second.total());
        assertEquals(before, demoVersions());
    }

    @Test
    void khabarovskSessionIsTheSixthOfTheFarEasternSeries() {
        inTransaction(() -> {
            StrategicSession session = session(DemoData.KHABAROVSK_SESSION, LocalDate.of(2023, 10, 10));
            assertEquals(LocalDate.of(2023, 10, 11), session.endDate);
            assertEquals(6, session.number);
            assertEquals("27", session.hostRegionCode());
            assertEquals("Хабаровск", session.city);
            assertEquals(SessionFormat.REGIONAL, session.format);
            assertEquals(SessionStatus.COMPLETED, session.status);
            assertEquals(Set.of(SubjectType.REGIONAL_AUTHORITY, SubjectType.UNIVERSITY_CENTER,
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, SubjectType.CNPPM, SubjectType.UNIVERSITY,
                    SubjectType.FEDERAL_OPERATOR, SubjectType.FEDERAL_CENTER), session.participantTypes);
            assertTrue(session.summary.contains("«Партнерское наставничество»"));
            assertEquals(Set.of("27"), codes(session.regions));
            assertEquals(4, session.subjects.size());
            session.subjects.forEach(subject -> assertEquals("27", subject.regionCode()));
            assertTrue(session.organizers.stream().anyMatch(s -> s.type == SubjectType.FEDERAL_OPERATOR));

            SessionSeries series = session.series;
            assertEquals(2023, series.year);
            assertEquals(SubjectType.FEDERAL_OPERATOR, series.leadSubject.type);
            Set<String> farEast = new TreeSet<>(em.createQuery(
                    "select r.code from Region r where r.federalDistrict.code = 'FEFD'", String.class).getResultList());
            assertEquals(11, farEast.size());
            assertEquals(farEast, codes(series.regions));
        });
    }

    @Test
    void allRussianSessionCoversAllRegionsWithExpertsOfAltgpu() {
        inTransaction(() -> {
            StrategicSession session = session(DemoData.ALL_RUSSIAN_SESSION, LocalDate.of(2023, 12, 7));
            assertEquals(LocalDate.of(2023, 12, 8), session.endDate);
            assertEquals(SessionFormat.ALL_RUSSIAN, session.format);
            assertEquals(SessionStatus.COMPLETED, session.status);
            assertEquals("77", session.hostRegionCode());
            assertNull(session.series);
            assertNull(session.participantCount);
            assertTrue(session.summary.contains("89 регионов и 13 вузов"));
            assertEquals(89, session.regions.size());
            assertEquals(Set.of(DemoData.ACADEMY), session.organizers.stream().map(s -> s.name)
                    .collect(Collectors.toSet()));
            Set<SessionPerson> experts = Set.of(
                    new SessionPerson(person(DemoData.KOCHESHKOVA).id, SessionRole.EXPERT),
                    new SessionPerson(person(DemoData.VORONUSHKINA).id, SessionRole.EXPERT));
            assertEquals(experts, new HashSet<>(session.people));
        });
    }

    @Test
    void altgpuSeriesCoversExactlyItsSixRegions() {
        inTransaction(() -> {
            SessionSeries series = em.createQuery("from SessionSeries where title = :title and year = 2023",
                    SessionSeries.class).setParameter("title", DemoData.ALTGPU_SERIES).getSingleResult();
            assertEquals(Set.of("22", "04", "42", "19", "17", "75"), codes(series.regions));
            assertEquals("НМЦ АлтГПУ", series.leadSubject.shortName);
            assertEquals("АлтГПУ", series.leadSubject.parent.shortName);
            assertEquals(DemoData.KOCHESHKOVA, series.leadPerson.fullName);
        });
    }

    @Test
    void projectLeadAndExpertOfAltgpuExist() {
        inTransaction(() -> {
            Person lead = person(DemoData.KOCHESHKOVA);
            assertEquals("руководитель проекта", lead.position);
            assertEquals("АлтГПУ", lead.subject.shortName);
            Person expert = person(DemoData.VORONUSHKINA);
            assertEquals("эксперт", expert.position);
            assertEquals("АлтГПУ", expert.subject.shortName);
        });
    }

    @Test
    void khabarovskSubjectsAreInTheRegistryCreatedBySystem() {
        List<Object> ids = Api.as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("size", 100)
                .get(SUBJECTS).then().statusCode(200)
                .body("items.name", hasItems(DemoData.KHABAROVSK_AUTHORITY, DemoData.KHABAROVSK_IRO,
                        DemoData.KHABAROVSK_CNPPM, DemoData.KHABAROVSK_UNIVERSITY))
                .extract().jsonPath().getList("items.findAll { it.name == '" + DemoData.KHABAROVSK_IRO + "' }.id");
        assertEquals(1, ids.size());

        Api.as(TestUser.VIEWER).get(SUBJECTS + "/" + ids.get(0)).then().statusCode(200)
                .body("type", equalTo("EDUCATION_DEVELOPMENT_INSTITUTE"))
                .body("level", equalTo("REGIONAL"));
        Api.as(TestUser.VIEWER).get(SUBJECTS + "/" + ids.get(0) + "/history").then().statusCode(200)
                .body("[-1].action", equalTo("CREATED"))
                .body("[-1].changedBy", equalTo("system"));
    }

    @Test
    void eachRegionOfTheAltgpuSeriesHasARegionalSubject() {
        for (String code : DemoData.ALTGPU_REGIONS) {
            Api.as(TestUser.VIEWER).queryParam("regionCode", code).queryParam("level", "REGIONAL")
                    .queryParam("size", 100).get(SUBJECTS).then().statusCode(200)
                    .body("items.findAll { it.name.endsWith('(демо)') }.size()",
                            greaterThanOrEqualTo(1));
        }
        Api.as(TestUser.VIEWER).queryParam("type", "MINISTRY").queryParam("size", 100).get(SUBJECTS)
                .then().statusCode(200)
                .body("items.shortName", hasItems("Минпросвещения России"))
                .body("items.find { it.shortName == 'Минпросвещения России' }.regionCode", nullValue());
    }

    @Test
    void demoUsersSignInWithTheirRoles() {
        for (UserFact user : DemoData.USERS) {
            given().auth().preemptive().basic(user.username(), user.password())
                    .get("/api/v1/auth/me").then().statusCode(200)
                    .body("username", equalTo(user.username()))
                    .body("role", equalTo(user.role().name()))
                    .body("regionCode", equalTo(user.regionCode()));
        }
    }

    /** The versions of every demo object, keyed by kind and natural key. */
    private Map<String, Object> demoVersions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> versions = new TreeMap<>();
            for (DemoData.SubjectFact fact : DemoData.SUBJECTS) {
                versions.put("subject " + fact.name(), em.createQuery("from Subject where name = :name", Subject.class)
                        .setParameter("name", fact.name()).getSingleResult().version);
            }
            for (DemoData.PersonFact fact : DemoData.PEOPLE) {
                versions.put("person " + fact.fullName(), person(fact.fullName()).version);
            }
            for (DemoData.SeriesFact fact : DemoData.SERIES) {
                versions.put("series " + fact.title(), em.createQuery(
                        "from SessionSeries where title = :title and year = :year", SessionSeries.class)
                        .setParameter("title", fact.title()).setParameter("year", fact.year())
                        .getSingleResult().version);
            }
            for (DemoData.SessionFact fact : DemoData.SESSIONS) {
                versions.put("session " + fact.title(), session(fact.title(), fact.startDate()).version);
            }
            for (UserFact fact : DemoData.USERS) {
                AppUser user = AppUser.findByUsername(fact.username()).orElseThrow();
                versions.put("user " + fact.username(), user.version);
                versions.put("password " + fact.username(), user.passwordHash);
            }
            return versions;
        });
    }

    private StrategicSession session(String title, LocalDate startDate) {
        return em.createQuery("from StrategicSession where title = :title and startDate = :start",
                StrategicSession.class).setParameter("title", title).setParameter("start", startDate)
                .getSingleResult();
    }

    private Person person(String fullName) {
        return em.createQuery("from Person where fullName = :name", Person.class).setParameter("name", fullName)
                .getSingleResult();
    }

    private static Set<String> codes(Set<Region> regions) {
        return regions.stream().map(region -> region.code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void inTransaction(Runnable check) {
        QuarkusTransaction.requiringNew().run(check);
    }
}
