package ru.efs.portfolio.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.PracticeData.ADOPTIONS;
import static ru.efs.portfolio.support.PracticeData.PRACTICES;
import static ru.efs.portfolio.support.PracticeData.adoption;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class AdoptionResourceTest {

    private static String adoptionsOf(long practiceId) {
        return PRACTICES + "/" + practiceId + "/adoptions";
    }

    private static String path(long adoptionId) {
        return ADOPTIONS + "/" + adoptionId;
    }

    @Test
    void coordinatorOfTheAdoptingRegionRecordsAnAdoptionThroughItsProject() {
        long practice = PracticeData.createIn("22", "VERIFIED");
        long project = PracticeData.project("27");
        Map<String, Object> body = adoption("27");
        body.put("projectId", project);
        long id = as(TestUser.COORDINATOR_27).body(body).post(adoptionsOf(practice)).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/adoptions/"))
                .header("ETag", "\"0\"")
                .body("practiceId", is((int) practice))
                .body("practiceRegionCode", equalTo("22"))
                .body("regionCode", equalTo("27"))
                .body("regionName", equalTo("Хабаровский край"))
                .body("project.id", is((int) project))
                .body("outcome", equalTo("IN_PROGRESS"))
                .body("adoptedYear", is(2024))
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(path(id)).then().statusCode(200).header("ETag", "\"0\"")
                .body("result", equalTo(body.get("result")));
        as(TestUser.VIEWER).get(adoptionsOf(practice)).then().statusCode(200)
                .body("id", equalTo(List.of((int) id)))
                .body("[0].project.id", is((int) project));
        as(TestUser.VIEWER).get(PRACTICES + "/" + practice).then().statusCode(200)
                .body("adoptions.id", equalTo(List.of((int) id)))
                .body("adoptions[0].regionCode", equalTo("27"));
        as(TestUser.VIEWER).queryParam("regionCode", "22").queryParam("sort", "id,desc").queryParam("size", 100)
                .get(PRACTICES).then().statusCode(200)
                .body("items.find { it.id == " + practice + " }.adoptionCount", is(1));
    }

    @Test
    void coordinatorCannotRecordAnAdoptionForAnotherRegion() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        as(TestUser.COORDINATOR_22).body(adoption("27")).post(adoptionsOf(practice)).then().statusCode(403)
                .body("detail", containsString("Хабаровский край"));
        as(TestUser.VIEWER).get(adoptionsOf(practice)).then().body("", hasSize(0));
    }

    @Test
    void thePracticesOwnRegionCannotAdoptIt() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        as(TestUser.ADMIN).body(adoption("22")).post(adoptionsOf(practice)).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", containsString("Алтайский край"));
        as(TestUser.COORDINATOR_22).body(adoption("22")).post(adoptionsOf(practice)).then().statusCode(400);
    }

    @Test
    void aRegionAdoptsAPracticeOnlyOnce() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        long first = PracticeData.adopt(practice, "27");
        as(TestUser.COORDINATOR_27).body(adoption("27")).post(adoptionsOf(practice)).then().statusCode(409)
                .body("errors[0].field", equalTo("regionCode"))
                .body("detail", containsString(String.valueOf(first)));
        as(TestUser.VIEWER).get(adoptionsOf(practice)).then().body("", hasSize(1));
    }

    @Test
    void everyValidationRuleIsA400NamingTheField() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        expect400(practice, "outcome", b -> b.remove("outcome"));
        expect400(practice, "outcome", b -> b.put("outcome", "MAYBE"));
        expect400(practice, "result", b -> b.put("result", "Р".repeat(2001)));
        expect400(practice, "adoptedYear", b -> b.put("adoptedYear", 1999));
        expect400(practice, "adoptedYear", b -> b.put("adoptedYear", 2101));
        expect400(practice, "regionCode", b -> b.remove("regionCode"));
        expect400(practice, "regionCode", b -> b.put("regionCode", "00"));
        expect400(practice, "regionCode", b -> b.put("regionCode", "край"));
        expect400(practice, "projectId", b -> b.put("projectId", 987654321));
        expect400(practice, "projectId", b -> b.put("projectId", -3));
        long altaiProject = PracticeData.project("22");
        expect400(practice, "projectId", b -> b.put("projectId", altaiProject));
        as(TestUser.ADMIN).body("{\"regionCode\": ").post(adoptionsOf(practice)).then().statusCode(400);
        as(TestUser.VIEWER).get(adoptionsOf(practice)).then().body("", hasSize(0));
    }

    private static void expect400(long practice, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = adoption("27");
        change.accept(body);
        as(TestUser.ADMIN).body(body).post(adoptionsOf(practice)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void missingPracticeOrAdoptionIs404() {
        as(TestUser.ADMIN).body(adoption("27")).post(adoptionsOf(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(path(987654321)).then().statusCode(404).contentType("application/problem+json");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(adoption("27")).put(path(987654321)).then()
                .statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(path(987654321) + "/history").then().statusCode(404);
        as(TestUser.VIEWER).get(ADOPTIONS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void coordinatorOfTheAdoptingRegionUpdatesItWithItsVersion() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        long id = PracticeData.adopt(practice, "27");
        Map<String, Object> body = adoption("27");
        body.put("outcome", "SUCCESSFUL");
        body.put("result", "Закрепление молодых педагогов выросло до 93 %");

        as(TestUser.COORDINATOR_27).body(body).put(path(id)).then().statusCode(428);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(403);
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200)
                .header("ETag", "\"1\"").body("outcome", equalTo("SUCCESSFUL")).body("project", nullValue());
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(adoption("27")).put(path(id)).then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username));

        Map<String, Object> moved = adoption("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(moved).put(path(id)).then().statusCode(403);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(moved).put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        as(TestUser.VIEWER).get(path(id)).then().body("outcome", equalTo("SUCCESSFUL")).body("version", is(1));
    }

    @Test
    void anAdoptionCannotBeMovedOntoAnotherOfTheSameRegion() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        PracticeData.adopt(practice, "27");
        long other = PracticeData.adopt(practice, "25");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(adoption("27")).put(path(other)).then().statusCode(409);
    }

    @Test
    void anonymousViewerAndExpertCannotRecordAdoptions() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        anonymous().get(adoptionsOf(practice)).then().statusCode(401);
        anonymous().body(adoption("27")).post(adoptionsOf(practice)).then().statusCode(401);
        as(TestUser.VIEWER).body(adoption("27")).post(adoptionsOf(practice)).then().statusCode(403);
        as(TestUser.EXPERT).body(adoption("27")).post(adoptionsOf(practice)).then().statusCode(403);
        long id = PracticeData.adopt(practice, "27");
        anonymous().get(path(id)).then().statusCode(401);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
    }

    @Test
    void deleteNeedsTheAdoptingRegionAndTheVersion() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        long id = PracticeData.adopt(practice, "27");
        as(TestUser.COORDINATOR_27).delete(path(id)).then().statusCode(428);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"5\"").delete(path(id)).then().statusCode(412);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(204);
        as(TestUser.VIEWER).get(path(id)).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(PRACTICES + "/" + practice).then().statusCode(204);
    }

    @Test
    void historyTellsWhoChangedWhat() {
        long practice = PracticeData.createIn("22", "SUBMITTED");
        long id = PracticeData.adopt(practice, "27");
        Map<String, Object> body = adoption("27");
        body.put("outcome", "UNSUCCESSFUL");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").delete(path(id)).then().statusCode(204);

        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].action", equalTo("DELETED"))
                .body("[1].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[1].changes.find { it.field == 'outcome' }.from", equalTo("IN_PROGRESS"))
                .body("[1].changes.find { it.field == 'outcome' }.to", equalTo("UNSUCCESSFUL"))
                .body("[2].action", equalTo("CREATED"))
                .body("[2].changedBy", equalTo("admin"));
    }
}
