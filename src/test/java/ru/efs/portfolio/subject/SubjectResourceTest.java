package ru.efs.portfolio.subject;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.TestData.createSubject;
import static ru.efs.portfolio.support.TestData.subject;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class SubjectResourceTest {

    private static final String SUBJECTS = "/api/v1/subjects";

    @Test
    void adminCreatesReadsAndFindsSubject() {
        Map<String, Object> body = subject("27");
        body.put("website", "https://khiro.ru");
        body.put("email", "info@khiro.ru");
        var created = as(TestUser.ADMIN).body(body).post(SUBJECTS).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/subjects/"))
                .header("ETag", "\"0\"")
                .body("level", equalTo("REGIONAL"))
                .body("regionName", equalTo("Хабаровский край"))
                .body("createdBy", equalTo("admin"))
                .extract().jsonPath();
        long id = created.getLong("id");

        as(TestUser.VIEWER).get(SUBJECTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo(body.get("name")));
        as(TestUser.VIEWER).queryParam("q", ((String) body.get("name")).substring(30))
                .queryParam("regionCode", "27").get(SUBJECTS).then().statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.regionCode", everyItem(equalTo("27")));
    }

    @Test
    void levelFollowsTypeAndFederalSubjectNeedsNoRegion() {
        Map<String, Object> body = subject(null);
        body.put("type", "FEDERAL_OPERATOR");
        as(TestUser.ADMIN).body(body).post(SUBJECTS).then().statusCode(201)
                .body("level", equalTo("FEDERAL")).body("regionCode", equalTo(null));
    }

    @Test
    void regionalSubjectWithoutRegionIsRefusedNamingTheField() {
        as(TestUser.ADMIN).body(subject(null)).post(SUBJECTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", containsString("регион"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> blank = subject("27");
        blank.put("name", " ");
        as(TestUser.ADMIN).body(blank).post(SUBJECTS).then().statusCode(400).body("errors.field", hasItem("name"));

        Map<String, Object> huge = subject("27");
        huge.put("name", "Ц".repeat(5000));
        as(TestUser.ADMIN).body(huge).post(SUBJECTS).then().statusCode(400).body("errors.field", hasItem("name"));

        Map<String, Object> unknownType = subject("27");
        unknownType.put("type", "SCHOOL_OF_MAGIC");
        as(TestUser.ADMIN).body(unknownType).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("CNPPM"));

        Map<String, Object> unknownRegion = subject("00");
        as(TestUser.ADMIN).body(unknownRegion).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));

        Map<String, Object> unknownParent = subject("27");
        unknownParent.put("parentId", 987654321);
        as(TestUser.ADMIN).body(unknownParent).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));

        Map<String, Object> wrongType = subject("27");
        wrongType.put("parentId", "первый");
        as(TestUser.ADMIN).body(wrongType).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));

        Map<String, Object> badEmail = subject("27");
        badEmail.put("email", "не почта");
        as(TestUser.ADMIN).body(badEmail).post(SUBJECTS).then().statusCode(400).body("errors.field", hasItem("email"));

        as(TestUser.ADMIN).body("{\"name\": \"ЦНППМ\",").post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).body("[1,2,3]").post(SUBJECTS).then().statusCode(400);
        as(TestUser.ADMIN).post(SUBJECTS).then().statusCode(400).body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).contentType("text/plain").body("ЦНППМ").post(SUBJECTS).then().statusCode(415);
    }

    @Test
    void badIdsAndPagingAreA400() {
        as(TestUser.VIEWER).get(SUBJECTS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(SUBJECTS + "/-5").then().statusCode(400);
        as(TestUser.VIEWER).get(SUBJECTS + "/99999999999999999999").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "-1").get(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("size", "1000").get(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("size", "двадцать").get(SUBJECTS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("sort", "password,asc").get(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(TestUser.VIEWER).queryParam("sort", "name,sideways").get(SUBJECTS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("type", "NOPE").get(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        as(TestUser.VIEWER).queryParam("parentId", "x").get(SUBJECTS).then().statusCode(400);
    }

    @Test
    void missingSubjectIs404() {
        as(TestUser.VIEWER).get(SUBJECTS + "/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(subject("27")).put(SUBJECTS + "/987654321")
                .then().statusCode(404);
    }

    @Test
    void staleUpdateIs412AndNamesWhoChangedIt() {
        long id = createSubject("27");
        Map<String, Object> first = subject("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(first).put(SUBJECTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1));

        Map<String, Object> second = subject("27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(second).put(SUBJECTS + "/" + id)
                .then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username))
                .body("details.currentVersion", is(1));
        as(TestUser.VIEWER).get(SUBJECTS + "/" + id).then().body("name", equalTo(first.get("name")));
    }

    @Test
    void writeWithoutVersionIs428AndVersionFieldWorksInsteadOfIfMatch() {
        long id = createSubject("27");
        as(TestUser.ADMIN).body(subject("27")).put(SUBJECTS + "/" + id).then().statusCode(428);
        Map<String, Object> body = subject("27");
        body.put("version", 0);
        as(TestUser.ADMIN).body(body).put(SUBJECTS + "/" + id).then().statusCode(200);
        as(TestUser.ADMIN).delete(SUBJECTS + "/" + id).then().statusCode(428);
    }

    @Test
    void anonymousCallerGets401WithProblem() {
        anonymous().get(SUBJECTS).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json");
        anonymous().body(subject("27")).post(SUBJECTS).then().statusCode(401);
        io.restassured.RestAssured.given().auth().preemptive().basic("admin", "wrong-password")
                .get(SUBJECTS).then().statusCode(401);
    }

    @Test
    void viewerAndExpertCannotWriteSubjects() {
        long id = createSubject("27");
        as(TestUser.VIEWER).body(subject("27")).post(SUBJECTS).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUser.EXPERT).body(subject("27")).post(SUBJECTS).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(subject("27")).put(SUBJECTS + "/" + id)
                .then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + id).then().statusCode(403);
    }

    @Test
    void coordinatorChangesOwnRegionOnly() {
        as(TestUser.COORDINATOR_27).body(subject("27")).post(SUBJECTS).then().statusCode(201);
        as(TestUser.COORDINATOR_27).body(subject("22")).post(SUBJECTS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));

        long altai = createSubject("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(subject("27")).put(SUBJECTS + "/" + altai)
                .then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + altai)
                .then().statusCode(403);

        long own = createSubject("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(subject("22")).put(SUBJECTS + "/" + own)
                .then().statusCode(403);
        as(TestUser.VIEWER).get(SUBJECTS + "/" + own).then().body("regionCode", equalTo("27"));

        Map<String, Object> federal = subject(null);
        federal.put("type", "MINISTRY");
        as(TestUser.COORDINATOR_27).body(federal).post(SUBJECTS).then().statusCode(403);
    }

    @Test
    void coordinatorCannotCreateFederalSubject() {
        for (String type : new String[] {"MINISTRY", "FEDERAL_OPERATOR", "UNIVERSITY_CENTER", "FEDERAL_CENTER"}) {
            Map<String, Object> inOwnRegion = subject("27");
            inOwnRegion.put("type", type);
            as(TestUser.COORDINATOR_27).header("Accept-Language", "ru").body(inOwnRegion).post(SUBJECTS).then()
                    .statusCode(403)
                    .body("errors.field", hasItem("type"))
                    .body("detail", containsString("федерального уровня"));
            Map<String, Object> regionless = subject(null);
            regionless.put("type", type);
            as(TestUser.COORDINATOR_27).body(regionless).post(SUBJECTS).then().statusCode(403)
                    .body("errors.field", hasItem("type"));
            as(TestUser.ADMIN).body(inOwnRegion).post(SUBJECTS).then().statusCode(201)
                    .body("level", equalTo("FEDERAL"));
        }
    }

    @Test
    void coordinatorCannotTurnOwnSubjectFederalNorRegionless() {
        long own = createSubject("27");
        Map<String, Object> federal = subject("27");
        federal.put("type", "UNIVERSITY_CENTER");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(federal).put(SUBJECTS + "/" + own)
                .then().statusCode(403).body("errors.field", hasItem("type"));
        Map<String, Object> regionless = subject(null);
        regionless.put("type", "MINISTRY");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(regionless).put(SUBJECTS + "/" + own)
                .then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(subject(null)).put(SUBJECTS + "/" + own)
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        as(TestUser.VIEWER).get(SUBJECTS + "/" + own).then().statusCode(200)
                .body("version", equalTo(0)).body("level", equalTo("REGIONAL")).body("regionCode", equalTo("27"));

        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(federal).put(SUBJECTS + "/" + own)
                .then().statusCode(200).body("level", equalTo("FEDERAL"));
    }

    @Test
    void coordinatorCannotChangeFederalSubjectOfTheirRegion() {
        Map<String, Object> federal = subject("27");
        federal.put("type", "UNIVERSITY_CENTER");
        long id = as(TestUser.ADMIN).body(federal).post(SUBJECTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> regional = subject("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(regional).put(SUBJECTS + "/" + id)
                .then().statusCode(403).body("errors.field", hasItem("type"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + id)
                .then().statusCode(403);
        as(TestUser.VIEWER).get(SUBJECTS + "/" + id).then().statusCode(200).body("level", equalTo("FEDERAL"));
    }

    @Test
    void deletingSubjectOthersDependOnIs409ListingThem() {
        long parent = createSubject("27");
        Map<String, Object> child = subject("27");
        child.put("parentId", parent);
        as(TestUser.ADMIN).body(child).post(SUBJECTS).then().statusCode(201);

        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + parent).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("childSubjects"))
                .body("details.dependents[0].count", is(1))
                .body("detail", containsString("подведомственные организации"));
    }

    @Test
    void deleteAnswers204AndTheSubjectIsGone() {
        long id = createSubject("27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + id).then().statusCode(204);
        as(TestUser.ADMIN).get(SUBJECTS + "/" + id).then().statusCode(404);
        as(TestUser.ADMIN).get(SUBJECTS + "/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"));
    }

    @Test
    void subjectCannotBeItsOwnAncestor() {
        long parent = createSubject("27");
        Map<String, Object> child = subject("27");
        child.put("parentId", parent);
        long childId = as(TestUser.ADMIN).body(child).post(SUBJECTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> loop = subject("27");
        loop.put("parentId", childId);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(loop).put(SUBJECTS + "/" + parent)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void historyTellsWhoChangedWhatAndWhen() {
        long id = createSubject("27");
        Map<String, Object> renamed = subject("27");
        renamed.put("city", "unused");
        renamed.put("address", "г. Хабаровск, ул. Забайкальская, 10");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(renamed).put(SUBJECTS + "/" + id)
                .then().statusCode(200);

        as(TestUser.VIEWER).get(SUBJECTS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[0].changedAt", notNullValue())
                .body("[0].changes.field", hasItem("address"))
                .body("[0].changes.find { it.field == 'address' }.to", equalTo("г. Хабаровск, ул. Забайкальская, 10"))
                .body("[1].action", equalTo("CREATED"))
                .body("[1].changedBy", equalTo("admin"));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        as(TestUser.VIEWER).header("Accept-Language", "en").get(SUBJECTS + "/987654321").then().statusCode(404)
                .body("detail", containsString("There is no"));
        Api.as(TestUser.ADMIN).header("Accept-Language", "en-GB,en;q=0.9").body(subject(null)).post(SUBJECTS)
                .then().statusCode(400).body("errors[0].message", containsString("need a region"));
    }
}
