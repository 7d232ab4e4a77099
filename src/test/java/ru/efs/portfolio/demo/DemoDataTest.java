package ru.efs.portfolio.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.portfolio.Portfolio;
import ru.efs.portfolio.portfolio.PortfolioStatus;
import ru.efs.portfolio.practice.AdoptionOutcome;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeAdoption;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.project.Indicator;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.project.ProjectStageChange;
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

        assertEquals(new DemoDataLoader.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), second);
        assertEquals(0, second.total());
        assertEquals(before, demoVersions());
    }

    @Test
    void khabarovskSessionIsTheSixthOfTheFarEasternSeries() {
        inTransaction(() -> {
            StrategicSession session = session(DemoFiles.KHABAROVSK_SESSION, LocalDate.of(2023, 10, 10));
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
            StrategicSession session = session(DemoFiles.ALL_RUSSIAN_SESSION, LocalDate.of(2023, 12, 7));
            assertEquals(LocalDate.of(2023, 12, 8), session.endDate);
            assertEquals(SessionFormat.ALL_RUSSIAN, session.format);
            assertEquals(SessionStatus.COMPLETED, session.status);
            assertEquals("77", session.hostRegionCode());
            assertNull(session.series);
            assertNull(session.participantCount);
            assertTrue(session.summary.contains("89 регионов и 13 вузов"));
            assertEquals(89, session.regions.size());
            assertEquals(Set.of(DemoFiles.ACADEMY), session.organizers.stream().map(s -> s.name)
                    .collect(Collectors.toSet()));
            Set<SessionPerson> experts = Set.of(
                    new SessionPerson(person(DemoFiles.KOCHESHKOVA).id, SessionRole.EXPERT),
                    new SessionPerson(person(DemoFiles.VORONUSHKINA).id, SessionRole.EXPERT));
            assertEquals(experts, new HashSet<>(session.people));
        });
    }

    @Test
    void altgpuSeriesCoversExactlyItsSixRegions() {
        inTransaction(() -> {
            SessionSeries series = em.createQuery("from SessionSeries where title = :title and year = 2023",
                    SessionSeries.class).setParameter("title", DemoFiles.ALTGPU_SERIES).getSingleResult();
            assertEquals(Set.of("22", "04", "42", "19", "17", "75"), codes(series.regions));
            assertEquals("НМЦ АлтГПУ", series.leadSubject.shortName);
            assertEquals("АлтГПУ", series.leadSubject.parent.shortName);
            assertEquals(DemoFiles.KOCHESHKOVA, series.leadPerson.fullName);
        });
    }

    @Test
    void projectLeadAndExpertOfAltgpuExist() {
        inTransaction(() -> {
            Person lead = person(DemoFiles.KOCHESHKOVA);
            assertEquals("руководитель проекта", lead.position);
            assertEquals("АлтГПУ", lead.subject.shortName);
            Person expert = person(DemoFiles.VORONUSHKINA);
            assertEquals("эксперт", expert.position);
            assertEquals("АлтГПУ", expert.subject.shortName);
        });
    }

    @Test
    void khabarovskSubjectsAreInTheRegistryCreatedBySystem() {
        List<Object> ids = Api.as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("size", 100)
                .get(SUBJECTS).then().statusCode(200)
                .body("items.name", hasItems(DemoFiles.KHABAROVSK_AUTHORITY, DemoFiles.KHABAROVSK_IRO,
                        DemoFiles.KHABAROVSK_CNPPM, DemoFiles.KHABAROVSK_UNIVERSITY))
                .extract().jsonPath().getList("items.findAll { it.name == '" + DemoFiles.KHABAROVSK_IRO + "' }.id");
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
        for (String code : DemoFiles.ALTGPU_REGIONS) {
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
        for (DemoFacts.User user : DemoFiles.facts().users()) {
            given().auth().preemptive().basic(user.username(), user.password())
                    .get("/api/v1/auth/me").then().statusCode(200)
                    .body("username", equalTo(user.username()))
                    .body("role", equalTo(user.role().name()))
                    .body("regionCode", equalTo(user.regionCode()));
        }
    }

    @Test
    void khabarovskPortfolioHoldsTheFiveProjectsOfTheSession() {
        inTransaction(() -> {
            Portfolio portfolio = portfolio("27", 2023);
            assertEquals(PortfolioStatus.FORMED, portfolio.status);
            assertEquals("ХК ИРО", portfolio.coordinatingSubject.shortName);
            StrategicSession session = session(DemoFiles.KHABAROVSK_SESSION, LocalDate.of(2023, 10, 10));

            List<Project> projects = em.createQuery("from Project where portfolio = :portfolio and session = :session",
                    Project.class).setParameter("portfolio", portfolio).setParameter("session", session)
                    .getResultList();
            assertEquals(Set.of("ПРОфРОСТ", "Обучение педагогов и управленцев. Проведение стажировок",
                    "«Школа Минпросвещения России»: дальневосточный ориентир", "Молодым всегда у нас дорога!",
                    "Партнерское наставничество"), projects.stream().map(p -> p.title).collect(Collectors.toSet()));
            Map<ProjectStage, Long> stages = projects.stream()
                    .collect(Collectors.groupingBy(p -> p.stage, TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(ProjectStage.REFINEMENT, 2L, ProjectStage.PRE_DEFENSE, 2L, ProjectStage.DEFENSE, 1L),
                    stages);
            for (Project project : projects) {
                assertEquals("27", project.leadSubject.regionCode(), project.title);
                assertEquals(2024, project.startDate.getYear(), project.title);
                assertEquals(2024, project.endDate.getYear(), project.title);
                assertTrue(project.description.contains(DemoFiles.MARK), project.title);
                assertTrue(project.indicators.size() >= 1 && project.indicators.size() <= 3, project.title);
                for (Indicator indicator : project.indicators) {
                    assertNotNull(indicator.unit(), project.title);
                    assertNotNull(indicator.baseline(), project.title);
                    assertNotNull(indicator.target(), project.title);
                }
                assertPassportComplete(project);
                assertStageHistoryLeadsTo(project);
            }
        });
    }

    @Test
    void stageHistoryShowsTheRevisionBeforeTheDefence() {
        inTransaction(() -> {
            Project project = project("27", 2023, DemoFiles.YOUNG_WELCOME);
            assertEquals(List.of(ProjectStage.PROPOSED, ProjectStage.REFINEMENT, ProjectStage.PRE_DEFENSE,
                    ProjectStage.REVISION, ProjectStage.PRE_DEFENSE, ProjectStage.DEFENSE),
                    stageChanges(project).stream().map(change -> change.toStage).toList());
            ProjectStageChange defence = stageChanges(project).get(5);
            assertEquals(LocalDate.of(2023, 12, 7), defence.changedAt.toLocalDate());
            assertTrue(defence.comment.contains("Всероссийской"));
        });
    }

    @Test
    void khabarovskProjectsBorrowPracticesAndServeOtherRegions() {
        inTransaction(() -> {
            List<Project> ofKhabarovsk = projectsOf("27");
            assertTrue(ofKhabarovsk.stream().anyMatch(project -> usesPracticeOf(project, "22")
                    && project.deficits.stream().anyMatch(d -> !d.regionCode().equals("27"))));
            assertTrue(ofKhabarovsk.stream().anyMatch(project -> usesPracticeOf(project, "22")));
            assertTrue(ofKhabarovsk.stream().anyMatch(project -> usesPracticeOf(project, "42")));

            Project partnership = project("27", 2023, DemoFiles.PARTNER_MENTORING);
            assertEquals(Set.of("27", "75"), partnership.deficits.stream().map(Deficit::regionCode)
                    .collect(Collectors.toSet()));
            assertTrue(partnership.partners.stream().anyMatch(subject -> "НМЦ АлтГПУ".equals(subject.shortName)
                    && "22".equals(subject.regionCode())));

            assertTrue(projectsOf("22").stream().anyMatch(project -> usesPracticeOf(project, "27")));
            assertTrue(projectsOf("22").stream().anyMatch(project -> project.deficits.stream()
                    .anyMatch(d -> d.regionCode().equals("04"))));
        });
    }

    @Test
    void adoptionsShowPracticesTakenUpByOtherRegions() {
        inTransaction(() -> {
            List<PracticeAdoption> adoptions = em.createQuery("from PracticeAdoption", PracticeAdoption.class)
                    .getResultList();
            assertTrue(adoptions.stream().anyMatch(a -> a.region.code.equals("75")
                    && a.practice.regionCode().equals("27") && a.project == null
                    && a.outcome == AdoptionOutcome.IN_PROGRESS));
            assertTrue(adoptions.stream().anyMatch(a -> a.region.code.equals("27")
                    && a.practice.regionCode().equals("22") && a.project != null
                    && a.project.regionCode().equals("27") && a.project.practices.contains(a.practice)
                    && a.outcome == AdoptionOutcome.SUCCESSFUL));
            for (DemoFacts.Adoption fact : DemoFiles.facts().adoptions()) {
                assertNotEquals(fact.practice().regionCode(), fact.regionCode(), fact.toString());
            }
        });
    }

    @Test
    void deficitStatusesFollowTheirProjects() {
        inTransaction(() -> {
            Set<DeficitStatus> seen = new HashSet<>();
            for (DemoFacts.Key key : DemoFiles.keys("deficits")) {
                Deficit deficit = deficit(key);
                seen.add(deficit.status);
                if (deficit.status == DeficitStatus.CLOSED) {
                    assertNotNull(deficit.closedReason, deficit.title);
                    assertNotNull(deficit.closedAt, deficit.title);
                    Practice closer = em.find(Practice.class, deficit.closedByPracticeId);
                    assertTrue(closer.categories.stream().anyMatch(deficit.categories::contains), deficit.title);
                    continue;
                }
                long live = em.createQuery("select count(p) from Project p join p.deficits d "
                        + "where d = :deficit and p.stage <> :rejected", Long.class)
                        .setParameter("deficit", deficit).setParameter("rejected", ProjectStage.REJECTED)
                        .getSingleResult();
                assertEquals(live > 0 ? DeficitStatus.ADDRESSED : DeficitStatus.OPEN, deficit.status, deficit.title);
            }
            assertEquals(EnumSet.allOf(DeficitStatus.class), seen);

            Deficit onlyRejected = deficit(DemoFiles.DIGITAL_SKILLS_22);
            assertEquals(DeficitStatus.OPEN, onlyRejected.status);
            assertEquals(1L, em.createQuery("select count(p) from Project p join p.deficits d where d = :deficit "
                    + "and p.stage = :rejected", Long.class).setParameter("deficit", onlyRejected)
                    .setParameter("rejected", ProjectStage.REJECTED).getSingleResult());
        });
    }

    @Test
    void eachRegionOfTheSourcesHasDeficitsAndPractices() {
        inTransaction(() -> {
            for (String code : List.of("27", "22", "04", "42", "19", "17", "75")) {
                assertTrue(count("select count(d) from Deficit d where d.region.code = ?1", code) >= 2, code);
                assertTrue(count("select count(p) from Practice p where p.region.code = ?1", code) >= 1, code);
            }
            Set<Severity> severities = new HashSet<>();
            for (DemoFacts.Key key : DemoFiles.keys("deficits")) {
                Deficit deficit = deficit(key);
                severities.add(deficit.severity);
                assertFalse(deficit.categories.isEmpty(), deficit.title);
                assertTrue(deficit.description.contains(DemoFiles.MARK), deficit.title);
                if (deficit.regionCode().equals("27")) {
                    assertEquals(DemoFiles.KHABAROVSK_SESSION, deficit.session.title);
                }
            }
            assertEquals(EnumSet.allOf(Severity.class), severities);

            Set<Maturity> maturities = new HashSet<>();
            for (DemoFacts.Key fact : DemoFiles.keys("practices")) {
                Practice practice = em.createQuery("from Practice where region.code = :region and title = :title",
                        Practice.class).setParameter("region", fact.regionCode()).setParameter("title", fact.title())
                        .getSingleResult();
                maturities.add(practice.maturity);
                assertFalse(practice.categories.isEmpty(), practice.title);
                assertNotNull(practice.results, practice.title);
                assertNotNull(practice.evidence, practice.title);
                assertTrue(practice.description.contains(DemoFiles.MARK), practice.title);
                boolean verified = practice.status == PracticeStatus.VERIFIED
                        || practice.status == PracticeStatus.RECOMMENDED;
                assertEquals(verified ? "expert" : null, practice.verifiedBy, practice.title);
                assertEquals(practice.status == PracticeStatus.RECOMMENDED ? "demo-admin" : null,
                        practice.recommendedBy, practice.title);
            }
            assertEquals(EnumSet.allOf(Maturity.class), maturities);

            Portfolio altai = portfolio("22", 2023);
            assertTrue(count("select count(p) from Project p where p.portfolio.id = ?1", altai.id) >= 1);
        });
    }

    /** The versions of every demo object, keyed by kind and natural key. */
    private Map<String, Object> demoVersions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> versions = new TreeMap<>();
            for (Map<String, String> fact : DemoFiles.rows("subjects")) {
                String name = fact.get("Полное название");
                versions.put("subject " + name, em.createQuery("from Subject where name = :name", Subject.class)
                        .setParameter("name", name).getSingleResult().version);
            }
            for (Map<String, String> fact : DemoFiles.rows("people")) {
                versions.put("person " + fact.get("ФИО"), person(fact.get("ФИО")).version);
            }
            DemoFacts facts = DemoFiles.facts();
            for (DemoFacts.Series fact : facts.series()) {
                versions.put("series " + fact.title(), em.createQuery(
                        "from SessionSeries where title = :title and year = :year", SessionSeries.class)
                        .setParameter("title", fact.title()).setParameter("year", fact.year())
                        .getSingleResult().version);
            }
            for (DemoFacts.Session fact : facts.sessions()) {
                versions.put("session " + fact.title(), session(fact.title(), fact.startDate()).version);
            }
            for (DemoFacts.User fact : facts.users()) {
                AppUser user = AppUser.findByUsername(fact.username()).orElseThrow();
                versions.put("user " + fact.username(), user.version);
                versions.put("password " + fact.username(), user.passwordHash);
            }
            for (DemoFacts.Key fact : DemoFiles.keys("practices")) {
                versions.put("practice " + fact, em.createQuery(
                        "from Practice where region.code = :region and title = :title", Practice.class)
                        .setParameter("region", fact.regionCode()).setParameter("title", fact.title())
                        .getSingleResult().version);
            }
            for (DemoFacts.Key fact : DemoFiles.keys("deficits")) {
                Deficit deficit = deficit(fact);
                versions.put("deficit " + fact, deficit.version);
                versions.put("deficit status " + fact, deficit.status);
            }
            for (DemoFacts.PortfolioFact fact : facts.portfolios()) {
                versions.put("portfolio " + fact.regionCode() + " " + fact.year(),
                        portfolio(fact.regionCode(), fact.year()).version);
            }
            for (DemoFacts.StagePath fact : facts.stages()) {
                Project project = project(fact.regionCode(), fact.year(), fact.title());
                versions.put("project " + fact.title(), project.version);
                versions.put("stage changes " + fact.title(), stageChanges(project).size());
            }
            for (DemoFacts.Adoption fact : facts.adoptions()) {
                versions.put("adoption " + fact.practice() + " " + fact.regionCode(), em.createQuery(
                        "from PracticeAdoption where practice.region.code = :practiceRegion "
                                + "and practice.title = :title and region.code = :region", PracticeAdoption.class)
                        .setParameter("practiceRegion", fact.practice().regionCode())
                        .setParameter("title", fact.practice().title()).setParameter("region", fact.regionCode())
                        .getSingleResult().version);
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

    /** What pre-defence asks of a passport. */
    private static void assertPassportComplete(Project project) {
        assertFalse(project.goal.isBlank(), project.title);
        assertFalse(project.expectedResults.isBlank(), project.title);
        assertNotNull(project.leadSubject, project.title);
        assertFalse(project.deficits.isEmpty(), project.title);
        assertTrue(project.startDate.isBefore(project.endDate), project.title);
    }

    private void assertStageHistoryLeadsTo(Project project) {
        List<ProjectStageChange> changes = stageChanges(project);
        assertTrue(changes.size() >= 2, project.title);
        ProjectStage from = null;
        for (ProjectStageChange change : changes) {
            assertEquals(from, change.fromStage, project.title);
            if (from != null) {
                assertTrue(from.next().contains(change.toStage), project.title + ": " + from + " → " + change.toStage);
            }
            assertEquals("system", change.changedBy);
            assertNotNull(change.comment);
            from = change.toStage;
        }
        assertEquals(ProjectStage.PROPOSED, changes.get(0).toStage, project.title);
        assertEquals(project.stage, from, project.title);
    }

    private List<ProjectStageChange> stageChanges(Project project) {
        return em.createQuery("from ProjectStageChange where project = :project order by changedAt, id",
                ProjectStageChange.class).setParameter("project", project).getResultList();
    }

    private static boolean usesPracticeOf(Project project, String regionCode) {
        return project.practices.stream().anyMatch(practice -> practice.regionCode().equals(regionCode));
    }

    private List<Project> projectsOf(String regionCode) {
        return em.createQuery("from Project where portfolio.region.code = :region", Project.class)
                .setParameter("region", regionCode).getResultList();
    }

    private Portfolio portfolio(String regionCode, int year) {
        return em.createQuery("from Portfolio where region.code = :region and year = :year", Portfolio.class)
                .setParameter("region", regionCode).setParameter("year", year).getSingleResult();
    }

    private Project project(String regionCode, int year, String title) {
        return em.createQuery("from Project where portfolio.region.code = :region and portfolio.year = :year "
                + "and title = :title", Project.class).setParameter("region", regionCode).setParameter("year", year)
                .setParameter("title", title).getSingleResult();
    }

    private Deficit deficit(DemoFacts.Key key) {
        return em.createQuery("from Deficit where region.code = :region and title = :title", Deficit.class)
                .setParameter("region", key.regionCode()).setParameter("title", key.title()).getSingleResult();
    }

    private long count(String query, Object parameter) {
        return em.createQuery(query, Long.class).setParameter(1, parameter).getSingleResult();
    }

    private static Set<String> codes(Set<Region> regions) {
        return regions.stream().map(region -> region.code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void inTransaction(Runnable check) {
        QuarkusTransaction.requiringNew().run(check);
    }
}
