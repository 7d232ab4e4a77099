package ru.efs.portfolio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.export.ListExport.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.export.ListExport.Exported;
import ru.efs.portfolio.export.ListExport.Kind;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.AssessmentData;
import ru.efs.portfolio.support.AssessmentData.Expert;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * Every exported list as a person gets it: all the rows the list's JSON counts with the same filters (more than
 * one page; the file is asked for with {@code size=1}), in the list's order, under Russian headers (English ones with
 * Accept-Language: en), names next to ids, a dated file name, and text that looks like a formula neutralised.
 */
@QuarkusTest
class ListExportsTest {

    private static final String ID = "Идентификатор";
    private static final String EN_ID = "Identifier";

    private static final Kind SUBJECTS = kind("/api/v1/subjects", "subjects", "Субъекты ЕФС", "ЕФС subjects");
    private static final Kind PEOPLE = kind(PeopleData.PEOPLE, "people", "Люди", "People");
    private static final Kind SESSIONS = kind(SessionData.SESSIONS, "sessions", "Стратегические сессии",
            "Strategic sessions");
    private static final Kind SERIES = kind(PeopleData.SERIES, "series", "Серии сессий", "Session series");
    private static final Kind DEFICITS = kind(DeficitData.DEFICITS, "deficits", "Дефициты", "Deficits");
    private static final Kind PRACTICES = kind(PracticeData.PRACTICES, "practices", "Практики", "Practices");
    private static final Kind ADOPTIONS = kind("", "adoptions", "Внедрения практики", "Practice adoptions");
    private static final Kind PORTFOLIOS = kind(ProjectData.PORTFOLIOS, "portfolios", "Портфели", "Portfolios");
    private static final Kind PROJECTS = kind(ProjectData.PROJECTS, "projects", "Проекты", "Projects");
    private static final Kind STAGES = new Kind("", "stages", "Этапы проекта", "Project stages", "comment",
            "Комментарий", "Comment");
    private static final Kind ASSESSMENTS = kind("", "assessments", "Оценки проекта", "Project assessments");
    private static final Kind QUEUE = new Kind("/api/v1/assessments/queue", "queue", "Очередь экспертизы",
            "Assessment queue", "projectId", "Проект", "Project");
    private static final Kind LINKS = kind(InfluenceData.LINKS, "links", "Заявленные связи", "Declared links");
    private static final Kind EDGE = new Kind("", "edge", "Ребро влияния", "Influence edge", "items.projectId",
            "Проект (B — для PRACTICE_USED и ADOPTION, A — для прочих)",
            "Project (B's for PRACTICE_USED and ADOPTION, A's otherwise)");
    private static final Kind COVERAGE = new Kind("/api/v1/analytics/coverage", "coverage", "Покрытие дефицитов",
            "Deficit coverage", "regionCode", "Код региона", "Region code");
    private static final Kind CATEGORIES = new Kind(DeficitData.CATEGORIES, "categories", "Категории", "Categories",
            "code", "Код категории", "Category code");
    private static final Kind REGIONS = new Kind("/api/v1/regions", "regions", "Регионы", "Regions", "code",
            "Двузначный код региона", "Two-digit region code");
    private static final Kind USERS = kind("/api/v1/users", "users", "Пользователи", "Users");

    private static Kind kind(String path, String file, String russian, String english) {
        return new Kind(path, file, russian, english, "id", ID, EN_ID);
    }

    private static Supplier<RequestSpecification> as(TestUser user) {
        return () -> Api.as(user);
    }

    /** A word no other row holds, for the lists' text search. */
    private static String marker(String word) {
        return word + System.nanoTime() % 1_000_000_000;
    }

    private static String nameOf(String path, String field) {
        return Api.as(TestUser.ADMIN).get(path).then().statusCode(200).extract().jsonPath().getString(field);
    }

