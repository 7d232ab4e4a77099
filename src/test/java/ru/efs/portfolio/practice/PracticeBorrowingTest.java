package ru.efs.portfolio.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.PracticeData.PRACTICES;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.TestUser;

/**
 * Every other way of linking another region's practice, besides a project's practiceIds (see ProjectResourceTest):
 * an adoption, an influence link's source practice, the practice that closed a deficit. Each takes a practice of
 * another region only once published, and leaves a link made while it was published in place.
 */
@QuarkusTest
class PracticeBorrowingTest {

    private static final List<String> UNPUBLISHED = List.of("DRAFT", "ARCHIVED");
    private static final List<String> PUBLISHED = List.of("SUBMITTED", "VERIFIED", "RECOMMENDED");

    private static String title(long practiceId) {
        return as(TestUser.ADMIN).get(PRACTICES + "/" + practiceId).then().statusCode(200).extract().jsonPath()
                .getString("title");
    }

    @Test
    void anotherRegionCannotAdoptADraftPractice() {
        for (String status : UNPUBLISHED) {
            long altai = PracticeData.createIn("22", status);
            for (TestUser adopter : List.of(TestUser.COORDINATOR_27, TestUser.ADMIN)) {
                as(adopter).header("Accept-Language", "ru").body(PracticeData.adoption("27"))
                        .post(PRACTICES + "/" + altai + "/adoptions").then().statusCode(409)
                        .body("detail", containsString(title(altai)))
                        .body("detail", containsString("опубликована"))
                        .body("errors.field", hasItem("id"));
            }
            as(TestUser.VIEWER).get(PRACTICES + "/" + altai + "/adoptions").then().statusCode(200)
                    .body("size()", is(0));
        }
        for (String status : PUBLISHED) {
            long altai = PracticeData.createIn("22", status);
            as(TestUser.COORDINATOR_27).body(PracticeData.adoption("27")).post(PRACTICES + "/" + altai + "/adoptions")
                    .then().statusCode(201);
        }
    }

    @Test
    void anAdoptionMadeWhilePublishedStaysEditableAfterThePracticeIsWithdrawn() {
        long altai = PracticeData.createIn("22", "SUBMITTED");
        long adoption = PracticeData.adopt(altai, "27");
        PracticeData.moveTo(altai, "DRAFT");
        Map<String, Object> body = PracticeData.adoption("27");
        body.put("outcome", "SUCCESSFUL");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PracticeData.ADOPTIONS + "/" + adoption)
                .then().statusCode(200).body("outcome", equalTo("SUCCESSFUL"));
    }

    @Test
    void influenceLinkCannotCarryADraftPracticeToAnotherRegion() {
        for (String status : UNPUBLISHED) {
            long altai = PracticeData.createIn("22", status);
            Map<String, Object> body = InfluenceData.link("22", "27");
            body.put("sourcePracticeId", altai);
            for (TestUser writer : List.of(TestUser.COORDINATOR_27, TestUser.COORDINATOR_22, TestUser.EXPERT,
                    TestUser.ADMIN)) {
                as(writer).header("Accept-Language", "ru").body(body).post(InfluenceData.LINKS).then()
                        .statusCode(400)
                        .body("errors.field", hasItem("sourcePracticeId"))
                        .body("errors.message", hasItem(containsString(title(altai))));
            }
        }
        for (String status : PUBLISHED) {
            Map<String, Object> body = InfluenceData.link("22", "27");
            body.put("sourcePracticeId", PracticeData.createIn("22", status));
            as(TestUser.COORDINATOR_27).body(body).post(InfluenceData.LINKS).then().statusCode(201);
        }
    }

    @Test
    void influenceLinkKeepsAPracticeItCarriedWhilePublished() {
        long altai = PracticeData.createIn("22", "SUBMITTED");
        Map<String, Object> body = InfluenceData.link("22", "27");
        body.put("sourcePracticeId", altai);
        long link = InfluenceData.createLink(body);
        PracticeData.moveTo(altai, "DRAFT");
        body.put("strength", 3);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(InfluenceData.LINKS + "/" + link)
                .then().statusCode(200).body("strength", is(3));
        body.put("targetRegionCode", "25");
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(InfluenceData.LINKS + "/" + link)
                .then().statusCode(400).body("errors.field", hasItem("sourcePracticeId"));

        long other = PracticeData.createIn("22", "DRAFT");
        body.put("targetRegionCode", "27");
        body.put("sourcePracticeId", other);
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(InfluenceData.LINKS + "/" + link)
                .then().statusCode(400).body("errors.field", hasItem("sourcePracticeId"));
    }

    @Test
    void deficitIsNotClosedByAnotherRegionsDraftPractice() {
        long deficit = DeficitData.create("27");
        String transitions = DeficitData.DEFICITS + "/" + deficit + "/transitions";
        for (String status : UNPUBLISHED) {
            long altai = PracticeData.createIn("22", status);
            for (TestUser closer : List.of(TestUser.COORDINATOR_27, TestUser.ADMIN)) {
                as(closer).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                        "Закрыт практикой Алтайского края", "closedByPracticeId", altai)).post(transitions).then()
                        .statusCode(400)
                        .body("errors.field", hasItem("closedByPracticeId"))
                        .body("errors.message", hasItem(containsString(title(altai))));
            }
        }
        long ownDraft = PracticeData.createIn("27", "DRAFT");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                "Закрыт своей практикой", "closedByPracticeId", ownDraft)).post(transitions).then()
                .statusCode(200).body("status", equalTo("CLOSED"));

        long other = DeficitData.create("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                "Закрыт практикой Алтайского края", "closedByPracticeId", PracticeData.createIn("22", "SUBMITTED")))
                .post(DeficitData.DEFICITS + "/" + other + "/transitions").then().statusCode(200);
    }
}
