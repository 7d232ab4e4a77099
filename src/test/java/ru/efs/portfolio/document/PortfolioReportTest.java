package ru.efs.portfolio.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PORTFOLIOS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PortfolioReportTest {

    private static final String PDF = "application/pdf";

    private static String title(String text) {
        return text + " " + System.nanoTime() % 1_000_000;
    }

    private static long project(long portfolioId, String title, List<Long> practices, List<Long> deficits,
            List<Long> partners) {
        Map<String, Object> body = ProjectData.project(portfolioId);
        body.put("title", title);
        body.put("practiceIds", practices);
        body.put("deficitIds", deficits);
        body.put("partnerSubjectIds", partners);
        return ProjectData.create(body);
    }

    private static byte[] pdf(Response response) {
        response.then().statusCode(200).contentType(PDF);
        return response.asByteArray();
    }

    @Test
    void reportListsTheProjectsByStageTheDeficitsAndThePracticesGoingBothWaysWithAltai() {
        InfluenceData.Scene scene = InfluenceData.portfolios("27", "22");
        long khabarovsk = scene.portfolioIds().get(0);
        long altai = scene.portfolioIds().get(1);
        String ownDeficit = title("Нехватка наставников для молодых педагогов");
        String altaiDeficit = title("Отток молодых педагогов в первые три года работы");
        String openDeficit = title("Нет резерва управленческих кадров");
        long ownDeficitId = ProjectData.createDeficit("27", ownDeficit);
        long altaiDeficitId = ProjectData.createDeficit("22", altaiDeficit);
        ProjectData.createDeficit("27", openDeficit);
        long ownPractice = ProjectData.createPractice("27");
        long altaiPractice = ProjectData.createPractice("22");
        String mentoring = title("Партнерское наставничество");
        String internships = title("Обучение педагогов и управленцев. Проведение стажировок");
        String young = title("Молодым всегда у нас дорога!");
        project(khabarovsk, mentoring, List.of(altaiPractice), List.of(ownDeficitId, altaiDeficitId),
                List.of(TestData.createSubject("22")));
        long second = project(khabarovsk, internships, List.of(), List.of(), List.of());
        ProjectData.move(second, "REFINEMENT");
        project(altai, young, List.of(ownPractice), List.of(), List.of());

        Response response = as(TestUser.VIEWER).accept(PDF).get(PORTFOLIOS + "/" + khabarovsk);

        String text = PdfText.of(pdf(response));
        assertThat(text, containsString("Хабаровский край, портфель на " + scene.year() + " год"));
        assertThat(text, containsString("Предложен — 1"));
        assertThat(text, containsString(mentoring));
        assertThat(text, containsString("Доработка после сессии — 1"));
        assertThat(text, containsString(internships));
        assertThat(text, containsString(ownDeficit));
        assertThat(text, containsString(altaiDeficit));
        assertThat(text, containsString(openDeficit));
        assertThat(text, containsString("Алтайский край"));
        assertThat(text, containsString("Использует проект «" + young + "»"));
        assertThat(text, containsString("Использует проект «" + mentoring + "»"));
        assertThat(text, containsString("Партнёрство"));
        assertThat(text, not(containsString("Алтайский край, портфель")));
        assertThat(response.header("Content-Disposition"), matchesPattern(PdfFile.DISPOSITION_PATTERN));
        assertThat(response.header("Content-Disposition"), containsString("filename=\"portfolio-27-" + scene.year()
                + ".pdf\""));
        assertThat(response.header("Content-Disposition"), containsString("filename*=UTF-8''"
                + "%D0%9F%D0%BE%D1%80%D1%82%D1%84%D0%B5%D0%BB%D1%8C%20"));
    }

    @Test
    void englishReportWithFormatPdf() {
        long portfolio = ProjectData.createPortfolio("27");
        String mentoring = title("Партнерское наставничество");
        project(portfolio, mentoring, List.of(), List.of(), List.of());

        Response response = as(TestUser.COORDINATOR_22).accept("application/json").header("Accept-Language", "en")
                .queryParam("format", "pdf").get(PORTFOLIOS + "/" + portfolio);

        String text = PdfText.of(pdf(response));
        assertThat(text, containsString("REGIONAL ЕФС PORTFOLIO"));
        assertThat(text, containsString("Projects by stage"));
        assertThat(text, containsString("Proposed: 1"));
        assertThat(text, containsString(mentoring));
        assertThat(text, containsString("Page 1 of"));
    }

    @Test
    void reportIsReadInAFixedNumberOfStatementsWhateverThePortfolioHolds() {
        InfluenceData.Scene scene = InfluenceData.portfolios("27", "22");
        long portfolio = scene.portfolioIds().get(0);
        project(portfolio, title("Партнерское наставничество"), List.of(ProjectData.createPractice("22")),
                List.of(ProjectData.createDeficit("22")), List.of(TestData.createSubject("22")));
        Runnable print = () -> as(TestUser.VIEWER).accept(PDF).get(PORTFOLIOS + "/" + portfolio)
                .then().statusCode(200);
        long one = StatementCounter.count(print, false);
        for (int i = 0; i < 4; i++) {
            project(portfolio, title("Школа Минпросвещения России: дальневосточный ориентир"),
                    List.of(ProjectData.createPractice("22"), ProjectData.createPractice("77")),
                    List.of(ProjectData.createDeficit("22"), ProjectData.createDeficit("27")),
                    List.of(TestData.createSubject("22"), TestData.createSubject("77")));
            project(scene.portfolioIds().get(1), title("Молодым всегда у нас дорога!"),
                    List.of(ProjectData.createPractice("27")), List.of(ProjectData.createDeficit("27")), List.of());
        }
        long five = StatementCounter.count(print, false);
        assertThat(five, equalTo(one));
    }

    @Test
    void missingPortfolioIsAProblemAndAnUnknownFormatIsRefused() {
        as(TestUser.VIEWER).accept(PDF).get(PORTFOLIOS + "/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        long portfolio = ProjectData.createPortfolio("27");
        as(TestUser.VIEWER).queryParam("format", "docx").get(PORTFOLIOS + "/" + portfolio).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }
}