    @Test
    void subjects() {
        String marker = marker("выгрузкасубъектов");
        long parent = subject("27", "Головная организация " + marker, null);
        subject("27", "=HYPERLINK(\"http://example.invalid\";\"" + marker + "\")", parent);
        subject("27", "Центр непрерывного повышения мастерства " + marker, parent);
        subject("22", "Центр другого региона " + marker, null);
        Exported file = ListExport.paged(SUBJECTS, as(TestUser.VIEWER),
                query("q", marker, "regionCode", "27", "sort", "name,desc"));
        assertEquals(3, file.keys().size(), "the region filter leaves out the subject of 22");
        assertTrue(file.column("Код региона").stream().allMatch("27"::equals));
        file.assertBeside("Код региона", "Название региона", "Region code", "Region name");
        file.assertBeside("Родительская организация", "Родительская организация (название)", "Parent organisation",
                "Parent organisation (name)");
        assertEquals(2, file.column("Родительская организация (название)").stream()
                .filter(("Головная организация " + marker)::equals).count());
        assertTrue(file.column("Тип субъекта").stream().allMatch("ЦНППМ"::equals), "types as labels");
        file.assertNeutralised("Полное название", "=HYPERLINK(\"http://example.invalid\";\"" + marker + "\")");
    }

    private static long subject(String regionCode, String name, Long parentId) {
        Map<String, Object> body = TestData.subject(regionCode);
        body.put("name", name);
        body.put("parentId", parentId);
        return Api.as(TestUser.ADMIN).body(body).post("/api/v1/subjects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void people() {
        String marker = marker("выгрузкалюдей");
        long subject = TestData.createSubject("22");
        person(subject, "+7 Кочешкова " + marker);
        person(subject, "Воронушкина " + marker);
        person(subject, "Антонова " + marker);
        person(TestData.createSubject("22"), "Другая организация " + marker);
        Exported file = ListExport.paged(PEOPLE, as(TestUser.VIEWER),
                query("q", marker, "subjectId", subject, "sort", "fullName,desc"));
        assertEquals(3, file.keys().size(), "only the people of the organisation");
        file.assertBeside("Организация (субъект ЕФС)", "Название организации", "Organisation (ЕФС subject)",
                "Organisation name");
        String shown = Api.as(TestUser.VIEWER).queryParam("subjectId", subject).get(PeopleData.PEOPLE).then()
                .statusCode(200).extract().jsonPath().getString("items[0].subjectName");
        assertTrue(file.column("Название организации").stream().allMatch(shown::equals), "the name the list shows");
        assertEquals(file.column("ФИО").indexOf("Воронушкина " + marker) + 1,
                file.column("ФИО").indexOf("Антонова " + marker), "sorted by name, descending");
        file.assertNeutralised("ФИО", "+7 Кочешкова " + marker);
    }

    private static void person(long subjectId, String fullName) {
        Map<String, Object> body = PeopleData.person(subjectId);
        body.put("fullName", fullName);
        Api.as(TestUser.ADMIN).body(body).post(PeopleData.PEOPLE).then().statusCode(201);
    }

    @Test
    void sessions() {
        String marker = marker("выгрузкасессий");
        long series = PeopleData.createSeries(null, null, "27");
        session("@" + marker + " шестая сессия", "HELD", series);
        session("Б " + marker, "HELD", null);
        session("В " + marker, "HELD", null);
        session("Г " + marker, "PLANNED", null);
        Exported file = ListExport.paged(SESSIONS, as(TestUser.VIEWER),
                query("q", marker, "status", "HELD", "sort", "title,asc"));
        assertEquals(3, file.keys().size(), "the planned session is left out");
        assertTrue(file.column("Статус").stream().allMatch("Проведена"::equals));
        file.assertBeside("Код региона проведения", "Регион проведения", "Host region code", "Host region");
        file.assertBeside("Серия сессий", "Название серии", "Session series", "Series title");
        assertEquals(nameOf(PeopleData.SERIES + "/" + series, "title"), file.column("Название серии").get(0));
        assertEquals(List.of("10.10.2023", "10.10.2023", "10.10.2023"), file.column("Дата начала"));
        assertEquals(List.of("10.10.2023", "10.10.2023", "10.10.2023"), file.csvColumn("Дата начала"));
        assertEquals("2023-10-10", Sheets.column(file.englishCsvRows(), "Start date").get(0), "ISO dates in English");
        try (XSSFWorkbook workbook = Sheets.workbook(file.xlsx())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(file.rows().get(0).indexOf("Дата начала"))),
                    "a real date cell");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        file.assertNeutralised("Название", "@" + marker + " шестая сессия");
    }

