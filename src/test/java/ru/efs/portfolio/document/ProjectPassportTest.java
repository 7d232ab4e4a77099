package ru.efs.portfolio.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PROJECTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.AssessmentData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class ProjectPassportTest {

    private static final String PDF = "application/pdf";

    /** A project of Хабаровский край proposed at the session of 10–11 October 2023, borrowing a practice of 22. */
    private record Borrowing(long id, String title, String indicator, String practiceTitle) {
    }

    private static Borrowing borrowingProject() {
        long session = SessionData.create(SessionData.session("27"));
        long lead = TestData.createSubject("27");
        long partner = TestData.createSubject("22");
        long deficit = ProjectData.createDeficit("27");
        long practice = ProjectData.createPractice("22");
        Map<String, Object> body = ProjectData.completeProject(ProjectData.sharedPortfolio("27"), lead, deficit);
        String indicator = "Доля молодых педагогов с наставником, код " + System.nanoTime() % 1_000_000;
        body.put("indicators", List.of(ProjectData.indicator(indicator, "%", 35, 80)));
        body.put("sessionId", session);
        body.put("partnerSubjectIds", List.of(partner));
        body.put("practiceIds", List.of(practice));
        long id = ProjectData.create(body);
        String practiceTitle = as(TestUser.ADMIN).get(PROJECTS + "/" + id).then().statusCode(200)
                .extract().jsonPath().getString("practices[0].title");
        return new Borrowing(id, (String) body.get("title"), indicator, practiceTitle);
    }

    private static byte[] pdf(Response response) {
        response.then().statusCode(200).contentType(PDF);
        return response.asByteArray();
    }

    @Test
    void viewerPrintsThePassportWithItsRegionIndicatorsSessionDatesAndBorrowedPractice() {
        Borrowing project = borrowingProject();

        Response response = as(TestUser.VIEWER).accept(PDF).get(PROJECTS + "/" + project.id());

        String text = PdfText.of(pdf(response));
        assertThat(text, containsString(project.title()));
        assertThat(text, containsString("Хабаровский край"));
        assertThat(text, containsString(project.indicator()));
        assertThat(text, containsString("10–11 октября 2023 г., Хабаровск"));
        assertThat(text, containsString("15 января 2024 г. – 31 декабря 2025 г."));
        assertThat(text, containsString(project.practiceTitle()));
        assertThat(text, containsString("Заимствована: Алтайский край"));
        assertThat(text, containsString("Предложен"));
        assertThat(text, matchesPattern(".*Страница 1 из \\d.*"));
        assertThat(text, containsString("Напечатано "));
        assertThat(response.header("Content-Disposition"), equalTo("attachment; filename=\"project-passport-"
                + project.id() + ".pdf\"; filename*=UTF-8''%D0%9F%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82%20"
                + "%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%D0%B0%20" + project.id() + ".pdf"));
    }

    @Test
    void formatPdfAnswersThePassportWhateverTheClientAccepts() {
        Borrowing project = borrowingProject();

        for (String accept : List.of("application/json", "text/html", "*/*")) {
            byte[] pdf = pdf(as(TestUser.EXPERT).accept(accept).queryParam("format", "pdf")
                    .get(PROJECTS + "/" + project.id()));
            assertThat(accept, PdfText.of(pdf), containsString(project.title()));
        }
        as(TestUser.EXPERT).accept(PDF).queryParam("format", "json").get(PROJECTS + "/" + project.id())
                .then().statusCode(200).contentType("application/json").body("title", equalTo(project.title()));
        as(TestUser.EXPERT).get(PROJECTS + "/" + project.id())
                .then().statusCode(200).contentType("application/json").header("ETag", startsWith("\""));
    }

    @Test
    void englishPassportWhenTheCallerAsksForEnglish() {
        Borrowing project = borrowingProject();

        Response response = as(TestUser.COORDINATOR_27).accept(PDF).header("Accept-Language", "en")
                .get(PROJECTS + "/" + project.id());

        String text = PdfText.of(pdf(response));
        assertThat(text, containsString("PROJECT PASSPORT"));
        assertThat(text, containsString("Indicators"));
        assertThat(text, containsString("10–11 October 2023, Хабаровск"));
        assertThat(text, containsString("Borrowed: Алтайский край"));
        assertThat(text, matchesPattern(".*Page 1 of \\d.*"));
        assertThat(text, not(containsString("Страница")));
        assertThat(response.header("Content-Disposition"), containsString("filename*=UTF-8''Project%20passport%20"
                + project.id() + ".pdf"));
    }

    @Test
    void passportShowsTheStageHistoryAndTheExpertsAverages() {
        long id = ProjectData.createComplete("27");
        ProjectData.move(id, "REFINEMENT");
        ProjectData.move(id, "PRE_DEFENSE");
        AssessmentData.createExpert().api().body(AssessmentData.assessment(5, 4, 3, 4, 5, 4, "REVISE"))
                .post(PROJECTS + "/" + id + "/assessments").then().statusCode(201);

        String text = PdfText.of(pdf(as(TestUser.VIEWER).queryParam("format", "pdf").get(PROJECTS + "/" + id)));

        assertThat(text, containsString("Доработка после сессии → Предзащита"));
        assertThat(text, containsString("Переход PRE_DEFENSE"));
        assertThat(text, containsString("Соответствие дефицитам"));
        assertThat(text, containsString("Межрегиональный эффект"));
        assertThat(text, containsString("Общий средний балл"));
        assertThat(text, containsString("4,17"));
        assertThat(text, containsString("Доработать"));
    }

    @Test
    void fiftyIndicatorsRunOverPagesAndEveryPageOfTheTableRepeatsItsHeader() {
        Map<String, Object> body = ProjectData.project(ProjectData.sharedPortfolio("27"));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            indicators.add(ProjectData.indicator("Доля педагогов, прошедших стажировку в школах-лидерах края "
                    + "и вузах-партнёрах по программе наставничества, показатель " + i, "%", i, 100 - i));
        }
        body.put("indicators", indicators);
        long id = ProjectData.create(body);

        List<String> pages = PdfText.pages(pdf(as(TestUser.VIEWER).accept(PDF).get(PROJECTS + "/" + id)));

        assertThat(pages.size(), greaterThanOrEqualTo(3));
        List<String> tablePages = pages.stream().filter(page -> page.contains("по программе наставничества"))
                .toList();
        assertThat(tablePages.size(), greaterThanOrEqualTo(2));
        for (String page : tablePages) {
            assertThat(page, containsString("Показатель Единица измерения Базовое значение Целевое значение "
                    + "Фактическое значение"));
        }
        assertThat(String.join(" ", pages), containsString("по программе наставничества, показатель 50"));
        assertThat(pages.get(pages.size() - 1), containsString("Страница " + pages.size() + " из " + pages.size()));
    }

    @Test
    void charactersTheFontLacksDoNotStopThePassport() {
        Map<String, Object> body = ProjectData.project(ProjectData.sharedPortfolio("27"));
        String title = "Наставничество 😀 师徒 " + System.nanoTime() % 1_000_000;
        body.put("title", title);
        body.put("goal", "Цель — «ёлка» № 5 ≥ 3 ½ ∑ \u00ad");
        long id = ProjectData.create(body);

        String text = PdfText.of(pdf(as(TestUser.VIEWER).accept(PDF).get(PROJECTS + "/" + id)));

        assertThat(text, containsString("Наставничество"));
        assertThat(text, containsString("«ёлка» № 5"));
    }

    @Test
    void passportIsReadInAFixedNumberOfStatementsWhateverTheProjectHolds() {
        long small = projectWithLinks(List.of("22"));
        long large = projectWithLinks(List.of("27", "22", "77", "54", "42"));

        long smallCount = StatementCounter.count(() -> as(TestUser.VIEWER).accept(PDF)
                .get(PROJECTS + "/" + small).then().statusCode(200));
        long largeCount = StatementCounter.count(() -> as(TestUser.VIEWER).accept(PDF)
                .get(PROJECTS + "/" + large).then().statusCode(200));
        assertThat(largeCount, equalTo(smallCount));
    }

    /** A project proposed at a session, moved on once, with a deficit, a practice and a partner of each region. */
    private static long projectWithLinks(List<String> regions) {
        Map<String, Object> body = ProjectData.completeProject(ProjectData.sharedPortfolio("27"),
                TestData.createSubject("27"), ProjectData.createDeficit("27"));
        List<Long> deficits = new ArrayList<>();
        List<Long> practices = new ArrayList<>();
        List<Long> partners = new ArrayList<>();
        for (String region : regions) {
            deficits.add(ProjectData.createDeficit(region));
            practices.add(ProjectData.createPractice(region));
            partners.add(TestData.createSubject(region));
        }
        body.put("deficitIds", deficits);
        body.put("practiceIds", practices);
        body.put("partnerSubjectIds", partners);
        body.put("sessionId", SessionData.create(SessionData.session("27")));
        long id = ProjectData.create(body);
        ProjectData.move(id, "REFINEMENT");
        return id;
    }

    @Test
    void missingProjectIsAProblemEvenWhenAPdfIsAsked() {
        as(TestUser.VIEWER).accept(PDF).get(PROJECTS + "/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        as(TestUser.VIEWER).queryParam("format", "pdf").get(PROJECTS + "/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        long id = ProjectData.createComplete("27");

        as(TestUser.VIEWER).queryParam("format", "xlsx").get(PROJECTS + "/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", equalTo("Формат ответа — json или pdf."));
    }

    @Test
    void anonymousCallerGetsNoPassport() {
        long id = ProjectData.createComplete("27");

        anonymous().accept(PDF).queryParam("format", "pdf").get(PROJECTS + "/" + id)
                .then().statusCode(401);
    }
}
