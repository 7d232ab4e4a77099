package ru.efs.portfolio.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.AssessmentData.assessment;
import static ru.efs.portfolio.support.AssessmentData.createExpert;
import static ru.efs.portfolio.support.AssessmentData.createProject;
import static ru.efs.portfolio.support.AssessmentData.setCurator;
import static ru.efs.portfolio.support.AssessmentData.setStage;
import static ru.efs.portfolio.support.AssessmentData.setUserEmail;
import static ru.efs.portfolio.support.AssessmentData.setUserSubject;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.AssessmentData.Expert;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class AssessmentResourceTest {

    private static String assessmentsOf(long projectId) {
        return "/api/v1/projects/" + projectId + "/assessments";
    }

    private static String summaryOf(long projectId) {
        return "/api/v1/projects/" + projectId + "/assessment-summary";
    }

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final String QUEUE = "/api/v1/assessments/queue";

    private static long assess(Expert expert, long projectId, Map<String, Object> body) {
        return expert.api().body(body).post(assessmentsOf(projectId)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void expertAssessesProjectAtPreDefense() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        var created = expert.api().body(assessment(5, 4, 3, 4, 5, 4, "APPROVE")).post(assessmentsOf(project)).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", is((int) project))
                .body("stage", equalTo("PRE_DEFENSE"))
                .body("expert.username", equalTo(expert.username()))
                .body("expert.fullName", equalTo("Воронушкина Оксана Васильевна"))
                .body("relevance", is(5))
                .body("resources", is(3))
                .body("interregionalEffect", is(4))
                .body("recommendation", equalTo("APPROVE"))
                .body("createdAt", notNullValue())
                .body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), endsWith("/api/v1/assessments/" + id));

        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("comment", containsString("дефициты"));
        as(TestUser.COORDINATOR_22).get(assessmentsOf(project)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", is((int) id)).body("[0].expert.username", equalTo(expert.username()));
    }

    @Test
    void adminMayAssessToo() {
        long project = createProject("DEFENSE");
        as(TestUser.ADMIN).body(assessment()).post(assessmentsOf(project)).then().statusCode(201)
                .body("stage", equalTo("DEFENSE")).body("expert.username", equalTo("admin"));
    }

    @Test
    void summaryShowsAveragesAndRecommendationsOfTwoExperts() {
        long project = createProject("PRE_DEFENSE");
        assess(createExpert(), project, assessment(5, 4, 3, 4, 5, 4, "APPROVE"));
        assess(createExpert(), project, assessment(4, 4, 4, 3, 4, 2, "REVISE"));

        var response = as(TestUser.VIEWER).get(summaryOf(project)).then().statusCode(200)
                .body("projectId", is((int) project))
                .body("currentStage", equalTo("PRE_DEFENSE"))
                .body("stages.stage", contains("PRE_DEFENSE", "DEFENSE"))
                .body("stages[0].count", is(2))
                .body("stages[0].recommendations.approve", is(1))
                .body("stages[0].recommendations.revise", is(1))
                .body("stages[0].recommendations.reject", is(0))
                .body("stages[1].count", is(0))
                .body("stages[1].averages", nullValue())
                .body("stages[1].overall", nullValue())
                .extract().asString();
        // two decimals as sent, not as a float happens to print
        assertThat(response, containsString("\"relevance\":4.50"));
        assertThat(response, containsString("\"feasibility\":4.00"));
        assertThat(response, containsString("\"resources\":3.50"));
        assertThat(response, containsString("\"measurableResults\":3.50"));
        assertThat(response, containsString("\"replicability\":4.50"));
        assertThat(response, containsString("\"interregionalEffect\":3.00"));
        assertThat(response, containsString("\"overall\":3.83"));
    }

    @Test
    void assessingTwiceAtTheSameStageIs409() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        long first = assess(expert, project, assessment());
        expert.api().body(assessment(3, 3, 3, 3, 3, 3, "REJECT")).post(assessmentsOf(project)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("уже оценили"))
                .body("details.assessmentId", is((int) first));
        as(TestUser.VIEWER).get(assessmentsOf(project)).then().body("", hasSize(1));
    }

    @Test
    void sameExpertAssessesAgainAtDefense() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        assess(expert, project, assessment(3, 3, 3, 3, 3, 3, "REVISE"));
        setStage(project, "DEFENSE");
        expert.api().body(assessment(5, 5, 5, 5, 5, 5, "APPROVE")).post(assessmentsOf(project)).then()
                .statusCode(201).body("stage", equalTo("DEFENSE"));

        as(TestUser.VIEWER).get(summaryOf(project)).then().statusCode(200)
                .body("stages[0].count", is(1)).body("stages[0].recommendations.revise", is(1))
                .body("stages[1].count", is(1)).body("stages[1].recommendations.approve", is(1));
        as(TestUser.VIEWER).queryParam("stage", "DEFENSE").get(assessmentsOf(project)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].stage", equalTo("DEFENSE"));
        as(TestUser.VIEWER).queryParam("stage", "pre_defense").get(assessmentsOf(project)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].relevance", is(3));
        as(TestUser.VIEWER).get(assessmentsOf(project)).then().body("stage", contains("PRE_DEFENSE", "DEFENSE"));
        as(TestUser.VIEWER).queryParam("stage", "ЗАЩИТА").get(assessmentsOf(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void expertCannotAssessProjectOfTheirOwnSubject() {
        long lead = TestData.createSubject("27");
        long partner = TestData.createSubject("22");
        long project = createProject("27", TestData.unique("Молодым всегда у нас дорога!"), "PRE_DEFENSE", lead,
                partner);

        Expert ofLead = createExpert();
        setUserSubject(ofLead.id(), lead);
        ofLead.api().body(assessment()).post(assessmentsOf(project)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("своей организации"))
                .body("detail", containsString("ведёт"));

        Expert ofPartner = createExpert();
        setUserSubject(ofPartner.id(), partner);
        ofPartner.api().body(assessment()).post(assessmentsOf(project)).then().statusCode(403)
                .body("detail", containsString("партнёр"));

        Expert ofOther = createExpert();
        setUserSubject(ofOther.id(), TestData.createSubject("27"));
        assess(ofOther, project, assessment());
        as(TestUser.VIEWER).get(assessmentsOf(project)).then().body("", hasSize(1));
    }

    @Test
    void projectNotAtPreDefenseOrDefenseCannotBeAssessed() {
        Expert expert = createExpert();
        for (String stage : new String[] {"PROPOSED", "REFINEMENT", "APPROVED", "REVISION", "REJECTED"}) {
            long project = createProject(stage);
            expert.api().body(assessment()).post(assessmentsOf(project)).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("проект не на предзащите или защите"));
        }
        long approved = createProject("APPROVED");
        expert.api().header("Accept-Language", "en").body(assessment()).post(assessmentsOf(approved)).then()
                .statusCode(409).body("detail", containsString("not at pre-defence or defence"))
                .body("detail", containsString("approved"));
    }

    @Test
    void coordinatorsAndViewersCannotAssess() {
        long project = createProject("PRE_DEFENSE");
        as(TestUser.COORDINATOR_27).body(assessment()).post(assessmentsOf(project)).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUser.COORDINATOR_22).body(assessment()).post(assessmentsOf(project)).then().statusCode(403);
        as(TestUser.VIEWER).body(assessment()).post(assessmentsOf(project)).then().statusCode(403);

        long id = assess(createExpert(), project, assessment());
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(assessment()).put(ASSESSMENTS + "/" + id)
                .then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(ASSESSMENTS + "/" + id).then().statusCode(403);
        as(TestUser.COORDINATOR_27).get(QUEUE).then().statusCode(403);
        as(TestUser.VIEWER).get(QUEUE).then().statusCode(403);
    }

    @Test
    void anonymousCallerGets401() {
        long project = createProject("PRE_DEFENSE");
        anonymous().body(assessment()).post(assessmentsOf(project)).then().statusCode(401)
                .contentType("application/problem+json");
        anonymous().get(assessmentsOf(project)).then().statusCode(401);
        anonymous().get(summaryOf(project)).then().statusCode(401);
        anonymous().get(QUEUE).then().statusCode(401);
        anonymous().get(ASSESSMENTS + "/1").then().statusCode(401);
    }

    @Test
    void badScoresAre400NamingTheField() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();

        Map<String, Object> zero = assessment();
        zero.put("relevance", 0);
        expert.api().body(zero).post(assessmentsOf(project)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("relevance"));

        Map<String, Object> six = assessment();
        six.put("interregionalEffect", 6);
        expert.api().body(six).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors.field", contains("interregionalEffect"));

        Map<String, Object> missing = assessment();
        missing.remove("measurableResults");
        expert.api().body(missing).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors.field", contains("measurableResults"));

        Map<String, Object> words = assessment();
        words.put("feasibility", "пять");
        expert.api().body(words).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("feasibility"));

        Map<String, Object> fraction = assessment();
        fraction.put("resources", 99999999999L);
        expert.api().body(fraction).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("resources"));

        Map<String, Object> longComment = assessment();
        longComment.put("comment", "д".repeat(4001));
        expert.api().body(longComment).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors.field", contains("comment"));

        Map<String, Object> noRecommendation = assessment();
        noRecommendation.remove("recommendation");
        expert.api().body(noRecommendation).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors.field", contains("recommendation"));

        expert.api().body("{\"relevance\": 5,").post(assessmentsOf(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        expert.api().post(assessmentsOf(project)).then().statusCode(400);
        as(TestUser.VIEWER).get(assessmentsOf(project)).then().body("", hasSize(0));
    }

    @Test
    void unknownRecommendationIs400ListingTheAllowedOnes() {
        long project = createProject("PRE_DEFENSE");
        Map<String, Object> body = assessment();
        body.put("recommendation", "POSTPONE");
        createExpert().api().body(body).post(assessmentsOf(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("recommendation"))
                .body("errors[0].message", containsString("APPROVE, REVISE, REJECT"));
    }

    @Test
    void unknownProjectOrAssessmentIs404AndBadIdsAre400() {
        Expert expert = createExpert();
        expert.api().body(assessment()).post(assessmentsOf(987654321)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        as(TestUser.VIEWER).get(assessmentsOf(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(summaryOf(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/987654321").then().statusCode(404);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/987654321/history").then().statusCode(404);
        expert.api().header("If-Match", "\"0\"").body(assessment()).put(ASSESSMENTS + "/987654321").then()
                .statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(ASSESSMENTS + "/987654321").then().statusCode(404);

        as(TestUser.VIEWER).get("/api/v1/projects/abc/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("projectId"));
        as(TestUser.VIEWER).get("/api/v1/projects/0/assessment-summary").then().statusCode(400);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/-3").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void authorUpdatesWithVersionAndStaleUpdateIs412() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        long id = assess(expert, project, assessment());

        expert.api().body(assessment(2, 2, 2, 2, 2, 2, "REVISE")).put(ASSESSMENTS + "/" + id).then().statusCode(428);
        expert.api().header("If-Match", "\"0\"").body(assessment(5, 4, 4, 4, 4, 4, "APPROVE"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("relevance", is(5)).body("version", is(1));

        expert.api().header("If-Match", "\"0\"").body(assessment(1, 1, 1, 1, 1, 1, "REJECT"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(412)
                .body("detail", containsString(expert.username()))
                .body("details.currentVersion", is(1));

        Map<String, Object> withVersion = assessment(3, 3, 3, 3, 3, 3, "REVISE");
        withVersion.put("version", 1);
        expert.api().body(withVersion).put(ASSESSMENTS + "/" + id).then().statusCode(200).body("version", is(2));
        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id).then().body("relevance", is(3))
                .body("recommendation", equalTo("REVISE"));
    }

    @Test
    void onlyTheAuthorMayUpdate() {
        long project = createProject("PRE_DEFENSE");
        Expert author = createExpert();
        long id = assess(author, project, assessment());

        createExpert().api().header("If-Match", "\"0\"").body(assessment(1, 1, 1, 1, 1, 1, "REJECT"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(403)
                .body("detail", containsString(author.username()));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(assessment(1, 1, 1, 1, 1, 1, "REJECT"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(403);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id).then().body("recommendation", equalTo("APPROVE"));
    }

    @Test
    void assessmentIsFrozenOnceTheProjectMovesOn() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        long id = assess(expert, project, assessment());
        setStage(project, "DEFENSE");

        expert.api().header("If-Match", "\"0\"").body(assessment(1, 1, 1, 1, 1, 1, "REJECT"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(409)
                .body("detail", containsString("«предзащита»"))
                .body("detail", containsString("«защита»"));
        expert.api().header("If-Match", "\"0\"").delete(ASSESSMENTS + "/" + id).then().statusCode(409);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id).then().statusCode(200).body("stage", equalTo("PRE_DEFENSE"));
    }

    @Test
    void authorOrAdminDeletesWithVersion() {
        long project = createProject("PRE_DEFENSE");
        Expert author = createExpert();
        long mine = assess(author, project, assessment());
        long other = assess(createExpert(), project, assessment());

        author.api().header("If-Match", "\"0\"").delete(ASSESSMENTS + "/" + other).then().statusCode(403);
        author.api().delete(ASSESSMENTS + "/" + mine).then().statusCode(428);
        author.api().header("If-Match", "\"5\"").delete(ASSESSMENTS + "/" + mine).then().statusCode(412);
        author.api().header("If-Match", "\"0\"").delete(ASSESSMENTS + "/" + mine).then().statusCode(204);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + mine).then().statusCode(404);

        setStage(project, "APPROVED");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(ASSESSMENTS + "/" + other).then().statusCode(204);
        as(TestUser.VIEWER).get(assessmentsOf(project)).then().body("", hasSize(0));
        // the expert may assess again at the stage once their assessment is gone
        setStage(project, "PRE_DEFENSE");
        assess(author, project, assessment());
    }

    @Test
    void historyTellsWhoChangedWhichScores() {
        long project = createProject("PRE_DEFENSE");
        Expert expert = createExpert();
        long id = assess(expert, project, assessment());
        expert.api().header("If-Match", "\"0\"").body(assessment(4, 4, 2, 4, 4, 4, "REVISE"))
                .put(ASSESSMENTS + "/" + id).then().statusCode(200);

        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo(expert.username()))
                .body("[0].changes.field", contains("recommendation", "resources"))
                .body("[0].changes.find { it.field == 'resources' }.from", is(4))
                .body("[0].changes.find { it.field == 'resources' }.to", is(2))
                .body("[1].action", equalTo("CREATED"))
                .body("[1].changes.field", hasItem("projectId"));

        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(ASSESSMENTS + "/" + id).then().statusCode(204);
        as(TestUser.VIEWER).get(ASSESSMENTS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3)).body("[0].action", equalTo("DELETED")).body("[0].changedBy", equalTo("admin"));
    }

    @Test
    void queueHoldsWhatTheExpertStillHasToAssess() {
        String marker = TestData.unique("Очередь экспертизы");
        long own = TestData.createSubject("27");
        Expert expert = createExpert();
        setUserSubject(expert.id(), own);

        long assessed = createProject("27", marker + " А", "PRE_DEFENSE", null);
        long atDefense = createProject("22", marker + " Б", "DEFENSE", null);
        createProject("27", marker + " В", "PRE_DEFENSE", own);
        createProject("22", marker + " Г", "PRE_DEFENSE", TestData.createSubject("22"), own);
        createProject("27", marker + " Д", "PROPOSED", null);
        long waiting = createProject("27", marker + " Е", "PRE_DEFENSE", null);
        assess(expert, assessed, assessment());

        expert.api().queryParam("q", marker).queryParam("sort", "title,asc").get(QUEUE).then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.projectId", contains((int) atDefense, (int) waiting))
                .body("items[0].title", equalTo(marker + " Б"))
                .body("items[0].regionCode", equalTo("22"))
                .body("items[0].stage", equalTo("DEFENSE"))
                .body("items[0].portfolioId", notNullValue())
                .body("items[0].updatedAt", notNullValue());
        expert.api().queryParam("q", marker).queryParam("stage", "PRE_DEFENSE").get(QUEUE).then().statusCode(200)
                .body("items.projectId", contains((int) waiting));
        expert.api().queryParam("q", marker).queryParam("regionCode", "22").get(QUEUE).then().statusCode(200)
                .body("items.projectId", contains((int) atDefense));

        // at defence the project waits for the expert again
        setStage(assessed, "DEFENSE");
        expert.api().queryParam("q", marker).get(QUEUE).then().body("totalItems", is(3));

        // another expert without an organisation sees all five awaiting projects; the administrator too
        createExpert().api().queryParam("q", marker).get(QUEUE).then().body("totalItems", is(5));
        as(TestUser.ADMIN).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "title,desc").get(QUEUE).then().statusCode(200)
                .body("totalItems", is(5)).body("totalPages", is(3)).body("items.title", contains(marker + " В", marker + " Б"));
    }

    @Test
    void queueShowsOnlyTheProjectsICurateWhenAsked() {
        String marker = TestData.unique("Мои проекты");
        Expert curator = createExpert();
        String email = "curator" + curator.id() + "@example.org";
        setUserEmail(curator.id(), email);
        Map<String, Object> person = PeopleData.person(null);
        person.put("email", email.toUpperCase());
        long personId = as(TestUser.ADMIN).body(person).post(PeopleData.PEOPLE).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long mine = createProject("27", marker + " А", "PRE_DEFENSE", null);
        setCurator(mine, personId);
        long notMine = createProject("27", marker + " Б", "PRE_DEFENSE", null);
        setCurator(notMine, PeopleData.createPerson(null));
        createProject("27", marker + " В", "DEFENSE", null);

        curator.api().queryParam("q", marker).get(QUEUE).then().statusCode(200).body("totalItems", is(3));
        curator.api().queryParam("q", marker).queryParam("assignedToMe", "true").get(QUEUE).then().statusCode(200)
                .body("totalItems", is(1)).body("items.projectId", contains((int) mine));
        curator.api().queryParam("q", marker).queryParam("assignedToMe", "false").get(QUEUE).then()
                .body("totalItems", is(3));

        // once assessed, my project leaves my queue like any other
        assess(curator, mine, assessment());
        curator.api().queryParam("q", marker).queryParam("assignedToMe", "true").get(QUEUE).then()
                .body("totalItems", is(0));
        // an expert without an e-mail curates nothing
        createExpert().api().queryParam("q", marker).queryParam("assignedToMe", "true").get(QUEUE).then()
                .statusCode(200).body("totalItems", is(0));
        curator.api().queryParam("assignedToMe", "yes").get(QUEUE).then().statusCode(400)
                .body("errors[0].field", equalTo("assignedToMe"))
                .body("errors[0].message", containsString("true"));
    }

    @Test
    void badQueuePagingIs400() {
        Expert expert = createExpert();
        expert.api().queryParam("sort", "relevance,asc").get(QUEUE).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        expert.api().queryParam("size", "101").get(QUEUE).then().statusCode(400).body("errors[0].field", equalTo("size"));
        expert.api().queryParam("page", "-1").get(QUEUE).then().statusCode(400).body("errors[0].field", equalTo("page"));
        expert.api().queryParam("stage", "NOWHERE").get(QUEUE).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void listsCostTheSameNumberOfStatementsWhateverTheirSize() {
        String marker = TestData.unique("Счёт запросов");
        long project = createProject("27", marker + " 0", "PRE_DEFENSE", TestData.createSubject("27"));
        for (int i = 1; i <= 12; i++) {
            createProject(i % 2 == 0 ? "27" : "22", marker + " " + i, i % 3 == 0 ? "DEFENSE" : "PRE_DEFENSE",
                    TestData.createSubject("27"));
            assess(createExpert(), project, assessment());
        }
        Expert expert = createExpert();
        setUserSubject(expert.id(), TestData.createSubject("27"));
        long small = StatementCounter.count(() -> expert.api().queryParam("q", marker).queryParam("size", 2)
                .get(QUEUE).then().statusCode(200));
        long large = StatementCounter.count(() -> expert.api().queryParam("q", marker).queryParam("size", 100)
                .get(QUEUE).then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(6L));

        long list = StatementCounter.count(() -> as(TestUser.VIEWER).get(assessmentsOf(project)).then()
                .statusCode(200).body("", hasSize(12)));
        assertThat(list, lessThanOrEqualTo(3L));
        long summary = StatementCounter.count(() -> as(TestUser.VIEWER).get(summaryOf(project)).then()
                .statusCode(200).body("stages[0].count", is(12)));
        assertThat(summary, lessThanOrEqualTo(3L));
    }
}
