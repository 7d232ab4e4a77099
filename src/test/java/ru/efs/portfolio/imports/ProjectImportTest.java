package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** Projects with their indicators, deficits, practices and partners; subjects with their parents; by names. */
@QuarkusTest
class ProjectImportTest {

    private static String name(String path) {
        return Api.as(TestUser.ADMIN).get(path).then().statusCode(200).extract().jsonPath().getString("name");
    }

    @Test
    void aProjectWithIndicatorsAndLinksByNameAndId() {
        String marker = TestData.unique("проектимпорт");
        long portfolio = ProjectData.createPortfolio("27");
        JsonPath shown = Api.as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().extract()
                .jsonPath();
        String portfolioName = "Хабаровский край, " + shown.getInt("year");
        long lead = TestData.createSubject("27");
        long partner = TestData.createSubject("22");
        long deficit = ProjectData.createDeficit("27");
        long borrowed = PracticeData.createIn("22", "VERIFIED");
        String deficitTitle = Api.as(TestUser.ADMIN).get("/api/v1/deficits/" + deficit).then().extract().jsonPath()
                .getString("title");
        byte[] file = Files.xlsx(List.of(
                List.of("Название", "Портфель", "Цель", "Показатели", "Дата начала", "Дата окончания",
                        "Ведущий субъект ЕФС", "Субъекты-партнёры", "Дефициты, которые закрывает проект",
                        "Практики, которые использует проект"),
                List.of(marker, portfolioName, "Закрепить молодых педагогов",
                        "Доля закреплённых | % | 35 | 80 | 52,5\nЧисло пар | шт. | | 120 |", "15.01.2024", "2025-12-31",
                        name("/api/v1/subjects/" + lead), partner, deficitTitle, String.valueOf(borrowed))));
        Files.upload(TestUser.ADMIN, "projects", file, "projects.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1));
        long id = Api.as(TestUser.ADMIN).queryParam("q", marker).get(ProjectData.PROJECTS).then().extract().jsonPath()
                .getLong("items[0].id");
        Api.as(TestUser.ADMIN).get(ProjectData.PROJECTS + "/" + id).then().statusCode(200)
                .body("portfolioId", equalTo((int) portfolio)).body("stage", equalTo("PROPOSED"))
                .body("indicators.size()", equalTo(2)).body("indicators[0].actual", equalTo(52.5f))
                .body("indicators[1].baseline", equalTo(null)).body("indicators[1].target", equalTo(120))
                .body("startDate", equalTo("2024-01-15")).body("leadSubject.id", equalTo((int) lead))
                .body("partnerSubjectIds", equalTo(List.of((int) partner)))
                .body("deficitIds", equalTo(List.of((int) deficit)))
                .body("practiceIds", equalTo(List.of((int) borrowed)));

        byte[] again = Files.xlsx(List.of(List.of("Идентификатор", "Показатели", "Этап"),
                List.of(id, "Доля закреплённых | % | 35 | 80 | 52.5\nЧисло пар | шт. |  | 120 | ", "Предложен")));
        Files.upload(TestUser.ADMIN, "projects", again, "same.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("unchanged", equalTo(1));
        byte[] moved = Files.xlsx(List.of(List.of("Идентификатор", "Этап"), List.of(id, "Утверждён")));
        Files.upload(TestUser.ADMIN, "projects", moved, "stage.xlsx", true).then().statusCode(200)
                .body("errors[0].column", equalTo("Этап")).body("errors[0].message", containsString("переходами"));
    }

    @Test
    void aPortfolioByRegionAndYearAndAWrongIndicatorAreNamed() {
        String marker = TestData.unique("проектчасти");
        long portfolio = ProjectData.createPortfolio("27");
        int year = Api.as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().extract().jsonPath()
                .getInt("year");
        byte[] file = Files.xlsx(List.of(List.of("Название", "Код региона портфеля", "Год портфеля", "Показатели"),
                List.of(marker + " 1", "27", year, ""),
                List.of(marker + " 2", "27", 2099, ""),
                List.of(marker + " 3", "27", year, "Доля | % | много")));
        Files.upload(TestUser.ADMIN, "projects", file, "parts.xlsx", true).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(2))
                .body("errors[0].column", equalTo("Код региона портфеля"))
                .body("errors[1].column", equalTo("Показатели"))
                .body("errors[1].message", containsString("много"));
    }

    @Test
    void aSubjectNamesItsParentMadeByARowAbove() {
        String marker = TestData.unique("Университет");
        byte[] file = Files.xlsx(List.of(
                List.of("Полное название", "Краткое название", "Тип субъекта", "Код региона",
                        "Родительская организация"),
                List.of(marker, "ТУ", "Вуз", "27", ""),
                List.of(marker + " — центр", "", "ЦНППМ", "27",
                        marker)));
        Files.upload(TestUser.ADMIN, "subjects", file, "subjects.xlsx", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(2));
        Map<String, Object> child = Api.as(TestUser.ADMIN).queryParam("q", marker + " — центр")
                .get("/api/v1/subjects").then().extract().jsonPath().getMap("items[0]");
        Api.as(TestUser.ADMIN).get("/api/v1/subjects/" + child.get("id")).then()
                .body("parent.title", equalTo("ТУ"));
    }
}
