package ru.efs.portfolio.deficit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.DeficitData.DEFICITS;
import static ru.efs.portfolio.support.DeficitData.deficit;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class DeficitResourceTest {

    @Test
    void coordinatorRecordsADeficitOfTheirRegionAndEveryoneReadsItInFull() {
        long subject = TestData.createSubject("27");
        long session = DeficitData.insertSession(LocalDate.of(2023, 10, 10));
        Map<String, Object> body = deficit("27");
        body.put("subjectId", subject);
        body.put("sessionId", session);
        body.put("categoryCodes", List.of("young-teachers", "mentoring", "mentoring"));
        body.put("severity", "CRITICAL");

        long id = as(TestUser.COORDINATOR_27).body(body).post(DEFICITS).then().statusCode(201)
                .header("Location", containsString("/api/v1/deficits/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("allowedTransitions", equalTo(List.of("CLOSED")))
                .body("regionName", equalTo("Хабаровский край"))
                .body("categoryCodes", equalTo(List.of("mentoring", "young-teachers")))
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("description", equalTo(body.get("description")))
                .body("severity", equalTo("CRITICAL"))
                .body("subjectId", is((int) subject))
                .body("subject.id", is((int) subject))
                .body("subject.title", equalTo("ЦНППМ"))
                .body("sessionId", is((int) session))
                .body("session.title", containsString("Хабаровске"))
                .body("categories[0].code", equalTo("mentoring"))
                .body("categories[0].name", equalTo("Наставничество"))
                .body("categories[1].nameEn", equalTo("Young teachers and staff retention"))
                .body("projects", hasSize(0))
                .body("closedReason", nullValue())
                .body("version", is(0));
        as(TestUser.EXPERT).queryParam("regionCode", "27").queryParam("q", body.get("title")).get(DEFICITS)
                .then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].categoryCodes", equalTo(List.of("mentoring", "young-teachers")))
                .body("items[0].subjectId", is((int) subject))
                .body("items[0].sessionId", is((int) session));
    }

    @Test
    void updateChangesTheDeficitButNeverItsStatus() {
        long id = DeficitData.create("27");
        Map<String, Object> body = deficit("27");
        body.put("severity", "LOW");
        body.put("categoryCodes", List.of("training"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(DEFICITS + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("severity", equalTo("LOW"))
                .body("categoryCodes", equalTo(List.of("training")))
                .body("updatedBy", equalTo(TestUser.COORDINATOR_27.username));

        // Only the categories changed: the version still moves on, so no one overwrites it unknowingly.
        Map<String, Object> categoriesOnly = new java.util.HashMap<>(body);
        categoriesOnly.put("categoryCodes", List.of("training", "mentoring"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(categoriesOnly).put(DEFICITS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"");

        Map<String, Object> sameStatus = new java.util.HashMap<>(categoriesOnly);
        sameStatus.put("status", "OPEN");
        as(TestUser.ADMIN).header("If-Match", "\"2\"").body(sameStatus).put(DEFICITS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"");
        Map<String, Object> closing = new java.util.HashMap<>(categoriesOnly);
        closing.put("status", "CLOSED");
        as(TestUser.ADMIN).header("If-Match", "\"2\"").body(closing).put(DEFICITS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("transitions"));
        Map<String, Object> createdClosed = deficit("27");
        createdClosed.put("status", "ADDRESSED");
        as(TestUser.ADMIN).body(createdClosed).post(DEFICITS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void eachValidationRuleNamesItsField() {
        assertInvalid("title", b -> b.put("title", " "));
        assertInvalid("title", b -> b.remove("title"));
        assertInvalid("title", b -> b.put("title", "Д".repeat(501)));
        assertInvalid("description", b -> b.put("description", "Д".repeat(8001)));
        assertInvalid("severity", b -> b.remove("severity"));
        assertInvalid("severity", b -> b.put("severity", "TERRIBLE"));
        assertInvalid("categoryCodes", b -> b.remove("categoryCodes"));
        assertInvalid("categoryCodes", b -> b.put("categoryCodes", List.of()));
        assertInvalid("categoryCodes", b -> b.put("categoryCodes",
                IntStream.range(0, 11).mapToObj(i -> "mentoring").toList()));
        assertInvalid("categoryCodes[1]", b -> b.put("categoryCodes", List.of("mentoring", "no-such-category")));
        assertInvalid("categoryCodes", b -> b.put("categoryCodes", "mentoring,training"));
        assertInvalid("regionCode", b -> b.remove("regionCode"));
        assertInvalid("regionCode", b -> b.put("regionCode", "270"));
        assertInvalid("regionCode", b -> b.put("regionCode", "00"));
        assertInvalid("subjectId", b -> b.put("subjectId", 987654321));
        assertInvalid("subjectId", b -> b.put("subjectId", 0));
        assertInvalid("subjectId", b -> b.put("subjectId", "первый"));
        assertInvalid("sessionId", b -> b.put("sessionId", 987654321));

        long altaiSubject = TestData.createSubject("22");
        Map<String, Object> otherRegion = deficit("27");
        otherRegion.put("subjectId", altaiSubject);
        as(TestUser.ADMIN).body(otherRegion).post(DEFICITS).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"))
                .body("errors[0].message", containsString("Алтайский край"));

        as(TestUser.ADMIN).body("{\"title\": ").post(DEFICITS).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).post(DEFICITS).then().statusCode(400);
    }

    private static void assertInvalid(String field, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = deficit("27");
        change.accept(body);
        as(TestUser.ADMIN).body(body).post(DEFICITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void severalMistakesAreReportedTogether() {
        Map<String, Object> body = deficit("27");
        body.put("subjectId", 987654321);
        body.put("sessionId", 987654321);
        body.put("categoryCodes", List.of("no-such-category"));
        as(TestUser.ADMIN).body(body).post(DEFICITS).then().statusCode(400)
                .body("errors.field", hasItems("subjectId", "sessionId", "categoryCodes[0]"));
    }

    @Test
    void missingDeficitIs404AndBadIdIs400() {
        as(TestUser.VIEWER).get(DEFICITS + "/987654321").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestUser.VIEWER).get(DEFICITS + "/987654321/history").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(deficit("27")).put(DEFICITS + "/987654321")
                .then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(DEFICITS + "/987654321").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "OPEN"))
                .post(DEFICITS + "/987654321/transitions").then().statusCode(404);
        as(TestUser.VIEWER).get(DEFICITS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(DEFICITS + "/0").then().statusCode(400);
    }

    @Test
    void staleVersionIs412AndMissingVersionIs428() {
        long id = DeficitData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(deficit("27")).put(DEFICITS + "/" + id)
                .then().statusCode(200);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(deficit("27")).put(DEFICITS + "/" + id)
                .then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username))
                .body("details.currentVersion", is(1));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(DEFICITS + "/" + id).then().statusCode(412);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "закрыт",
                "closedByPracticeId", 1)).post(DEFICITS + "/" + id + "/transitions").then().statusCode(412);

        as(TestUser.ADMIN).body(deficit("27")).put(DEFICITS + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).delete(DEFICITS + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).body(Map.of("to", "CLOSED")).post(DEFICITS + "/" + id + "/transitions")
                .then().statusCode(428);
        as(TestUser.ADMIN).header("If-Match", "версия").body(deficit("27")).put(DEFICITS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));

        Map<String, Object> withVersion = deficit("27");
        withVersion.put("version", 1);
        as(TestUser.ADMIN).body(withVersion).put(DEFICITS + "/" + id).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void anonymousCallerGets401() {
        long id = DeficitData.create("27");
        anonymous().get(DEFICITS).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(DEFICITS + "/" + id).then().statusCode(401);
        anonymous().body(deficit("27")).post(DEFICITS).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(Map.of("to", "CLOSED"))
                .post(DEFICITS + "/" + id + "/transitions").then().statusCode(401);
    }

    @Test
    void viewerAndExpertCannotWriteDeficits() {
        long id = DeficitData.create("27");
        for (TestUser user : List.of(TestUser.VIEWER, TestUser.EXPERT)) {
            as(user).body(deficit("27")).post(DEFICITS).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(deficit("27")).put(DEFICITS + "/" + id).then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(DEFICITS + "/" + id).then().statusCode(403);
            as(user).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "закрыт",
                    "closedByPracticeId", 1)).post(DEFICITS + "/" + id + "/transitions").then().statusCode(403);
        }
        as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().statusCode(200).body("version", is(0));
    }

    @Test
    void coordinatorOf27CannotWriteADeficitOf22() {
        as(TestUser.COORDINATOR_27).body(deficit("22")).post(DEFICITS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));
        long altai = DeficitData.create("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(deficit("27")).put(DEFICITS + "/" + altai)
                .then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(DEFICITS + "/" + altai).then().statusCode(403);
        long practice = DeficitData.insertPractice("27", "mentoring");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                "Закрыт практикой", "closedByPracticeId", practice)).post(DEFICITS + "/" + altai + "/transitions")
                .then().statusCode(403);

        long own = DeficitData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(deficit("22")).put(DEFICITS + "/" + own)
                .then().statusCode(403);
        as(TestUser.VIEWER).get(DEFICITS + "/" + own).then().body("regionCode", equalTo("27"));
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(deficit("22")).put(DEFICITS + "/" + altai)
                .then().statusCode(200);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(deficit("22")).put(DEFICITS + "/" + own)
                .then().statusCode(200).body("regionCode", equalTo("22"));
    }

    @Test
    void deletingADeficitThatProjectsAddressIs409() {
        long id = DeficitData.create("27");
        long project = DeficitData.insertProject("PROPOSED", id);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(DEFICITS + "/" + id).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("projects"))
                .body("details.dependents[0].count", is(1))
                .body("detail", containsString("проекты"));
        as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().statusCode(200)
                .body("projects[0].id", is((int) project))
                .body("projects[0].title", containsString("Партнерское наставничество"));
    }

    @Test
    void deleteAnswers204AndHistoryKeepsTheDeletion() {
        long id = DeficitData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(DEFICITS + "/" + id).then().statusCode(204);
        as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().statusCode(404);
        as(TestUser.VIEWER).get(DEFICITS + "/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username));
    }

    @Test
    void closingNeedsAReasonAndWhatClosedIt() {
        long id = DeficitData.create("27");
        String transitions = DEFICITS + "/" + id + "/transitions";
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED")).post(transitions)
                .then().statusCode(400).body("errors.field", hasItems("comment", "closedByProjectId"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "  ",
                "closedByPracticeId", DeficitData.insertPractice("22", "mentoring"))).post(transitions)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт"))
                .post(transitions).then().statusCode(400).body("errors[0].field", equalTo("closedByProjectId"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByProjectId", 987654321)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("closedByProjectId"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByPracticeId", 987654321)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("closedByPracticeId"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED",
                "comment", "З".repeat(2001), "closedByPracticeId", 1)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("comment", "Закрыт")).post(transitions)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "SOLVED")).post(transitions)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));

        // The project must address this deficit and must not be rejected.
        long otherDeficit = DeficitData.create("27");
        long unrelated = DeficitData.insertProject("REFINEMENT", otherDeficit);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByProjectId", unrelated)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("closedByProjectId"))
                .body("errors[0].message", containsString("не направлен"));
        long rejected = DeficitData.insertProject("REJECTED", id);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByProjectId", rejected)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("closedByProjectId"));

        // The practice must share a category with it.
        long elsewhere = DeficitData.insertPractice("22", "digital-environment");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByPracticeId", elsewhere)).post(transitions).then().statusCode(400)
                .body("errors[0].field", equalTo("closedByPracticeId"));
        as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().body("status", equalTo("OPEN")).body("version", is(0));
    }

    @Test
    void coordinatorClosesADeficitByItsProjectAndReopensIt() {
        long id = DeficitData.create("27");
        long project = DeficitData.insertProject("IMPLEMENTATION", id);
        String transitions = DEFICITS + "/" + id + "/transitions";
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED",
                "comment", "Программа наставничества охватила всех молодых педагогов края",
                "closedByProjectId", project)).post(transitions).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("CLOSED"))
                .body("allowedTransitions", equalTo(List.of("OPEN")))
                .body("closedReason", equalTo("Программа наставничества охватила всех молодых педагогов края"))
                .body("closedByProjectId", is((int) project))
                .body("closedByProject.id", is((int) project))
                .body("closedByPracticeId", nullValue())
                .body("closedAt", notNullValue());

        // Reopened while a live project addresses it, it is being addressed again.
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(Map.of("to", "OPEN",
                "comment", "Наставников снова не хватает")).post(transitions).then().statusCode(200)
                .body("status", equalTo("ADDRESSED"))
                .body("closedReason", nullValue())
                .body("closedByProjectId", nullValue())
                .body("closedAt", nullValue());
    }

    @Test
    void aPracticeSharingACategoryOrItsGroupMayCloseADeficit() {
        long id = DeficitData.create("27");
        long practice = DeficitData.insertPractice("22", "personnel");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                "Внедрена практика Алтайского края", "closedByPracticeId", practice))
                .post(DEFICITS + "/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedByPracticeId", is((int) practice))
                .body("closedByPractice.title", containsString("Школа молодого педагога"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(Map.of("to", "OPEN"))
                .post(DEFICITS + "/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("OPEN"));

        long sameCategory = DeficitData.insertPractice("22", "training", "mentoring");
        as(TestUser.ADMIN).header("If-Match", "\"2\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByPracticeId", sameCategory)).post(DEFICITS + "/" + id + "/transitions").then().statusCode(200);
    }

    @Test
    void onlyClosingAndReopeningAreManualTransitions() {
        long id = DeficitData.create("27");
        String transitions = DEFICITS + "/" + id + "/transitions";
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "ADDRESSED")).post(transitions).then()
                .statusCode(409).body("type", containsString("invalid-transition"))
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("CLOSED"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "OPEN")).post(transitions).then()
                .statusCode(409);
        long practice = DeficitData.insertPractice("27", "mentoring");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByPracticeId", practice)).post(transitions).then().statusCode(200);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(Map.of("to", "CLOSED", "comment", "Закрыт",
                "closedByPracticeId", practice)).post(transitions).then().statusCode(409);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(Map.of("to", "ADDRESSED")).post(transitions).then()
                .statusCode(409);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(Map.of("to", "OPEN", "closedByPracticeId", practice))
                .post(transitions).then().statusCode(400).body("errors[0].field", equalTo("closedByPracticeId"));
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"1\"")
                .body(Map.of("to", "CLOSED")).post(transitions).then().statusCode(409)
                .body("detail", containsString("cannot become"));
    }

    @Test
    void historyShowsEditsAndStatusChanges() {
        long id = DeficitData.create("27");
        Map<String, Object> body = deficit("27");
        body.put("severity", "MEDIUM");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(DEFICITS + "/" + id)
                .then().statusCode(200);
        long practice = DeficitData.insertPractice("22", "mentoring");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(Map.of("to", "CLOSED", "comment",
                "Внедрена практика Алтайского края", "closedByPracticeId", practice))
                .post(DEFICITS + "/" + id + "/transitions").then().statusCode(200);

        as(TestUser.VIEWER).get(DEFICITS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[0].changes.find { it.field == 'status' }.from", equalTo("OPEN"))
                .body("[0].changes.find { it.field == 'status' }.to", equalTo("CLOSED"))
                .body("[0].changes.field", hasItems("closedReason", "closedByPracticeId", "closedAt"))
                .body("[1].changes.find { it.field == 'severity' }.to", equalTo("MEDIUM"))
                .body("[2].action", equalTo("CREATED"));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        Map<String, Object> body = deficit("27");
        body.put("categoryCodes", new ArrayList<>(List.of("no-such-category")));
        as(TestUser.ADMIN).header("Accept-Language", "en").body(body).post(DEFICITS).then().statusCode(400)
                .body("errors[0].message", containsString("There is no category"));
        as(TestUser.ADMIN).body(body).post(DEFICITS).then().statusCode(400)
                .body("errors[0].message", containsString("Нет категории"));
    }
}
