package ru.efs.portfolio.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.NotificationData.NOTIFICATIONS;
import static ru.efs.portfolio.support.NotificationData.about;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.AssessmentData;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.NotificationData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class NotificationResourceTest {

    private static final String COMMENT = "Уточните целевые значения показателей и источник данных";

    @Test
    void coordinatorOfTheRegionHearsOfRevisionWithTheExpertsComment() {
        long project = NotificationData.projectAtPreDefense("27");
        assertEquals(200, NotificationData.move(TestUser.EXPERT, project, "REVISION", COMMENT));

        List<Map<String, Object>> heard = about(TestUser.COORDINATOR_27, "project", project, "PROJECT_REVISION");
        assertEquals(1, heard.size());
        Map<String, Object> n = heard.get(0);
        assertEquals("/projects/" + project, n.get("path"));
        assertEquals("27", n.get("regionCode"));
        assertEquals(TestUser.EXPERT.username, n.get("actor"));
        assertTrue(((String) n.get("title")).contains("возвращён на доработку"), n.toString());
        assertTrue(((String) n.get("text")).contains(COMMENT), n.toString());
        assertEquals(null, n.get("readAt"));

        Api.as(TestUser.COORDINATOR_27).header("Accept-Language", "en").queryParam("size", 100).get(NOTIFICATIONS)
                .then().statusCode(200).body("items.title", hasItem(containsString("returned for revision")));
    }

    @Test
    void othersHearNothingOfARevisionOfRegion27() {
        long project = NotificationData.projectAtPreDefense("27");
        assertEquals(200, NotificationData.move(TestUser.EXPERT, project, "REVISION", COMMENT));

        assertEquals(List.of(), about(TestUser.COORDINATOR_22, "project", project));
        assertEquals(List.of(), about(TestUser.VIEWER, "project", project));
        assertEquals(List.of(), about(TestUser.EXPERT, "project", project, "PROJECT_REVISION"));
        assertEquals(List.of(), about(TestUser.ADMIN, "project", project));
    }

    @Test
    void expertsHearThatAProjectIsReadyForPreDefenceAndTheMoverDoesNot() {
        long project = ProjectData.createComplete("27");
        ProjectData.move(project, "REFINEMENT");
        assertEquals(200, NotificationData.move(TestUser.COORDINATOR_27, project, "PRE_DEFENSE", "Паспорт готов"));

        List<Map<String, Object>> queued = about(TestUser.EXPERT, "project", project, "PROJECT_QUEUED");
        assertEquals(1, queued.size());
        assertEquals("/projects/" + project + "/assess", queued.get(0).get("path"));
        assertTrue(((String) queued.get(0).get("title")).contains("ждёт оценки"));
        assertEquals(List.of(), about(TestUser.COORDINATOR_27, "project", project));
        assertEquals(List.of(), about(TestUser.VIEWER, "project", project));

        // Defence: the region's coordinator hears of the expert's move, the experts of the queue again
        assertEquals(200, NotificationData.move(TestUser.EXPERT, project, "DEFENSE", "Допущен к защите"));
        assertEquals(1, about(TestUser.COORDINATOR_27, "project", project, "PROJECT_STAGE").size());
        assertEquals(List.of(), about(TestUser.COORDINATOR_22, "project", project));
        assertEquals(1, about(TestUser.EXPERT, "project", project, "PROJECT_QUEUED").size(),
                "the expert who moved it to defence hears nothing of it");
    }

    @Test
    void anExpertOfTheLeadOrganisationHearsNothingOfTheQueue() {
        long project = ProjectData.createComplete("27");
        long lead = Api.as(TestUser.ADMIN).get(ProjectData.PROJECTS + "/" + project).then().statusCode(200)
                .extract().jsonPath().getLong("leadSubject.id");
        AssessmentData.Expert own = AssessmentData.createExpert();
        AssessmentData.setUserSubject(own.id(), lead);
        ProjectData.move(project, "REFINEMENT");
        ProjectData.move(project, "PRE_DEFENSE");

        List<Long> heard = own.api().queryParam("size", 100).get(NOTIFICATIONS).then().statusCode(200)
                .extract().jsonPath().getList("items.objectId", Long.class);
        assertTrue(!heard.contains(project), heard.toString());
        assertEquals(1, about(TestUser.EXPERT, "project", project, "PROJECT_QUEUED").size());
    }

    @Test
    void coordinatorHearsOfAnAssessmentOfTheRegionsProject() {
        long project = NotificationData.projectAtPreDefense("27");
        Api.as(TestUser.EXPERT).body(AssessmentData.assessment(4, 4, 3, 4, 5, 4, "REVISE"))
                .post("/api/v1/projects/" + project + "/assessments").then().statusCode(201);

        List<Map<String, Object>> heard = about(TestUser.COORDINATOR_27, "project", project, "PROJECT_ASSESSED");
        assertEquals(1, heard.size());
        assertTrue(((String) heard.get(0).get("text")).contains("Доработать"), heard.toString());
        assertEquals(List.of(), about(TestUser.COORDINATOR_22, "project", project, "PROJECT_ASSESSED"));
        assertEquals(List.of(), about(TestUser.EXPERT, "project", project, "PROJECT_ASSESSED"));
    }

    @Test
    void practicesRegionHearsOfVerificationBorrowingAdoptionAndDeclaredLinks() {
        long practice = PracticeData.createIn("27", "SUBMITTED");
        Api.as(TestUser.EXPERT).header("If-Match", "\"" + PracticeData.version(practice) + "\"")
                .body(Map.of("to", "VERIFIED")).post(PracticeData.PRACTICES + "/" + practice + "/transitions")
                .then().statusCode(200);
        assertEquals(1, about(TestUser.COORDINATOR_27, "practice", practice, "PRACTICE_VERIFIED").size());

        PracticeData.projectUsing("22", practice);
        List<Map<String, Object>> borrowed = about(TestUser.COORDINATOR_27, "practice", practice,
                "PRACTICE_BORROWED");
        assertEquals(1, borrowed.size());
        assertEquals("/practices/" + practice, borrowed.get(0).get("path"));

        Api.as(TestUser.COORDINATOR_22).body(PracticeData.adoption("22"))
                .post(PracticeData.PRACTICES + "/" + practice + "/adoptions").then().statusCode(201);
        assertEquals(1, about(TestUser.COORDINATOR_27, "practice", practice, "PRACTICE_ADOPTED").size());

        Map<String, Object> link = InfluenceData.link("27", "22");
        link.put("sourcePracticeId", practice);
        Api.as(TestUser.COORDINATOR_22).body(link).post(InfluenceData.LINKS).then().statusCode(201);
        assertEquals(1, about(TestUser.COORDINATOR_27, "practice", practice, "PRACTICE_LINKED").size());

        assertEquals(List.of(), about(TestUser.COORDINATOR_22, "practice", practice));
        assertEquals(List.of(), about(TestUser.VIEWER, "practice", practice));
    }

    @Test
    void aProjectUsingItsOwnRegionsPracticeNotifiesNobody() {
        long practice = PracticeData.createIn("27", "VERIFIED");
        PracticeData.projectUsing("27", practice);
        assertEquals(List.of(), about(TestUser.COORDINATOR_27, "practice", practice, "PRACTICE_BORROWED"));
    }

    @Test
    void readingOneAndAllMovesTheUnreadCount() {
        NotificationData.readAll(TestUser.COORDINATOR_27);
        assertEquals(0, NotificationData.unreadCount(TestUser.COORDINATOR_27));
        long first = NotificationData.projectAtPreDefense("27");
        NotificationData.move(TestUser.EXPERT, first, "REVISION", COMMENT);
        long second = NotificationData.projectAtPreDefense("27");
        NotificationData.move(TestUser.EXPERT, second, "REVISION", COMMENT);
        // Each project: pre-defence (moved by the administrator) and the revision
        assertEquals(4, NotificationData.unreadCount(TestUser.COORDINATOR_27));
        assertEquals(4, NotificationData.page(TestUser.COORDINATOR_27).getLong("unreadCount"));
        Api.as(TestUser.COORDINATOR_27).queryParam("unread", "true").get(NOTIFICATIONS).then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.readAt", org.hamcrest.Matchers.everyItem(nullValue()));

        Object id = about(TestUser.COORDINATOR_27, "project", first, "PROJECT_REVISION").get(0).get("id");
        Api.as(TestUser.COORDINATOR_27).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(200)
                .body("readAt", notNullValue()).body("id", equalTo(id));
        assertEquals(3, NotificationData.unreadCount(TestUser.COORDINATOR_27));
        String readAt = Api.as(TestUser.COORDINATOR_27).post(NOTIFICATIONS + "/" + id + "/read").then()
                .statusCode(200).extract().path("readAt");
        assertEquals(3, NotificationData.unreadCount(TestUser.COORDINATOR_27), "reading twice counts once");
        assertEquals(readAt, about(TestUser.COORDINATOR_27, "project", first, "PROJECT_REVISION").get(0)
                .get("readAt"));

        Api.as(TestUser.COORDINATOR_27).post(NOTIFICATIONS + "/read-all").then().statusCode(200)
                .body("marked", equalTo(3));
        assertEquals(0, NotificationData.unreadCount(TestUser.COORDINATOR_27));
    }

    @Test
    void nobodyReadsAnothersNotification() {
        long project = NotificationData.projectAtPreDefense("27");
        NotificationData.move(TestUser.EXPERT, project, "REVISION", COMMENT);
        Object id = about(TestUser.COORDINATOR_27, "project", project, "PROJECT_REVISION").get(0).get("id");

        Api.as(TestUser.COORDINATOR_22).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(TestUser.ADMIN).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(404);
        Api.as(TestUser.COORDINATOR_22).post(NOTIFICATIONS + "/987654321/read").then().statusCode(404);
        Api.as(TestUser.COORDINATOR_22).post(NOTIFICATIONS + "/abc/read").then().statusCode(400);
        assertEquals(null, about(TestUser.COORDINATOR_27, "project", project, "PROJECT_REVISION").get(0)
                .get("readAt"), "another's attempt leaves it unread");
    }

    @Test
    void pagesComeNewestFirst() {
        long older = NotificationData.projectAtPreDefense("27");
        NotificationData.move(TestUser.EXPERT, older, "REVISION", COMMENT);
        long newer = NotificationData.projectAtPreDefense("27");
        NotificationData.move(TestUser.EXPERT, newer, "REVISION", COMMENT);

        var first = Api.as(TestUser.COORDINATOR_27).queryParam("size", 1).get(NOTIFICATIONS).then().statusCode(200)
                .body("size", equalTo(1)).body("page", equalTo(0)).extract().jsonPath();
        assertEquals(newer, first.getLong("items[0].objectId"));
        assertEquals("PROJECT_REVISION", first.getString("items[0].kind"));
        assertTrue(first.getLong("totalItems") >= 4);
        var third = Api.as(TestUser.COORDINATOR_27).queryParam("size", 1).queryParam("page", 2).get(NOTIFICATIONS)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(older, third.getLong("items[0].objectId"));
        assertEquals("PROJECT_REVISION", third.getString("items[0].kind"));

        Api.as(TestUser.COORDINATOR_27).queryParam("sort", "title").get(NOTIFICATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        Api.as(TestUser.COORDINATOR_27).queryParam("size", 101).get(NOTIFICATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        Api.as(TestUser.COORDINATOR_27).queryParam("unread", "maybe").get(NOTIFICATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("unread"));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 3; i++) {
            NotificationData.move(TestUser.EXPERT, NotificationData.projectAtPreDefense("27"), "REVISION", COMMENT);
        }
        long small = StatementCounter.count(() -> Api.as(TestUser.COORDINATOR_27).queryParam("size", 2)
                .get(NOTIFICATIONS).then().statusCode(200));
        long large = StatementCounter.count(() -> Api.as(TestUser.COORDINATOR_27).queryParam("size", 100)
                .get(NOTIFICATIONS).then().statusCode(200));
        assertEquals(small, large);
        assertTrue(large <= 4, "count, page and unread count: " + large);
    }

    @Test
    void signInIsRequired() {
        Api.anonymous().get(NOTIFICATIONS).then().statusCode(401);
        Api.anonymous().get(NOTIFICATIONS + "/unread-count").then().statusCode(401);
        Api.anonymous().post(NOTIFICATIONS + "/read-all").then().statusCode(401);
        Api.anonymous().post(NOTIFICATIONS + "/1/read").then().statusCode(401);
    }
}
