package ru.efs.portfolio.portfolio;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PORTFOLIOS;
import static ru.efs.portfolio.support.ProjectData.PROJECTS;
import static ru.efs.portfolio.support.ProjectData.createPortfolio;
import static ru.efs.portfolio.support.ProjectData.nextYear;
import static ru.efs.portfolio.support.ProjectData.portfolio;
import static ru.efs.portfolio.support.ProjectData.project;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PortfolioResourceTest {

    @Test
    void coordinatorCreatesOwnRegionsPortfolioAndEveryoneReadsIt() {
        long institute = TestData.createSubject("27");
        int year = nextYear();
        Map<String, Object> body = portfolio("27", year);
        body.put("coordinatingSubjectId", institute);
        long id = as(TestUser.COORDINATOR_27).body(body).post(PORTFOLIOS).then().statusCode(201)
                .header("Location", containsString(PORTFOLIOS + "/"))
                .header("ETag", "\"0\"")
                .body("regionCode", equalTo("27"))
                .body("regionName", equalTo("Хабаровский край"))
                .body("year", is(year))
                .body("status", equalTo("DRAFT"))
                .body("coordinatingSubject.id", is((int) institute))
                .body("projectCount", is(0))
                .body("projectsByStage.PROPOSED", is(0))
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("summary", equalTo(body.get("summary")));
        as(TestUser.EXPERT).queryParam("regionCode", "27").queryParam("year", year).get(PORTFOLIOS).then()
                .statusCode(200).body("items.id", hasItem((int) id)).body("totalItems", is(1))
                .body("items[0].projectCount", is(0)).body("items[0].coordinatingSubjectId", is((int) institute));
    }

    @Test
    void secondPortfolioForTheSameRegionAndYearIs409() {
        int year = nextYear();
        long first = as(TestUser.ADMIN).body(portfolio("27", year)).post(PORTFOLIOS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestUser.COORDINATOR_27).body(portfolio("27", year)).post(PORTFOLIOS).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(year)))
                .body("detail", containsString("Хабаровский край"))
                .body("details.existingPortfolioId", is((int) first));
        as(TestUser.ADMIN).body(portfolio("22", year)).post(PORTFOLIOS).then().statusCode(201);

        long other = createPortfolio("27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(portfolio("27", year))
                .put(PORTFOLIOS + "/" + other).then().statusCode(409)
                .body("details.existingPortfolioId", is((int) first));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> noRegion = portfolio(null, nextYear());
        as(TestUser.ADMIN).body(noRegion).post(PORTFOLIOS).then().statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        as(TestUser.ADMIN).body(portfolio("Хабаровск", nextYear())).post(PORTFOLIOS).then().statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        as(TestUser.ADMIN).body(portfolio("00", nextYear())).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        as(TestUser.ADMIN).body(portfolio("27", 1999)).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.ADMIN).body(portfolio("27", 2101)).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Map<String, Object> noYear = portfolio("27", 2023);
        noYear.remove("year");
        as(TestUser.ADMIN).body(noYear).post(PORTFOLIOS).then().statusCode(400).body("errors[0].field", equalTo("year"));
        Map<String, Object> textYear = portfolio("27", 2023);
        textYear.put("year", "двадцать третий");
        as(TestUser.ADMIN).body(textYear).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));

        Map<String, Object> unknownSubject = portfolio("27", nextYear());
        unknownSubject.put("coordinatingSubjectId", 987654321);
        as(TestUser.ADMIN).body(unknownSubject).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("coordinatingSubjectId"));
        Map<String, Object> foreignSubject = portfolio("27", nextYear());
        foreignSubject.put("coordinatingSubjectId", TestData.createSubject("22"));
        as(TestUser.ADMIN).body(foreignSubject).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("coordinatingSubjectId"))
                .body("errors[0].message", containsString("Хабаровский край"));
        Map<String, Object> longSummary = portfolio("27", nextYear());
        longSummary.put("summary", "П".repeat(4001));
        as(TestUser.ADMIN).body(longSummary).post(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        as(TestUser.ADMIN).body("{\"regionCode\": \"27\",").post(PORTFOLIOS).then().statusCode(400);
        as(TestUser.ADMIN).post(PORTFOLIOS).then().statusCode(400);
    }

    @Test
    void updateChangesThePortfolioButNotItsRegion() {
        long id = createPortfolio("27");
        int year = nextYear();
        Map<String, Object> body = portfolio("27", year);
        body.put("summary", "Портфель после предзащиты");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PORTFOLIOS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("year", is(year))
                .body("summary", equalTo("Портфель после предзащиты"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(portfolio("22", year)).put(PORTFOLIOS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
    }

    @Test
    void staleMissingAndUnknownVersionsAreRefused() {
        long id = createPortfolio("27");
        Map<String, Object> body = portfolio("27", nextYear());
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PORTFOLIOS + "/" + id).then().statusCode(200);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PORTFOLIOS + "/" + id).then()
                .statusCode(412).body("detail", containsString("admin")).body("details.currentVersion", is(1));
        as(TestUser.ADMIN).body(body).put(PORTFOLIOS + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).delete(PORTFOLIOS + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).body(Map.of("to", "FORMED")).post(PORTFOLIOS + "/" + id + "/transitions").then()
                .statusCode(428);
        as(TestUser.ADMIN).body(Map.of("to", "FORMED", "version", 1)).post(PORTFOLIOS + "/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("FORMED"));
        as(TestUser.ADMIN).header("If-Match", "\"один\"").body(body).put(PORTFOLIOS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void missingPortfolioIs404AndBadIdIs400() {
        as(TestUser.VIEWER).get(PORTFOLIOS + "/987654321").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(portfolio("27", 2023)).put(PORTFOLIOS + "/987654321")
                .then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PORTFOLIOS + "/987654321").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                .post(PORTFOLIOS + "/987654321/transitions").then().statusCode(404);
        as(TestUser.VIEWER).get(PORTFOLIOS + "/987654321/history").then().statusCode(404);
        as(TestUser.VIEWER).get(PORTFOLIOS + "/портфель").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void anonymousIs401AndReadOnlyRolesAre403() {
        long id = createPortfolio("27");
        anonymous().get(PORTFOLIOS).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(PORTFOLIOS + "/" + id).then().statusCode(401);
        anonymous().body(portfolio("27", nextYear())).post(PORTFOLIOS).then().statusCode(401);
        for (TestUser user : new TestUser[] {TestUser.VIEWER, TestUser.EXPERT}) {
            as(user).body(portfolio("27", nextYear())).post(PORTFOLIOS).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(portfolio("27", nextYear())).put(PORTFOLIOS + "/" + id)
                    .then().statusCode(403);
            as(user).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                    .post(PORTFOLIOS + "/" + id + "/transitions").then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(PORTFOLIOS + "/" + id).then().statusCode(403);
        }
        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + id).then().statusCode(200).body("version", is(0));
    }

    @Test
    void coordinatorChangesOnlyOwnRegionsPortfolios() {
        as(TestUser.COORDINATOR_27).body(portfolio("22", nextYear())).post(PORTFOLIOS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));
        long altai = createPortfolio("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(portfolio("22", nextYear()))
                .put(PORTFOLIOS + "/" + altai).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                .post(PORTFOLIOS + "/" + altai + "/transitions").then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(PORTFOLIOS + "/" + altai).then()
                .statusCode(403);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                .post(PORTFOLIOS + "/" + altai + "/transitions").then().statusCode(200);
    }

    @Test
    void statusMovesDraftFormedApprovedAndOnlyAdminApproves() {
        long id = createPortfolio("27");
        String transitions = PORTFOLIOS + "/" + id + "/transitions";
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "APPROVED")).post(transitions)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("FORMED"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "FORMED")).post(transitions)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("FORMED"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(Map.of("to", "DRAFT")).post(transitions)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"2\"").body(Map.of("to", "FORMED")).post(transitions)
                .then().statusCode(200);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"3\"").body(Map.of("to", "APPROVED")).post(transitions)
                .then().statusCode(403).body("detail", containsString("администратор"));
        as(TestUser.ADMIN).header("If-Match", "\"3\"").body(Map.of("to", "APPROVED")).post(transitions)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(TestUser.ADMIN).header("If-Match", "\"4\"").body(Map.of("to", "DRAFT")).post(transitions)
                .then().statusCode(409);
        as(TestUser.ADMIN).header("If-Match", "\"4\"").body(Map.of("to", "ARCHIVED")).post(transitions)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"4\"").body(Map.of("comment", "без статуса")).post(transitions)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));

        as(TestUser.ADMIN).header("If-Match", "\"4\"").body(portfolio("27", nextYear())).put(PORTFOLIOS + "/" + id)
                .then().statusCode(409);
        as(TestUser.ADMIN).body(project(id)).post(PROJECTS).then().statusCode(409)
                .body("detail", containsString("утверждён"));
        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void portfolioShowsItsProjectsByStageAndCannotBeDeletedWithThem() {
        long id = createPortfolio("27");
        long first = ProjectData.create(project(id));
        ProjectData.create(project(id));
        ProjectData.move(first, "REFINEMENT");

        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + id).then().statusCode(200)
                .body("projectCount", is(2))
                .body("projectsByStage.PROPOSED", is(1))
                .body("projectsByStage.REFINEMENT", is(1))
                .body("projectsByStage.COMPLETED", is(0));
        as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("size", 100).get(PORTFOLIOS).then()
                .statusCode(200).body("items.find { it.id == " + id + " }.projectCount", is(2));

        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PORTFOLIOS + "/" + id).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("projects"))
                .body("details.dependents[0].count", is(2))
                .body("detail", containsString("проекты: 2"));

        long empty = createPortfolio("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(PORTFOLIOS + "/" + empty).then()
                .statusCode(204);
        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + empty).then().statusCode(404);
    }

    @Test
    void historyShowsEveryChangeNewestFirst() {
        long id = createPortfolio("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                .post(PORTFOLIOS + "/" + id + "/transitions").then().statusCode(200);
        as(TestUser.VIEWER).get(PORTFOLIOS + "/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(java.util.List.of("UPDATED", "CREATED")))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[0].changes.find { it.field == 'status' }.from", equalTo("DRAFT"))
                .body("[0].changes.find { it.field == 'status' }.to", equalTo("FORMED"));
    }

    @Test
    void listFiltersSortsAndRefusesBadParameters() {
        long khabarovsk = createPortfolio("27");
        long altai = createPortfolio("22");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "FORMED"))
                .post(PORTFOLIOS + "/" + altai + "/transitions").then().statusCode(200);

        as(TestUser.VIEWER).queryParam("federalDistrictCode", "fefd").queryParam("size", 100).get(PORTFOLIOS).then()
                .statusCode(200).body("items.regionCode", everyItem(org.hamcrest.Matchers.in(java.util.List.of(
                        "03", "14", "25", "27", "28", "41", "49", "65", "75", "79", "87"))))
                .body("items.id", hasItem((int) khabarovsk));
        as(TestUser.VIEWER).queryParam("status", "FORMED").queryParam("size", 100).get(PORTFOLIOS).then()
                .statusCode(200).body("items.status", everyItem(equalTo("FORMED")))
                .body("items.id", hasItem((int) altai)).body("items.id", not(hasItem((int) khabarovsk)));
        var years = as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("sort", "year,asc")
                .queryParam("size", 100).get(PORTFOLIOS).then().statusCode(200).extract().jsonPath()
                .getList("items.year", Integer.class);
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i - 1), lessThanOrEqualTo(years.get(i)));
        }
        as(TestUser.VIEWER).queryParam("size", 1).get(PORTFOLIOS).then().statusCode(200)
                .body("size", is(1)).body("items.size()", is(1));

        as(TestUser.VIEWER).queryParam("year", "1999").get(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("year", "прошлый").get(PORTFOLIOS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("status", "CLOSED").get(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(TestUser.VIEWER).queryParam("regionCode", "00").get(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "XX").get(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("federalDistrictCode"));
        as(TestUser.VIEWER).queryParam("sort", "summary,asc").get(PORTFOLIOS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(TestUser.VIEWER).queryParam("page", "-1").get(PORTFOLIOS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("size", "101").get(PORTFOLIOS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("page", 1000).get(PORTFOLIOS).then()
                .statusCode(200).body("items.size()", is(0));
        as(TestUser.VIEWER).queryParam("sort", "regionCode,desc").get(PORTFOLIOS).then().statusCode(200)
                .body("items[0].regionCode", not(nullValue()));
        as(TestUser.VIEWER).queryParam("sort", "status").get(PORTFOLIOS).then().statusCode(200);
        as(TestUser.VIEWER).queryParam("sort", "id,desc").get(PORTFOLIOS).then().statusCode(200)
                .body("items.id", hasItems((int) altai));
    }

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 6; i++) {
            long id = createPortfolio(i % 2 == 0 ? "27" : "22");
            ProjectData.create(project(id));
        }
        long small = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .get(PORTFOLIOS).then().statusCode(200));
        long large = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .get(PORTFOLIOS).then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(5L));
    }
}