    private static void session(String title, String status, Long seriesId) {
        Map<String, Object> body = SessionData.session("27");
        body.put("title", title);
        body.put("status", status);
        body.put("seriesId", seriesId);
        SessionData.create(body);
    }

    @Test
    void series() {
        String marker = marker("выгрузкасерий");
        long subject = TestData.createSubject("22");
        long person = PeopleData.createPerson(subject);
        series("=1+1 " + marker, 2023, subject, person);
        series("Сибирские сессии " + marker, 2023, subject, null);
        series("Другой год " + marker, 2024, subject, person);
        Exported file = ListExport.paged(SERIES, as(TestUser.VIEWER),
                query("q", marker, "year", 2023, "sort", "title,desc"));
        assertEquals(2, file.keys().size(), "the year filter leaves out 2024's");
        file.assertBeside("Ведущая организация", "Название ведущей организации", "Lead organisation",
                "Lead organisation name");
        file.assertBeside("Ведущий эксперт", "Ведущий эксперт (название)", "Lead expert", "Lead expert (name)");
        assertTrue(file.column("Ведущий эксперт (название)").contains(nameOf(PeopleData.PEOPLE + "/" + person,
                "fullName")));
        file.assertNeutralised("Название", "=1+1 " + marker);
    }

    private static void series(String title, int year, long subjectId, Long personId) {
        Map<String, Object> body = PeopleData.series(subjectId, personId, "22", "04");
        body.put("title", title);
        body.put("year", year);
        Api.as(TestUser.ADMIN).body(body).post(PeopleData.SERIES).then().statusCode(201);
    }

    @Test
    void deficits() {
        String marker = marker("выгрузкадефицитов");
        long subject = TestData.createSubject("22");
        Map<String, Object> hosted = SessionData.session("22");
        long session = SessionData.create(hosted);
        for (String title : List.of("-1 наставник на школу " + marker, "Б " + marker, "В " + marker)) {
            Map<String, Object> body = DeficitData.deficit("22");
            body.put("title", title);
            body.put("subjectId", subject);
            body.put("sessionId", session);
            DeficitData.create(body);
        }
        Map<String, Object> low = DeficitData.deficit("22");
        low.put("title", "Низкая острота " + marker);
        low.put("severity", "LOW");
        DeficitData.create(low);
        Exported file = ListExport.paged(DEFICITS, as(TestUser.VIEWER),
                query("q", marker, "regionCode", "22", "severity", "HIGH", "sort", "title,asc"));
        assertEquals(3, file.keys().size(), "the severity filter leaves out the low one");
        file.assertBeside("Субъект ЕФС, у которого дефицит", "Субъект ЕФС, у которого дефицит (название)",
                "ЕФС subject that has the deficit", "ЕФС subject that has the deficit (name)");
        file.assertBeside("Стратегическая сессия, выявившая дефицит",
                "Стратегическая сессия, выявившая дефицит (название)", "Strategic session that identified it",
                "Strategic session that identified it (name)");
        assertTrue(file.column("Стратегическая сессия, выявившая дефицит (название)").stream()
                .allMatch(hosted.get("title")::equals));
        assertTrue(file.column("Острота").stream().allMatch("Высокая"::equals));
        file.assertNeutralised("Название", "-1 наставник на школу " + marker);
    }

    @Test
    void practices() {
        String marker = marker("выгрузкапрактик");
        long subject = TestData.createSubject("22");
        practice("=2*3 " + marker, "ESTABLISHED", subject);
        practice("Школа молодого педагога " + marker, "ESTABLISHED", subject);
        practice("Наставничество " + marker, "ESTABLISHED", null);
        practice("Зарождающаяся " + marker, "EMERGING", subject);
        Exported file = ListExport.paged(PRACTICES, as(TestUser.VIEWER),
                query("q", marker, "regionCode", "22", "maturity", "ESTABLISHED", "sort", "title,desc"));
        assertEquals(3, file.keys().size(), "the maturity filter leaves out the emerging one");
        assertTrue(file.column("Зрелость").stream().allMatch("Сложившаяся"::equals));
        file.assertBeside("Субъект ЕФС, чья это практика", "Краткое название субъекта",
                "ЕФС subject whose practice it is", "Subject's short name");
        file.assertNeutralised("Название", "=2*3 " + marker);
    }

