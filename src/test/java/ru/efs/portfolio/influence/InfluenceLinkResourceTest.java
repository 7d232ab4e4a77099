package ru.efs.portfolio.influence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.InfluenceData.LINKS;
import static ru.efs.portfolio.support.InfluenceData.link;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestUser;

/** Declared influence links: CRUD, who may write which, validation, concurrency and history. */
@QuarkusTest
class InfluenceLinkResourceTest {

    private static String path(long id) {
        return LINKS + "/" + id;
    }

    @Test
    void administratorDeclaresALinkWithItsProjectPracticeAndDeficit() {
        long practice = PracticeData.createIn("27", "SUBMITTED");
        long sourceProject = PracticeData.project("27");
        long deficit = DeficitData.create("22");
        long targetProject = PracticeData.project("22");
        Map<String, Object> body = link("27", "22");
        body.put("sourcePracticeId", practice);
        body.put("sourceProjectId", sourceProject);
        body.put("targetDeficitId", deficit);
        body.put("targetProjectId", targetProject);
        var created = as(TestUser.ADMIN).body(body).post(LINKS).then().statusCode(201)
                .header("Location", containsString(LINKS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("sourceRegionCode", equalTo("27"))
                .body("sourceRegionName", equalTo("Хабаровский край"))
                .body("targetRegionCode", equalTo("22"))
                .body("sourcePractice.id", equalTo((int) practice))
                .body("sourceProject.id", equalTo((int) sourceProject))
                .body("targetDeficit.id", equalTo((int) deficit))
                .body("targetProject.id", equalTo((int) targetProject))
                .body("kind", equalTo("PRACTICE_TRANSFER"))
                .body("strength", equalTo(2))
                .body("createdBy", equalTo("admin"))
                .extract().jsonPath();
        long id = created.getLong("id");
        as(TestUser.VIEWER).get(path(id)).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("targetDeficit.title", containsString("наставничества"))
                .body("note", containsString("Партнерское наставничество"));
    }

    @Test
    void listFiltersBySourceTargetAndKind() {
        Map<String, Object> synergy = link("24", "74");
        synergy.put("kind", "SYNERGY");
        long a = InfluenceData.createLink(synergy);
        long b = InfluenceData.createLink(link("24", "74"));
        long c = InfluenceData.createLink(link("74", "24"));
        as(TestUser.VIEWER).queryParam("sourceRegionCode", "24").queryParam("targetRegionCode", "74")
                .queryParam("size", 100).get(LINKS).then().statusCode(200)
                .body("items.id", hasItems((int) a, (int) b))
                .body("items.id", not(hasItem((int) c)))
                .body("items.sourceRegionCode", everyItem(equalTo("24")));
        as(TestUser.VIEWER).queryParam("sourceRegionCode", "24").queryParam("kind", "synergy").queryParam("size", 100)
                .get(LINKS).then().statusCode(200)
                .body("items.id", hasItem((int) a))
                .body("items.id", not(hasItem((int) b)))
                .body("items.kind", everyItem(equalTo("SYNERGY")));
        as(TestUser.VIEWER).queryParam("targetRegionCode", "24").queryParam("sort", "id,desc").queryParam("size", 1)
                .get(LINKS).then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
    }

    @Test
    void badListParametersAreRefused() {
        as(TestUser.VIEWER).queryParam("kind", "FRIENDSHIP").get(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(TestUser.VIEWER).queryParam("size", "0").get(LINKS).then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("page", "-1").get(LINKS).then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("sort", "note,asc").get(LINKS).then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void expertDeclaresAnyLink() {
        as(TestUser.EXPERT).body(link("24", "74")).post(LINKS).then().statusCode(201)
                .body("createdBy", equalTo(TestUser.EXPERT.username));
    }

    @Test
    void coordinatorDeclaresLinksFromOrToTheirOwnRegionOnly() {
        as(TestUser.COORDINATOR_27).body(link("27", "74")).post(LINKS).then().statusCode(201);
        as(TestUser.COORDINATOR_27).body(link("74", "27")).post(LINKS).then().statusCode(201);
        as(TestUser.COORDINATOR_22).body(link("27", "74")).post(LINKS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));
    }

    @Test
    void coordinatorChangesOnlyLinksTouchingTheirRegion() {
        long toTheirs = InfluenceData.createLink(link("27", "22"));
        Map<String, Object> stronger = link("27", "22");
        stronger.put("strength", 3);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(stronger).put(path(toTheirs)).then()
                .statusCode(200).body("strength", equalTo(3)).body("version", equalTo(1))
                .body("updatedBy", equalTo(TestUser.COORDINATOR_22.username));

        long notTheirs = InfluenceData.createLink(link("27", "74"));
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(link("27", "74")).put(path(notTheirs)).then()
                .statusCode(403);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").delete(path(notTheirs)).then().statusCode(403);
        // nor may a coordinator move a link of theirs away from their region
        as(TestUser.COORDINATOR_22).header("If-Match", "\"1\"").body(link("27", "74")).put(path(toTheirs)).then()
                .statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(path(notTheirs)).then().statusCode(204);
    }

    @Test
    void viewerAndAnonymousCallersCannotWrite() {
        long id = InfluenceData.createLink(link("27", "22"));
        as(TestUser.VIEWER).body(link("27", "22")).post(LINKS).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(link("27", "22")).put(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
        Api.anonymous().body(link("27", "22")).post(LINKS).then().statusCode(401);
        Api.anonymous().get(LINKS).then().statusCode(401);
        Api.anonymous().get(path(id)).then().statusCode(401);
    }

    @Test
    void regionsMustExistAndDiffer() {
        as(TestUser.ADMIN).body(link("27", "27")).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("targetRegionCode"));
        as(TestUser.ADMIN).body(link("00", "27")).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("sourceRegionCode"));
        as(TestUser.ADMIN).body(link("27", "X1")).post(LINKS).then().statusCode(400)
                .body("errors.field", hasItem("targetRegionCode"));
        Map<String, Object> noSource = link("27", "22");
        noSource.remove("sourceRegionCode");
        as(TestUser.ADMIN).body(noSource).post(LINKS).then().statusCode(400).body("errors.field", hasItem("sourceRegionCode"));
    }

    @Test
    void kindStrengthAndNoteAreChecked() {
        Map<String, Object> weak = link("27", "22");
        weak.put("strength", 0);
        as(TestUser.ADMIN).body(weak).post(LINKS).then().statusCode(400).body("errors.field", hasItem("strength"));
        Map<String, Object> strong = link("27", "22");
        strong.put("strength", 4);
        as(TestUser.ADMIN).body(strong).post(LINKS).then().statusCode(400).body("errors.field", hasItem("strength"));
        Map<String, Object> noStrength = link("27", "22");
        noStrength.remove("strength");
        as(TestUser.ADMIN).body(noStrength).post(LINKS).then().statusCode(400).body("errors.field", hasItem("strength"));
        Map<String, Object> longNote = link("27", "22");
        longNote.put("note", "н".repeat(2001));
        as(TestUser.ADMIN).body(longNote).post(LINKS).then().statusCode(400).body("errors.field", hasItem("note"));
        Map<String, Object> unknownKind = link("27", "22");
        unknownKind.put("kind", "FRIENDSHIP");
        as(TestUser.ADMIN).body(unknownKind).post(LINKS).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Map<String, Object> noKind = link("27", "22");
        noKind.remove("kind");
        as(TestUser.ADMIN).body(noKind).post(LINKS).then().statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> maxNote = link("27", "22");
        maxNote.put("note", "н".repeat(2000));
        maxNote.put("strength", 1);
        as(TestUser.ADMIN).body(maxNote).post(LINKS).then().statusCode(201);
    }

    @Test
    void projectsPracticesAndDeficitsMustBelongToTheirEnd() {
        Map<String, Object> sourceProject = link("27", "22");
        sourceProject.put("sourceProjectId", PracticeData.project("22"));
        as(TestUser.ADMIN).body(sourceProject).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("sourceProjectId"))
                .body("errors[0].message", containsString("Алтайский край"));
        Map<String, Object> sourcePractice = link("27", "22");
        sourcePractice.put("sourcePracticeId", PracticeData.create("22"));
        as(TestUser.ADMIN).body(sourcePractice).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("sourcePracticeId"));
        Map<String, Object> targetProject = link("27", "22");
        targetProject.put("targetProjectId", PracticeData.project("27"));
        as(TestUser.ADMIN).body(targetProject).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("targetProjectId"));
        Map<String, Object> targetDeficit = link("27", "22");
        targetDeficit.put("targetDeficitId", DeficitData.create("27"));
        as(TestUser.ADMIN).body(targetDeficit).post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("targetDeficitId"));
        Map<String, Object> unknown = link("27", "22");
        unknown.put("sourceProjectId", 987654321);
        unknown.put("sourcePracticeId", 987654321);
        unknown.put("targetProjectId", 987654321);
        unknown.put("targetDeficitId", 987654321);
        as(TestUser.ADMIN).body(unknown).post(LINKS).then().statusCode(400)
                .body("errors.field", hasItems("sourceProjectId", "sourcePracticeId", "targetProjectId", "targetDeficitId"));
        Map<String, Object> badId = link("27", "22");
        badId.put("targetDeficitId", 0);
        as(TestUser.ADMIN).body(badId).post(LINKS).then().statusCode(400).body("errors.field", hasItem("targetDeficitId"));
    }

    @Test
    void missingLinksAnswer404AndBadIds400() {
        as(TestUser.VIEWER).get(path(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(path(987654321) + "/history").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(link("27", "22")).put(path(987654321)).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(987654321)).then().statusCode(404);
        as(TestUser.VIEWER).get(LINKS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.ADMIN).body("{\"sourceRegionCode\": \"27\",").post(LINKS).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void writesNeedTheCurrentVersion() {
        long id = InfluenceData.createLink(link("27", "22"));
        as(TestUser.ADMIN).body(link("27", "22")).put(path(id)).then().statusCode(428);
        as(TestUser.ADMIN).delete(path(id)).then().statusCode(428);
        as(TestUser.ADMIN).header("If-Match", "\"5\"").body(link("27", "22")).put(path(id)).then().statusCode(412)
                .body("detail", containsString("admin"));
        as(TestUser.ADMIN).header("If-Match", "\"x\"").body(link("27", "22")).put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        Map<String, Object> withVersion = link("27", "22");
        withVersion.put("version", 0);
        withVersion.put("kind", "CONFLICT");
        as(TestUser.ADMIN).body(withVersion).put(path(id)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("CONFLICT"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(412);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(path(id)).then().statusCode(204);
        as(TestUser.VIEWER).get(path(id)).then().statusCode(404);
    }

    @Test
    void historyTellsWhoChangedWhat() {
        long id = InfluenceData.createLink(link("27", "22"));
        Map<String, Object> stronger = link("27", "22");
        stronger.put("strength", 3);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(stronger).put(path(id)).then().statusCode(200);
        as(TestUser.EXPERT).header("If-Match", "\"1\"").delete(path(id)).then().statusCode(204);
        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].action", equalTo("DELETED"))
                .body("[0].changedBy", equalTo(TestUser.EXPERT.username))
                .body("[1].action", equalTo("UPDATED"))
                .body("[1].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[1].changes.find { it.field == 'strength' }.from", equalTo(2))
                .body("[1].changes.find { it.field == 'strength' }.to", equalTo(3))
                .body("[2].action", equalTo("CREATED"))
                .body("[2].changedBy", equalTo("admin"))
                .body("[2].changes.find { it.field == 'sourceRegionCode' }.to", equalTo("27"))
                .body("[2].changes.find { it.field == 'sourceProjectId' }", nullValue());
    }

    @Test
    void deletingALinkedProjectKeepsTheLink() {
        long project = PracticeData.project("27");
        Map<String, Object> body = link("27", "22");
        body.put("sourceProjectId", project);
        long id = InfluenceData.createLink(body);
        int version = as(TestUser.ADMIN).get(ProjectData.PROJECTS + "/" + project).then().statusCode(200)
                .extract().jsonPath().getInt("version");
        as(TestUser.ADMIN).header("If-Match", "\"" + version + "\"").delete(ProjectData.PROJECTS + "/" + project)
                .then().statusCode(204);
        as(TestUser.VIEWER).get(path(id)).then().statusCode(200).body("sourceProject", nullValue());
    }
}
