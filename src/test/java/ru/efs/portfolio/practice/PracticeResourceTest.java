package ru.efs.portfolio.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.PracticeData.PRACTICES;
import static ru.efs.portfolio.support.PracticeData.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PracticeResourceTest {

    private static String path(long id) {
        return PRACTICES + "/" + id;
    }

    private static io.restassured.response.ValidatableResponse move(TestUser user, long id, String to) {
        return as(user).header("If-Match", "\"" + PracticeData.version(id) + "\"").body(Map.of("to", to))
                .post(path(id) + "/transitions").then();
    }

    @Test
    void coordinatorCreatesReadsAndFindsPractice() {
        long subjectId = TestData.createSubject("27");
        Map<String, Object> body = practice("27");
        body.put("subjectId", subjectId);
        long id = as(TestUser.COORDINATOR_27).body(body).post(PRACTICES).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/practices/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("regionName", equalTo("Хабаровский край"))
                .body("subject.id", is((int) subjectId))
                .body("categoryCodes", equalTo(List.of("mentoring", "young-teachers")))
                .body("categories.find { it.code == 'mentoring' }.name", equalTo("Наставничество"))
                .body("categories.find { it.code == 'mentoring' }.nameEn", equalTo("Mentoring"))
                .body("nextStatuses", equalTo(List.of("SUBMITTED", "ARCHIVED")))
                .body("yearsInOperation", is(3))
                .body("maturity", equalTo("ESTABLISHED"))
                .body("adoptions", hasSize(0))
                .body("projects", hasSize(0))
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(path(id)).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("results", equalTo(body.get("results")))
                .body("evidence", equalTo(body.get("evidence")))
                .body("targetGroups", equalTo(body.get("targetGroups")));
        as(TestUser.EXPERT).queryParam("q", ((String) body.get("title")).substring(10)).get(PRACTICES).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", is((int) id))
                .body("items[0].subjectId", is((int) subjectId))
                .body("items[0].adoptionCount", is(0))
                .body("items[0].categoryCodes", hasItem("mentoring"));
    }

    @Test
    void everyValidationRuleIsA400NamingTheField() {
        expect400("title", b -> b.put("title", " "));
        expect400("title", b -> b.remove("title"));
        expect400("title", b -> b.put("title", "П".repeat(501)));
        expect400("summary", b -> b.remove("summary"));
        expect400("summary", b -> b.put("summary", "П".repeat(2001)));
        expect400("description", b -> b.put("description", "П".repeat(8001)));
        expect400("targetGroups", b -> b.put("targetGroups", "П".repeat(1001)));
        expect400("results", b -> b.put("results", "П".repeat(4001)));
        expect400("evidence", b -> b.put("evidence", "П".repeat(4001)));
        expect400("yearsInOperation", b -> b.put("yearsInOperation", -1));
        expect400("yearsInOperation", b -> b.put("yearsInOperation", 101));
        expect400("yearsInOperation", b -> b.put("yearsInOperation", "три"));
        expect400("maturity", b -> b.remove("maturity"));
        expect400("maturity", b -> b.put("maturity", "ANCIENT"));
        expect400("categoryCodes", b -> b.remove("categoryCodes"));
        expect400("categoryCodes", b -> b.put("categoryCodes", List.of()));
        expect400("categoryCodes", b -> b.put("categoryCodes", Collections.nCopies(11, "mentoring")));
        expect400("categoryCodes[1]", b -> b.put("categoryCodes", List.of("mentoring", "astrology")));
        expect400("regionCode", b -> b.remove("regionCode"));
        expect400("regionCode", b -> b.put("regionCode", "00"));
        expect400("regionCode", b -> b.put("regionCode", "Хабаровск"));
        expect400("subjectId", b -> b.put("subjectId", 987654321));
        expect400("subjectId", b -> b.put("subjectId", 0));
        long altaiSubject = TestData.createSubject("22");
        expect400("subjectId", b -> b.put("subjectId", altaiSubject));

        as(TestUser.ADMIN).body("{\"title\": \"Партнерское наставничество\",").post(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).post(PRACTICES).then().statusCode(400);
    }

    private static void expect400(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = practice("27");
        change.accept(body);
        as(TestUser.ADMIN).body(body).post(PRACTICES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void badIdsPagingAndFiltersAreA400() {
        as(TestUser.VIEWER).get(PRACTICES + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(PRACTICES + "/0").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "-1").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("size", "101").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("sort", "evidence,asc").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(TestUser.VIEWER).queryParam("sort", "title,up").get(PRACTICES).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("status", "FAMOUS").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(TestUser.VIEWER).queryParam("maturity", "OLD").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("maturity"));
        as(TestUser.VIEWER).queryParam("year", "1999").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("year", "прошлый").get(PRACTICES).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("categoryCode", "astrology").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("categoryCode"));
        as(TestUser.VIEWER).queryParam("regionCode", "00").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "XX").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("federalDistrictCode"));
        as(TestUser.VIEWER).queryParam("subjectId", "x").get(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"));
    }

    @Test
    void missingPracticeIs404() {
        String missing = path(987654321);
        as(TestUser.VIEWER).get(missing).then().statusCode(404).contentType("application/problem+json");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(practice("27")).put(missing).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(missing).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED"))
                .post(missing + "/transitions").then().statusCode(404);
        as(TestUser.VIEWER).get(missing + "/history").then().statusCode(404);
        as(TestUser.VIEWER).get(missing + "/adoptions").then().statusCode(404);
    }

    @Test
    void staleUpdateIs412AndNamesWhoChangedIt() {
        long id = PracticeData.create("27");
        Map<String, Object> first = practice("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(first).put(path(id)).then()
                .statusCode(200).header("ETag", "\"1\"").body("version", is(1));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(practice("27")).put(path(id)).then()
                .statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username))
                .body("details.currentVersion", is(1));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED"))
                .post(path(id) + "/transitions").then().statusCode(412);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(412);
        as(TestUser.VIEWER).get(path(id)).then().body("title", equalTo(first.get("title")))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void writeWithoutVersionIs428AndVersionFieldWorksInsteadOfIfMatch() {
        long id = PracticeData.create("27");
        as(TestUser.ADMIN).body(practice("27")).put(path(id)).then().statusCode(428);
        as(TestUser.ADMIN).body(Map.of("to", "SUBMITTED")).post(path(id) + "/transitions").then().statusCode(428);
        as(TestUser.ADMIN).delete(path(id)).then().statusCode(428);

        Map<String, Object> body = practice("27");
        body.put("version", 0);
        as(TestUser.ADMIN).body(body).put(path(id)).then().statusCode(200).body("version", is(1));
        as(TestUser.ADMIN).body(Map.of("to", "SUBMITTED", "version", 1)).post(path(id) + "/transitions")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anonymousCallerGets401() {
        long id = PracticeData.create("27");
        anonymous().get(PRACTICES).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(path(id)).then().statusCode(401);
        anonymous().body(practice("27")).post(PRACTICES).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED")).post(path(id) + "/transitions")
                .then().statusCode(401);
    }

    @Test
    void viewerCannotWriteAndExpertCannotEditTheText() {
        long id = PracticeData.create("27");
        as(TestUser.VIEWER).body(practice("27")).post(PRACTICES).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(practice("27")).put(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED"))
                .post(path(id) + "/transitions").then().statusCode(403);

        as(TestUser.EXPERT).body(practice("27")).post(PRACTICES).then().statusCode(403);
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(practice("27")).put(path(id)).then().statusCode(403);
        as(TestUser.EXPERT).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).get(path(id)).then().body("version", is(0));
    }

    @Test
    void coordinatorChangesOwnRegionsPracticesOnly() {
        as(TestUser.COORDINATOR_27).body(practice("22")).post(PRACTICES).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));

        long altai = PracticeData.create("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(practice("27")).put(path(altai))
                .then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED"))
                .post(path(altai) + "/transitions").then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(path(altai)).then().statusCode(403);

        long own = PracticeData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(practice("22")).put(path(own))
                .then().statusCode(403);
        as(TestUser.VIEWER).get(path(own)).then().body("regionCode", equalTo("27")).body("version", is(0));
        as(TestUser.VIEWER).get(path(altai)).then().body("status", equalTo("DRAFT")).body("version", is(0));
    }

    @Test
    void putDoesNotChangeTheStatus() {
        long id = PracticeData.create("27");
        Map<String, Object> body = practice("27");
        body.put("status", "RECOMMENDED");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void practiceGoesFromDraftToRecommendationByTheRightPeople() {
        long id = PracticeData.create("27");
        move(TestUser.COORDINATOR_27, id, "SUBMITTED").statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED"))
                .body("nextStatuses", equalTo(List.of("DRAFT", "VERIFIED", "ARCHIVED")));

        move(TestUser.COORDINATOR_27, id, "VERIFIED").statusCode(403);
        move(TestUser.COORDINATOR_22, id, "VERIFIED").statusCode(403);
        assertEquals("SUBMITTED", PracticeData.status(id));

        move(TestUser.EXPERT, id, "VERIFIED").statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("verifiedBy", equalTo(TestUser.EXPERT.username))
                .body("verifiedAt", notNullValue())
                .body("recommendedBy", nullValue());

        move(TestUser.EXPERT, id, "RECOMMENDED").statusCode(403).body("detail", containsString("администратор"));
        move(TestUser.COORDINATOR_27, id, "RECOMMENDED").statusCode(403);
        assertEquals("VERIFIED", PracticeData.status(id));

        move(TestUser.ADMIN, id, "RECOMMENDED").statusCode(200)
                .body("status", equalTo("RECOMMENDED"))
                .body("recommendedBy", equalTo("admin"))
                .body("recommendedAt", notNullValue())
                .body("verifiedBy", equalTo(TestUser.EXPERT.username));

        move(TestUser.EXPERT, id, "ARCHIVED").statusCode(403);
        move(TestUser.COORDINATOR_22, id, "ARCHIVED").statusCode(403);
        move(TestUser.COORDINATOR_27, id, "ARCHIVED").statusCode(200).body("status", equalTo("ARCHIVED"));
        move(TestUser.COORDINATOR_27, id, "DRAFT").statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("verifiedBy", nullValue())
                .body("recommendedBy", nullValue());
    }

    @Test
    void coordinatorMayWithdrawASubmittedPracticeButExpertMayNot() {
        long id = PracticeData.createIn("27", "SUBMITTED");
        move(TestUser.EXPERT, id, "DRAFT").statusCode(403);
        move(TestUser.COORDINATOR_27, id, "DRAFT").statusCode(200).body("status", equalTo("DRAFT"));
        move(TestUser.EXPERT, id, "SUBMITTED").statusCode(403);
    }

    @Test
    void transitionsTheStateMachineRefusesAre409AndLeaveTheStatus() {
        long draft = PracticeData.createIn("27", "DRAFT");
        expect409(draft, "VERIFIED", "DRAFT");
        expect409(draft, "RECOMMENDED", "DRAFT");
        expect409(draft, "DRAFT", "DRAFT");
        long submitted = PracticeData.createIn("27", "SUBMITTED");
        expect409(submitted, "RECOMMENDED", "SUBMITTED");
        expect409(submitted, "SUBMITTED", "SUBMITTED");
        long verified = PracticeData.createIn("27", "VERIFIED");
        expect409(verified, "DRAFT", "VERIFIED");
        expect409(verified, "SUBMITTED", "VERIFIED");
        long recommended = PracticeData.createIn("27", "RECOMMENDED");
        expect409(recommended, "VERIFIED", "RECOMMENDED");
        expect409(recommended, "DRAFT", "RECOMMENDED");
        expect409(recommended, "SUBMITTED", "RECOMMENDED");
        long archived = PracticeData.createIn("27", "ARCHIVED");
        expect409(archived, "SUBMITTED", "ARCHIVED");
        expect409(archived, "VERIFIED", "ARCHIVED");
        expect409(archived, "RECOMMENDED", "ARCHIVED");

        // An expert's own transition is still refused by the state machine: 409, not 403.
        move(TestUser.EXPERT, draft, "VERIFIED").statusCode(409);
    }

    private static void expect409(long id, String to, String from) {
        long version = PracticeData.version(id);
        move(TestUser.ADMIN, id, to).statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-transition"))
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("(" + from + ")"))
                .body("detail", containsString("Допустимо"));
        as(TestUser.VIEWER).get(path(id)).then().body("status", equalTo(from)).body("version", is((int) version));
    }

    @Test
    void submittingNeedsResultsAndEvidenceAndSaysWhatIsMissing() {
        Map<String, Object> body = practice("27");
        body.remove("results");
        body.put("evidence", "  ");
        long id = PracticeData.create(body);
        move(TestUser.COORDINATOR_27, id, "SUBMITTED").statusCode(409)
                .body("errors.field", hasItems("results", "evidence"))
                .body("detail", containsString("результаты"));
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"0\"")
                .body(Map.of("to", "SUBMITTED")).post(path(id) + "/transitions").then().statusCode(409)
                .body("detail", containsString("evidence"));
        assertEquals("DRAFT", PracticeData.status(id));
    }

    @Test
    void submittedPracticeKeepsItsResultsAndEvidence() {
        long id = PracticeData.createIn("27", "SUBMITTED");
        Map<String, Object> body = practice("27");
        body.put("results", "");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"" + PracticeData.version(id) + "\"").body(body)
                .put(path(id)).then().statusCode(400).body("errors.field", hasItem("results"));
    }

    @Test
    void badTransitionRequestsAreA400() {
        long id = PracticeData.create("27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "FAMOUS")).post(path(id) + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("comment", "без статуса"))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED", "comment", "К".repeat(2001)))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(TestUser.ADMIN).header("If-Match", "три").body(Map.of("to", "SUBMITTED"))
                .post(path(id) + "/transitions").then().statusCode(400);
    }

    @Test
    void deleteAnswers204AndThePracticeIsGone() {
        long id = PracticeData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(204);
        as(TestUser.VIEWER).get(path(id)).then().statusCode(404);
        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"));
    }

    @Test
    void deletingPracticeWithAdoptionsIs409() {
        long id = PracticeData.createIn("22", "SUBMITTED");
        PracticeData.adopt(id, "27");
        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(path(id)).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("adoptions"))
                .body("details.dependents[0].count", is(1))
                .body("detail", containsString("внедрения"));
        as(TestUser.VIEWER).get(path(id)).then().statusCode(200);
    }

    @Test
    void deletingPracticeAProjectUsesIs409AndTheProjectIsShown() {
        long id = PracticeData.createIn("22", "SUBMITTED");
        long project = PracticeData.projectUsing("27", id);
        as(TestUser.VIEWER).get(path(id)).then().statusCode(200)
                .body("projects.id", equalTo(List.of((int) project)))
                .body("projects[0].title", containsString("Молодым всегда у нас дорога!"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(path(id)).then().statusCode(409)
                .body("details.dependents.type", hasItem("projects"));
    }

    @Test
    void historyTellsWhoChangedWhatIncludingTheStatus() {
        long id = PracticeData.create("27");
        Map<String, Object> body = practice("27");
        body.put("categoryCodes", List.of("training"));
        body.put("maturity", "SUSTAINABLE");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200);
        move(TestUser.COORDINATOR_27, id, "SUBMITTED").statusCode(200);
        move(TestUser.EXPERT, id, "VERIFIED").statusCode(200);

        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("", hasSize(4))
                .body("[0].changedBy", equalTo(TestUser.EXPERT.username))
                .body("[0].changes.find { it.field == 'status' }.from", equalTo("SUBMITTED"))
                .body("[0].changes.find { it.field == 'status' }.to", equalTo("VERIFIED"))
                .body("[0].changes.field", hasItem("verifiedBy"))
                .body("[1].changes.find { it.field == 'status' }.to", equalTo("SUBMITTED"))
                .body("[2].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[2].changes.field", hasItems("maturity", "title"))
                .body("[3].action", equalTo("CREATED"));
    }

    @Test
    void changingVerifiedPracticeSubstanceSendsItBackToVerification() {
        Map<String, Consumer<Map<String, Object>>> edits = Map.of(
                "title", b -> b.put("title", TestData.unique("Наставничество «Учитель — учителю»")),
                "summary", b -> b.put("summary", "Наставники из вузов сопровождают молодых педагогов"),
                "description", b -> b.put("description", "Два года сопровождения и ежемесячные встречи"),
                "categoryCodes", b -> b.put("categoryCodes", List.of("training")),
                "targetGroups", b -> b.put("targetGroups", "Педагоги со стажем до пяти лет"),
                "results", b -> b.put("results", "В профессии остались 118 из 120"),
                "evidence", b -> b.put("evidence", "Отчёт ХК ИРО за 2024 год"),
                "maturity", b -> b.put("maturity", "SUSTAINABLE"));
        for (var edit : edits.entrySet()) {
            for (String status : List.of("VERIFIED", "RECOMMENDED")) {
                for (TestUser writer : List.of(TestUser.COORDINATOR_27, TestUser.ADMIN)) {
                    long id = PracticeData.createIn("27", status);
                    Map<String, Object> body = as(TestUser.ADMIN).get(path(id)).then().extract().jsonPath()
                            .getMap("");
                    Map<String, Object> request = practice("27");
                    request.put("title", body.get("title"));
                    edit.getValue().accept(request);
                    String what = edit.getKey() + " of a " + status + " practice by " + writer;
                    var answer = as(writer).header("If-Match", "\"" + PracticeData.version(id) + "\"")
                            .body(request).put(path(id)).then().statusCode(200)
                            .body("verifiedBy", nullValue())
                            .body("recommendedBy", nullValue())
                            .extract().jsonPath();
                    assertEquals("SUBMITTED", answer.getString("status"), what);
                    as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                            .body("[0].changedBy", equalTo(writer.username))
                            .body("[0].changes.find { it.field == 'status' }.from", equalTo(status))
                            .body("[0].changes.find { it.field == 'status' }.to", equalTo("SUBMITTED"))
                            .body("[0].changes.field", hasItems(edit.getKey(), "verifiedBy"));
                    move(TestUser.EXPERT, id, "VERIFIED").statusCode(200);
                }
            }
        }
    }

    @Test
    void formalChangesKeepAPracticeVerified() {
        long id = PracticeData.createIn("27", "RECOMMENDED");
        String title = as(TestUser.ADMIN).get(path(id)).then().extract().jsonPath().getString("title");
        Map<String, Object> request = practice("27");
        request.put("title", title);
        request.put("yearsInOperation", 4);
        request.put("subjectId", TestData.createSubject("27"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"" + PracticeData.version(id) + "\"").body(request)
                .put(path(id)).then().statusCode(200)
                .body("status", equalTo("RECOMMENDED"))
                .body("verifiedBy", equalTo("admin"))
                .body("yearsInOperation", is(4));
        long submitted = PracticeData.createIn("27", "SUBMITTED");
        Map<String, Object> retitled = practice("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(retitled).put(path(submitted)).then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void historyShowsCategoryChanges() {
        long id = PracticeData.create("27");
        Map<String, Object> body = practice("27");
        body.put("categoryCodes", List.of("training"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200);
        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("[0].changes.find { it.field == 'categoryCodes' }.from",
                        equalTo(List.of("mentoring", "young-teachers")))
                .body("[0].changes.find { it.field == 'categoryCodes' }.to", equalTo(List.of("training")));
    }

    @Test
    void listFiltersByRegionDistrictCategoryStatusMaturitySubjectYearAndText() {
        String marker = TestData.unique("Маркер списка практик");
        long subject = TestData.createSubject("27");
        Map<String, Object> khabarovsk = practice("27");
        khabarovsk.put("description", marker + " — наставничество в школах");
        khabarovsk.put("subjectId", subject);
        long first = PracticeData.create(khabarovsk);
        PracticeData.moveTo(first, "SUBMITTED");

        Map<String, Object> altai = practice("22");
        altai.put("description", marker + " — стажировки");
        altai.put("categoryCodes", List.of("training"));
        altai.put("maturity", "EMERGING");
        long second = PracticeData.create(altai);
        // Adopted while submitted, then withdrawn to a draft: the adoption stays.
        PracticeData.moveTo(second, "SUBMITTED");
        PracticeData.adopt(second, "27");
        PracticeData.moveTo(second, "DRAFT");

        Map<String, Object> digital = practice("22");
        digital.put("description", marker + " — цифровая среда");
        digital.put("categoryCodes", List.of("digital-environment"));
        long third = PracticeData.create(digital);

        expectIds(Map.of("q", marker), first, second, third);
        expectIds(Map.of("q", marker, "regionCode", "27"), first);
        expectIds(Map.of("q", marker, "federalDistrictCode", "sibfd"), second, third);
        expectIds(Map.of("q", marker, "categoryCode", "training"), second);
        expectIds(Map.of("q", marker, "categoryCode", "personnel"), first, second);
        expectIds(Map.of("q", marker, "categoryCode", "infrastructure"), third);
        expectIds(Map.of("q", marker, "status", "submitted"), first);
        expectIds(Map.of("q", marker, "maturity", "EMERGING"), second);
        expectIds(Map.of("q", marker, "subjectId", String.valueOf(subject)), first);
        String thisYear = String.valueOf(LocalDate.now(ZoneId.of("Europe/Moscow")).getYear());
        expectIds(Map.of("q", marker, "year", thisYear), first, second, third);
        expectIds(Map.of("q", marker, "year", "2001"));

        as(TestUser.VIEWER).queryParam("q", marker).queryParam("sort", "status,asc").get(PRACTICES).then()
                .statusCode(200)
                .body("items.status", equalTo(List.of("DRAFT", "DRAFT", "SUBMITTED")))
                .body("items.find { it.id == " + second + " }.adoptionCount", is(1))
                .body("items.find { it.id == " + third + " }.adoptionCount", is(0));
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("sort", "title,desc").queryParam("size", 2)
                .queryParam("page", 1).get(PRACTICES).then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", is(3)).body("totalPages", is(2))
                .body("page", is(1)).body("size", is(2));
        for (String sort : List.of("title", "maturity", "status", "createdAt", "updatedAt", "regionCode",
                "yearsInOperation", "id")) {
            as(TestUser.VIEWER).queryParam("q", marker).queryParam("sort", sort + ",desc").get(PRACTICES).then()
                    .statusCode(200).body("totalItems", is(3));
        }
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("regionCode", "27").get(PRACTICES).then()
                .body("items.regionCode", everyItem(equalTo("27")))
                .body("items.regionName", everyItem(equalTo("Хабаровский край")));
    }

    private static void expectIds(Map<String, String> filters, long... ids) {
        List<Integer> expected = new ArrayList<>();
        for (long id : ids) {
            expected.add((int) id);
        }
        List<Integer> found = as(TestUser.VIEWER).queryParams(filters).queryParam("sort", "id,asc").get(PRACTICES)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        assertEquals(expected, found, "filters " + filters);
    }

    @Test
    void newestChangedComeFirstByDefault() {
        String marker = TestData.unique("Порядок практик");
        Map<String, Object> older = practice("27");
        older.put("description", marker);
        long first = PracticeData.create(older);
        Map<String, Object> newer = practice("27");
        newer.put("description", marker);
        long second = PracticeData.create(newer);
        as(TestUser.VIEWER).queryParam("q", marker).get(PRACTICES).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) second, (int) first)));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        as(TestUser.VIEWER).header("Accept-Language", "en").get(path(987654321)).then().statusCode(404)
                .body("detail", containsString("There is no practice"));
        long id = PracticeData.create("27");
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"0\"")
                .body(Map.of("to", "RECOMMENDED")).post(path(id) + "/transitions").then().statusCode(409)
                .body("detail", containsString("Allowed: submitted for verification (SUBMITTED), archived (ARCHIVED)"));
    }
}