    private static void practice(String title, String maturity, Long subjectId) {
        Map<String, Object> body = PracticeData.practice("22");
        body.put("title", title);
        body.put("maturity", maturity);
        body.put("subjectId", subjectId);
        PracticeData.create(body);
    }

    @Test
    void adoptionsOfAPractice() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        Map<String, Object> withProject = PracticeData.adoption("27");
        withProject.put("projectId", PracticeData.project("27"));
        withProject.put("result", "=SUM(A1:A9) пар наставников");
        Api.as(TestUser.ADMIN).body(withProject).post(PracticeData.PRACTICES + "/" + practice + "/adoptions")
                .then().statusCode(201);
        PracticeData.adopt(practice, "54");
        PracticeData.adopt(practice, "04");
        String path = PracticeData.PRACTICES + "/" + practice + "/adoptions";
        Exported file = ListExport.unpaged(ADOPTIONS.at(path), as(TestUser.VIEWER), query());
        assertEquals(3, file.keys().size());
        file.assertBeside("Практика", "Практика (название)", "Practice", "Practice (name)");
        assertTrue(file.column("Практика (название)").stream()
                .allMatch(nameOf(PracticeData.PRACTICES + "/" + practice, "title")::equals));
        file.assertBeside("Код внедряющего региона", "Название внедряющего региона", "Code of the adopting region",
                "Name of the adopting region");
        file.assertNeutralised("Результат", "=SUM(A1:A9) пар наставников");
    }

    @Test
    void portfolios() {
        InfluenceData.Scene scene = InfluenceData.portfolios("27", "22", "54");
        String coordinator = "=Хабаровский краевой институт развития образования";
        long subject = subject("27", coordinator, null);
        long portfolio = scene.portfolioIds().get(0);
        Map<String, Object> body = ProjectData.portfolio("27", scene.year());
        body.put("coordinatingSubjectId", subject);
        Api.as(TestUser.ADMIN).header("If-Match", Api.etagOf(ProjectData.PORTFOLIOS + "/" + portfolio)).body(body)
                .put(ProjectData.PORTFOLIOS + "/" + portfolio).then().statusCode(200);
        Exported file = ListExport.paged(PORTFOLIOS, as(TestUser.VIEWER),
                query("year", scene.year(), "status", "DRAFT", "sort", "regionCode,desc"));
        assertEquals(List.of("54", "27", "22"), file.column("Код региона"));
        file.assertBeside("Код региона", "Название региона", "Region code", "Region name");
        file.assertBeside("Координирующий субъект ЕФС", "Координирующий субъект ЕФС (название)",
                "Coordinating ЕФС subject", "Coordinating ЕФС subject (name)");
        file.assertNeutralised("Координирующий субъект ЕФС (название)", coordinator);
    }

    @Test
    void projects() {
        String marker = marker("выгрузкапроектов");
        long portfolio = ProjectData.createPortfolio("27");
        long lead = TestData.createSubject("27");
        long first = ProjectData.createDeficit("27", "Отток молодых педагогов " + marker);
        long second = ProjectData.createDeficit("22", "Нет наставников в сёлах " + marker);
        for (String title : List.of("=ПРОфРОСТ " + marker, "Партнерское наставничество " + marker,
                "Молодым всегда у нас дорога! " + marker)) {
            Map<String, Object> body = ProjectData.project(portfolio);
            body.put("title", title);
            body.put("leadSubjectId", lead);
            body.put("deficitIds", List.of(first, second));
            ProjectData.create(body);
        }
        Map<String, Object> elsewhere = ProjectData.project(ProjectData.sharedPortfolio("27"));
        elsewhere.put("title", "Другой портфель " + marker);
        ProjectData.create(elsewhere);
        Exported file = ListExport.paged(PROJECTS, as(TestUser.VIEWER),
                query("portfolioId", portfolio, "q", marker, "sort", "title,desc"));
        assertEquals(List.of("Партнерское наставничество " + marker, "Молодым всегда у нас дорога! " + marker,
                "=ПРОфРОСТ " + marker), file.column("Название"));
        int year = Api.as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().statusCode(200)
                .extract().jsonPath().getInt("year");
        file.assertBeside("Портфель", "Портфель (название)", "Portfolio", "Portfolio (name)");
        assertTrue(file.column("Портфель (название)").stream().allMatch(("Хабаровский край, " + year)::equals));
        file.assertBeside("Ведущий субъект ЕФС", "Ведущий субъект ЕФС (название)", "Lead ЕФС subject",
                "Lead ЕФС subject (name)");
        file.assertBeside("Дефициты, которые закрывает проект", "Дефициты, которые закрывает проект (название)",
                "Deficits the project addresses", "Deficits the project addresses (name)");
        assertTrue(file.column("Дефициты, которые закрывает проект (название)").stream()
                .allMatch(names -> names.contains("Отток молодых педагогов " + marker)
                        && names.contains("Нет наставников в сёлах " + marker)), "the deficits by their titles");
        file.assertNeutralised("Название", "=ПРОфРОСТ " + marker);
    }

    @Test
    void stagesOfAProject() {
        long project = ProjectData.createComplete("27");
        transition(project, "REFINEMENT", "=Паспорт доработан после сессии");
        transition(project, "PRE_DEFENSE", "Просим назначить предзащиту");
        Exported file = ListExport.unpaged(STAGES.at(ProjectData.PROJECTS + "/" + project + "/stages"),
                as(TestUser.VIEWER), query());
        assertEquals(List.of("Предложен", "Доработка после сессии", "Предзащита"), file.column("Новый этап"));
        assertEquals(List.of("Proposed", "Post-session refinement", "Pre-defence"),
                Sheets.column(file.englishCsvRows(), "New stage"));
        file.assertNeutralised("Комментарий", "=Паспорт доработан после сессии");
        try (XSSFWorkbook workbook = Sheets.workbook(file.xlsx())) {
            int when = file.rows().get(0).indexOf("Когда");
            assertTrue(DateUtil.isCellDateFormatted(workbook.getSheetAt(0).getRow(1).getCell(when)),
                    "the time of a move is a date cell");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void transition(long project, String to, String comment) {
        Api.as(TestUser.ADMIN).header("If-Match", Api.etagOf(ProjectData.PROJECTS + "/" + project))
                .body(Map.of("to", to, "comment", comment)).post(ProjectData.PROJECTS + "/" + project + "/transitions")
                .then().statusCode(200);
    }

    @Test
    void assessmentsOfAProject() {
        String title = TestData.unique("Партнерское наставничество");
        long project = AssessmentData.createProject("27", title, "PRE_DEFENSE", null);
        String path = "/api/v1/projects/" + project + "/assessments";
        Expert first = AssessmentData.createExpert();
        Expert second = AssessmentData.createExpert();
        Map<String, Object> formula = AssessmentData.assessment();
        formula.put("comment", "@Показатели стоит уточнить");
        first.api().body(formula).post(path).then().statusCode(201);
        second.api().body(AssessmentData.assessment(3, 3, 3, 3, 3, 3, "REVISE")).post(path).then().statusCode(201);
        AssessmentData.setStage(project, "DEFENSE");
        first.api().body(AssessmentData.assessment()).post(path).then().statusCode(201);
        Exported file = ListExport.unpaged(ASSESSMENTS.at(path), as(TestUser.VIEWER), query("stage", "PRE_DEFENSE"));
        assertEquals(2, file.keys().size(), "the defence's assessment is left out by the stage filter");
        assertTrue(file.column("Этап, на котором дана оценка").stream().allMatch("Предзащита"::equals));
        file.assertBeside("Проект", "Проект (название)", "Project", "Project (name)");
        assertTrue(file.column("Проект (название)").stream().allMatch(title::equals));
        assertEquals(List.of("Одобрить", "Доработать"), file.column("Рекомендация"));
        file.assertNeutralised("Комментарий эксперта", "@Показатели стоит уточнить");
    }

    @Test
    void assessmentQueue() {
        String marker = marker("выгрузкаочереди");
        Expert expert = AssessmentData.createExpert();
        AssessmentData.createProject("27", "=А " + marker, "PRE_DEFENSE", null);
        AssessmentData.createProject("27", "Б " + marker, "PRE_DEFENSE", null);
        AssessmentData.createProject("27", "В " + marker, "PRE_DEFENSE", null);
        AssessmentData.createProject("27", "Защита " + marker, "DEFENSE", null);
        AssessmentData.createProject("22", "Другой регион " + marker, "PRE_DEFENSE", null);
        Exported file = ListExport.paged(QUEUE, expert::api,
                query("stage", "PRE_DEFENSE", "regionCode", "27", "q", marker, "sort", "title,desc"));
        assertEquals(List.of("В " + marker, "Б " + marker, "=А " + marker), file.column("Название проекта"));
        file.assertBeside("Проект", "Название проекта", "Project", "Project title");
        assertFalse(file.rows().get(0).contains("Проект (название)"), "the title is not repeated");
        file.assertNeutralised("Название проекта", "=А " + marker);
    }

    @Test
    void declaredLinks() {
        for (int strength = 1; strength <= 3; strength++) {
            Map<String, Object> link = InfluenceData.link("75", "79");
            link.put("kind", "PARTNERSHIP");
            link.put("strength", strength);
            link.put("note", strength == 2 ? "=Обмен наставниками" : "Совместные стажировки " + strength);
            InfluenceData.createLink(link);
        }
        Map<String, Object> synergy = InfluenceData.link("75", "79");
        synergy.put("kind", "SYNERGY");
        InfluenceData.createLink(synergy);
        Exported file = ListExport.paged(LINKS, as(TestUser.VIEWER), query("sourceRegionCode", "75",
                "targetRegionCode", "79", "kind", "PARTNERSHIP", "sort", "id,desc"));
        assertTrue(file.column("Вид связи").stream().allMatch("Партнёрство"::equals), "the kind filter holds");
        file.assertBeside("Код региона-источника", "Регион-источник", "Source region code", "Source region name");
        file.assertBeside("Код региона-получателя", "Регион-получатель", "Target region code", "Target region name");
        assertTrue(file.column("Регион-получатель").stream().allMatch("Еврейская автономная область"::equals));
        file.assertNeutralised("Пояснение", "=Обмен наставниками");
    }

    /** Владимирская (33) gives a practice to two projects of Ивановская (37) and addresses a deficit of 44. */
    private record MapScene(int year, String projectTitle) {
    }

    private static MapScene mapScene() {
        InfluenceData.Scene scene = InfluenceData.portfolios("33", "37", "44");
        long practice = PracticeData.createIn("33", "SUBMITTED");
        long deficit = DeficitData.create("44");
        String title = "=Школа наставников " + marker("");
        Map<String, Object> user = ProjectData.project(scene.portfolioIds().get(1));
        user.put("title", title);
        user.put("practiceIds", List.of(practice));
        user.put("partnerSubjectIds", List.of(TestData.createSubject("44")));
        ProjectData.create(user);
        InfluenceData.project(scene.portfolioIds().get(1), List.of(practice), List.of(), List.of());
        InfluenceData.project(scene.portfolioIds().get(0), List.of(), List.of(deficit), List.of());
        return new MapScene(scene.year(), title);
    }

    @Test
    void influenceMapEdgesEdgeItemsAndMatrix() {
        MapScene scene = mapScene();
        Map<String, Object> filters = query("year", scene.year(), "federalDistrictCode", "CFD");

        JsonPath map = Api.as(TestUser.VIEWER).queryParams(filters).get(InfluenceData.MAP).then().statusCode(200)
                .extract().jsonPath();
        List<String> edges = new ArrayList<>();
        List<Map<String, Object>> jsonEdges = map.getList("edges");
        jsonEdges.forEach(e -> edges.add(e.get("fromRegionCode") + "→" + e.get("toRegionCode")));
        assertTrue(edges.containsAll(List.of("33→37", "33→44", "37→44")), "the scene's edges: " + edges);
        byte[] edgeFile = Api.as(TestUser.VIEWER).accept(ListExport.XLSX).queryParams(filters)
                .get(InfluenceData.MAP).then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Sheets.xlsxRows(edgeFile);
        List<String> exported = new ArrayList<>();
        List<String> from = Sheets.column(rows, "Код региона A");
        List<String> to = Sheets.column(rows, "Код региона B");
        for (int i = 0; i < from.size(); i++) {
            exported.add(from.get(i) + "→" + to.get(i));
        }
        assertEquals(edges, exported, "every edge of the map, in its order");
        assertEquals(rows.get(0).indexOf("Код региона A") + 1, rows.get(0).indexOf("Регион A"));
        assertEquals("Владимирская область", Sheets.column(rows, "Регион A").get(exported.indexOf("33→37")));
        assertEquals("Использует практику", Sheets.column(rows, "Виды связи").get(exported.indexOf("33→37")));
        assertEquals("Партнёрство", Sheets.column(rows, "Виды связи").get(exported.indexOf("37→44")));
        var edgeResponse = Api.as(TestUser.VIEWER).header("Accept-Language", "en").queryParams(filters)
                .queryParam("format", "csv").get(InfluenceData.MAP);
        ListExport.assertFileName(edgeResponse.header("Content-Disposition"), "edges", "Influence edges", "csv");
        List<List<String>> english = Sheets.csvRows(edgeResponse.asByteArray(), ',');
        assertEquals(List.of("Code of region A", "Region A", "Code of region B", "Region B", "Kinds", "Weight",
                "Number of items"), english.get(0));
        assertEquals(edges.size() + 1, english.size());

        String edgePath = InfluenceData.EDGES + "/33/37";
        Exported items = ListExport.unpaged(EDGE.at(edgePath), as(TestUser.VIEWER), query("year", scene.year()));
        assertEquals(2, items.keys().size(), "both projects of 37 that use the practice");
        items.assertBeside(EDGE.russianKey(), "Название проекта", EDGE.englishKey(), "Project title");
        items.assertNeutralised("Название проекта", scene.projectTitle());

        JsonPath matrix = Api.as(TestUser.VIEWER).queryParams(filters).get(InfluenceData.MATRIX).then()
                .statusCode(200).extract().jsonPath();
        List<String> codes = matrix.getList("regionCodes");
        var matrixResponse = Api.as(TestUser.VIEWER).queryParams(filters).queryParam("format", "xlsx")
                .get(InfluenceData.MATRIX);
        ListExport.assertFileName(matrixResponse.header("Content-Disposition"), "matrix", "Матрица влияния", "xlsx");
        List<List<String>> table = Sheets.xlsxRows(matrixResponse.asByteArray());
        assertEquals(codes, Sheets.column(table, "Код региона A"), "a row per region of the map, in its order");
        assertEquals(codes.size() + 2, table.get(0).size(), "the code, the name and a column per region");
        int row = codes.indexOf("33") + 1;
        int column = table.get(0).indexOf("37 Ивановская область");
        assertTrue(column > 1, "a column headed by the region's code and name: " + table.get(0));
        List<List<Integer>> weights = matrix.getList("weights");
        assertEquals(String.valueOf(weights.get(codes.indexOf("33")).get(codes.indexOf("37"))),
                table.get(row).get(column));
        assertEquals("Владимирская область", table.get(row).get(1));
        List<List<String>> englishMatrix = Sheets.csvRows(Api.as(TestUser.VIEWER).header("Accept-Language", "en")
                .queryParams(filters).accept("text/csv").get(InfluenceData.MATRIX).then().statusCode(200)
                .extract().asByteArray(), ',');
        assertEquals(List.of("Code of region A", "Region A"), englishMatrix.get(0).subList(0, 2));
        assertEquals(codes.size() + 1, englishMatrix.size());
    }

    @Test
    void coverage() {
        DeficitData.create("27");
        Exported file = ListExport.paged(COVERAGE, as(TestUser.VIEWER),
                query("federalDistrictCode", "FEFD", "sort", "deficits,desc"));
        assertTrue(file.keys().contains("27") && !file.keys().contains("22"), "the district's regions only");
        file.assertBeside("Код региона", "Название региона", "Region code", "Region name");
        try (XSSFWorkbook workbook = Sheets.workbook(file.xlsx())) {
            int deficits = file.rows().get(0).indexOf("Дефицитов всего");
            assertEquals(CellType.NUMERIC, workbook.getSheetAt(0).getRow(1).getCell(deficits).getCellType());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void categories() {
        String group = DeficitData.uniqueCode("export-group");
        Map<String, Object> top = DeficitData.category(group, null);
        Api.as(TestUser.ADMIN).body(top).post(DeficitData.CATEGORIES).then().statusCode(201);
        for (String name : List.of("=Наставничество", "Стажировки", "Молодые педагоги")) {
            Map<String, Object> body = DeficitData.category(DeficitData.uniqueCode("export"), group);
            body.put("name", name);
            Api.as(TestUser.ADMIN).body(body).post(DeficitData.CATEGORIES).then().statusCode(201);
        }
        Exported file = ListExport.paged(CATEGORIES, as(TestUser.VIEWER),
                query("parentCode", group, "sort", "name,desc"));
        assertEquals(List.of("Стажировки", "Молодые педагоги", "=Наставничество"), file.column("Название"));
        assertTrue(file.column("Код группы; нет у группы верхнего уровня").stream().allMatch(group::equals));
        file.assertNeutralised("Название", "=Наставничество");
    }

    @Test
    void regions() {
        Exported file = ListExport.paged(REGIONS, as(TestUser.VIEWER),
                query("federalDistrictCode", "SIBFD", "sort", "name,desc"));
        assertTrue(file.keys().containsAll(List.of("22", "04", "54")) && !file.keys().contains("27"));
        assertEquals(file.rows().get(0).indexOf("Двузначный код региона") + 1, file.rows().get(0).indexOf("Название"));
        assertTrue(file.column("Название федерального округа").stream()
                .allMatch("Сибирский федеральный округ"::equals));
    }

    @Test
    void users() {
        String marker = "export" + System.nanoTime() % 1_000_000_000;
        long subject = TestData.createSubject("22");
        long first = user(marker + "-a", "=Воронушкина Оксана", "EXPERT", null);
        AssessmentData.setUserSubject(first, subject);
        user(marker + "-b", "Кочешкова Ирина", "EXPERT", null);
        user(marker + "-c", "Иванова Анна", "EXPERT", null);
        user(marker + "-d", "Координатор края", "REGIONAL_COORDINATOR", "27");
        Exported file = ListExport.paged(USERS, as(TestUser.ADMIN),
                query("q", marker, "role", "EXPERT", "sort", "username,desc"));
        assertEquals(List.of(marker + "-c", marker + "-b", marker + "-a"), file.column("Логин"));
        assertTrue(file.column("Роль").stream().allMatch("Эксперт"::equals));
        String organisation = "Организация пользователя (эксперт не оценивает проекты своей организации)";
        String english = "The user's organisation (an expert does not assess its projects)";
        file.assertBeside(organisation, organisation + " (название)", english, english + " (name)");
        assertEquals(nameOf("/api/v1/subjects/" + subject, "name"), file.column(organisation + " (название)").get(2));
        file.assertNeutralised("ФИО", "=Воронушкина Оксана");
        Api.as(TestUser.VIEWER).queryParam("format", "xlsx").get(USERS.path()).then().statusCode(403);
    }

    private static long user(String username, String fullName, String role, String regionCode) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("password", "Parol-Vygruzki-2024!");
        body.put("fullName", fullName);
        body.put("role", role);
        body.put("regionCode", regionCode);
        return Api.as(TestUser.ADMIN).body(body).post(USERS.path()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
