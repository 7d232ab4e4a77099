package ru.efs.portfolio.remark;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.efs.portfolio.support.NotificationData.about;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.AssessmentData;
import ru.efs.portfolio.support.NotificationData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class RemarkResourceTest {

    private static final String TEXT = "Уточните целевые значения показателей и источник данных";

    private static String remarks(long projectId) {
        return "/api/v1/projects/" + projectId + "/remarks";
    }

    private static Map<String, Object> remark(String part, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("part", part);
        body.put("text", text);
        return body;
    }

    private static long create(RequestSpecification as, long projectId, String part) {
        return as.body(remark(part, TEXT)).post(remarks(projectId)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long version(long projectId, long remarkId) {
        return Api.as(TestUser.ADMIN).get(remarks(projectId) + "/" + remarkId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    private static ValidatableResponse answer(TestUser user, long projectId, long remarkId, String answer) {
        return Api.as(user).header("If-Match", "\"" + version(projectId, remarkId) + "\"")
                .body(Map.of("answer", answer)).post(remarks(projectId) + "/" + remarkId + "/answer").then();
    }

    private static ValidatableResponse action(RequestSpecification as, long projectId, long remarkId, String action) {
        return as.header("If-Match", "\"" + version(projectId, remarkId) + "\"")
                .post(remarks(projectId) + "/" + remarkId + "/" + action).then();
    }

    @Test
    void expertMakesARemarkAndTheRegionsCoordinatorsHearOfIt() {
        long project = NotificationData.projectAtPreDefense("27");
        var created = Api.as(TestUser.EXPERT).body(remark("INDICATORS", TEXT)).post(remarks(project)).then()
                .statusCode(201).header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/projects/" + project + "/remarks/\\d+$"))
                .body("part", equalTo("INDICATORS")).body("text", equalTo(TEXT)).body("status", equalTo("OPEN"))
                .body("author", equalTo(TestUser.EXPERT.username)).body("answer", nullValue())
                .extract().jsonPath();
        Api.as(TestUser.VIEWER).get(remarks(project)).then().statusCode(200)
                .body("id", equalTo(List.of(created.getInt("id"))));

        List<Map<String, Object>> heard = about(TestUser.COORDINATOR_27, "project", project, "REMARK_CREATED");
        assertEquals(1, heard.size());
        assertEquals(true, ((String) heard.get(0).get("text")).contains(TEXT));
        assertEquals(true, ((String) heard.get(0).get("text")).startsWith("Показатели"));
        assertEquals(List.of(), about(TestUser.COORDINATOR_22, "project", project, "REMARK_CREATED"));
        assertEquals(List.of(), about(TestUser.EXPERT, "project", project, "REMARK_CREATED"));
    }

    @Test
    void aRemarkWithoutAPartIsOnTheWholePassport() {
        long project = NotificationData.projectAtPreDefense("27");
        Api.as(TestUser.ADMIN).body(Map.of("text", TEXT)).post(remarks(project)).then().statusCode(201)
                .body("part", nullValue());
    }

    @Test
    void onlyExpertsAndAdministratorsMakeRemarks() {
        long project = NotificationData.projectAtPreDefense("27");
        Api.as(TestUser.COORDINATOR_27).body(remark("GOAL", TEXT)).post(remarks(project)).then().statusCode(403);
        Api.as(TestUser.VIEWER).body(remark("GOAL", TEXT)).post(remarks(project)).then().statusCode(403);
        Api.anonymous().body(remark("GOAL", TEXT)).post(remarks(project)).then().statusCode(401);
        Api.anonymous().get(remarks(project)).then().statusCode(401);
        Api.as(TestUser.ADMIN).body(remark("GOAL", TEXT)).post(remarks(project)).then().statusCode(201);
    }

    @Test
    void badInputIsRefusedNamingTheFieldInRussian() {
        long project = NotificationData.projectAtPreDefense("27");
        Api.as(TestUser.EXPERT).body(remark("GOAL", "  ")).post(remarks(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].message", matchesPattern("(?s).*[А-Яа-я].*"));
        Api.as(TestUser.EXPERT).body(remark("GOAL", "а".repeat(4001))).post(remarks(project)).then()
                .statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(TestUser.EXPERT).body(remark("BUDGET", TEXT)).post(remarks(project)).then().statusCode(400)
                .body("errors[0].field", equalTo("part"));
        Api.as(TestUser.EXPERT).body("{\"text\": 5, ").post(remarks(project)).then().statusCode(400);
        Api.as(TestUser.EXPERT).body(remark("GOAL", TEXT)).post(remarks(987654321L)).then().statusCode(404);
        Api.as(TestUser.EXPERT).body(remark("GOAL", TEXT)).post("/api/v1/projects/abc/remarks").then()
                .statusCode(400).body("errors[0].field", equalTo("projectId"));
        long remarkId = create(Api.as(TestUser.EXPERT), project, "GOAL");
        Api.as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("answer", ""))
                .post(remarks(project) + "/" + remarkId + "/answer").then().statusCode(400)
                .body("errors[0].field", equalTo("answer"));
    }

    @Test
    void theRegionsCoordinatorAnswersAndTheAuthorHearsOfIt() {
        long project = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "INDICATORS");

        answer(TestUser.COORDINATOR_27, project, remarkId, "Показатели уточнены по данным мониторинга")
                .statusCode(200).header("ETag", "\"1\"")
                .body("answer", equalTo("Показатели уточнены по данным мониторинга"))
                .body("answeredBy", equalTo(TestUser.COORDINATOR_27.username)).body("answeredAt", notNullValue())
                .body("status", equalTo("OPEN"));

        List<Map<String, Object>> heard = about(TestUser.EXPERT, "project", project, "REMARK_ANSWERED");
        assertEquals(1, heard.size());
        assertEquals("/projects/" + project, heard.get(0).get("path"));
        assertEquals(List.of(), about(TestUser.COORDINATOR_27, "project", project, "REMARK_ANSWERED"));
        assertEquals(List.of(), about(TestUser.VIEWER, "project", project));
    }

    @Test
    void nobodyButTheRegionsCoordinatorOrAnAdministratorAnswers() {
        long project = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "GOAL");
        answer(TestUser.COORDINATOR_22, project, remarkId, "Ответ").statusCode(403)
                .body("detail", containsString("Алтайский край"));
        answer(TestUser.EXPERT, project, remarkId, "Ответ").statusCode(403);
        answer(TestUser.VIEWER, project, remarkId, "Ответ").statusCode(403);
        answer(TestUser.ADMIN, project, remarkId, "Ответ администратора").statusCode(200);
    }

    @Test
    void answersNeedTheCurrentVersion() {
        long project = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "GOAL");
        Api.as(TestUser.COORDINATOR_27).body(Map.of("answer", "Без версии"))
                .post(remarks(project) + "/" + remarkId + "/answer").then().statusCode(428);
        answer(TestUser.COORDINATOR_27, project, remarkId, "Первый ответ").statusCode(200);
        Api.as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("answer", "Второй ответ"))
                .post(remarks(project) + "/" + remarkId + "/answer").then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username));
        Api.as(TestUser.EXPERT).header("If-Match", "\"0\"").post(remarks(project) + "/" + remarkId + "/resolve")
                .then().statusCode(412);
        Api.as(TestUser.ADMIN).get(remarks(project) + "/" + remarkId).then()
                .body("answer", equalTo("Первый ответ"));
    }

    @Test
    void theAuthorResolvesAndReopensAndOnlyTheAuthorOrAnAdministrator() {
        long project = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "DEFICITS");
        AssessmentData.Expert other = AssessmentData.createExpert();

        action(other.api(), project, remarkId, "resolve").statusCode(403);
        action(Api.as(TestUser.COORDINATOR_27), project, remarkId, "resolve").statusCode(403);
        action(Api.as(TestUser.EXPERT), project, remarkId, "resolve").statusCode(200)
                .body("status", equalTo("RESOLVED"));
        action(Api.as(TestUser.EXPERT), project, remarkId, "resolve").statusCode(409);
        answer(TestUser.COORDINATOR_27, project, remarkId, "Поздний ответ").statusCode(409);
        action(other.api(), project, remarkId, "reopen").statusCode(403);
        action(Api.as(TestUser.EXPERT), project, remarkId, "reopen").statusCode(200).body("status", equalTo("OPEN"));
        action(Api.as(TestUser.EXPERT), project, remarkId, "reopen").statusCode(409);
        action(Api.as(TestUser.ADMIN), project, remarkId, "resolve").statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void openRemarksComeFirst() {
        long project = NotificationData.projectAtPreDefense("27");
        long first = create(Api.as(TestUser.EXPERT), project, "GOAL");
        long second = create(Api.as(TestUser.EXPERT), project, "DATES");
        long third = create(Api.as(TestUser.EXPERT), project, null);
        action(Api.as(TestUser.EXPERT), project, first, "resolve").statusCode(200);

        List<Long> order = Api.as(TestUser.COORDINATOR_22).get(remarks(project)).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(List.of(second, third, first), order);
    }

    @Test
    void aRemarkBelongsToItsProject() {
        long project = NotificationData.projectAtPreDefense("27");
        long other = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "GOAL");
        Api.as(TestUser.ADMIN).get(remarks(other) + "/" + remarkId).then().statusCode(404);
        Api.as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("answer", "Ответ"))
                .post(remarks(other) + "/" + remarkId + "/answer").then().statusCode(404);
    }

    @Test
    void theHistoryKeepsEveryChange() {
        long project = NotificationData.projectAtPreDefense("27");
        long remarkId = create(Api.as(TestUser.EXPERT), project, "GOAL");
        answer(TestUser.COORDINATOR_27, project, remarkId, "Цель переформулирована").statusCode(200);
        action(Api.as(TestUser.EXPERT), project, remarkId, "resolve").statusCode(200);
        Api.as(TestUser.VIEWER).get(remarks(project) + "/" + remarkId + "/history").then().statusCode(200)
                .body("size()", equalTo(3));
    }
}
