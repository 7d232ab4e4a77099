package ru.efs.portfolio.session;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.SessionData.SESSIONS;
import static ru.efs.portfolio.support.SessionData.allRussianSession;
import static ru.efs.portfolio.support.SessionData.attachDeficit;
import static ru.efs.portfolio.support.SessionData.create;
import static ru.efs.portfolio.support.SessionData.createInStatus;
import static ru.efs.portfolio.support.SessionData.createPerson;
import static ru.efs.portfolio.support.SessionData.createSeries;
import static ru.efs.portfolio.support.SessionData.futureSession;
import static ru.efs.portfolio.support.SessionData.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class SessionResourceTest {

    private static String path(long id) {
        return SESSIONS + "/" + id;
    }

    private static ValidatableResponse transition(TestUser user, long id, String to, String ifMatch) {
        var request = as(user).body(Map.of("to", to, "comment", "Сессия прошла в Хабаровске"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path(id) + "/transitions").then();
    }

    private static String etag(long id) {
        return as(TestUser.ADMIN).get(path(id)).then().statusCode(200).extract().header("ETag");
    }

    private static String statusOf(long id) {
        return as(TestUser.VIEWER).get(path(id)).then().statusCode(200).extract().jsonPath().getString("status");
    }

    // ---- create and read ----

    @Test
    void adminCreatesKhabarovskSessionWithEverythingAndReadsItBack() {
        long organizer = TestData.createSubject("22");
        long institute = TestData.createSubject("27");
        long centre = TestData.createSubject("27");
        long lead = createPerson("Кочешкова Ирина Юрьевна");
        long expert = createPerson("Воронушкина Ольга Владимировна");
        long series = createSeries("Стратегические сессии НМЦ АлтГПУ 2023");
        Map<String, Object> body = session("27");
        body.put("venue", "КГАОУ ДПО «Хабаровский краевой институт развития образования»");
        body.put("participantCount", 120);
        body.put("goals", "Выявить дефициты региональных субъектов ЕФС");
        body.put("summary", "Команды предложили пять проектных решений, среди них «Партнерское наставничество»");
        body.put("seriesId", series);
        body.put("participantTypes", List.of("REGIONAL_AUTHORITY", "CNPPM", "CNPPM"));
        body.put("organizerIds", List.of(organizer));
        body.put("subjectIds", List.of(institute, centre, institute));
        body.put("regionCodes", List.of("22", "04"));
        body.put("people", List.of(Map.of("personId", lead, "role", "LEAD_EXPERT"),
                Map.of("personId", expert, "role", "EXPERT")));

        long id = as(TestUser.ADMIN).body(body).post(SESSIONS).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"))
                .body("createdBy", equalTo("admin"))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(path(id)).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("number", is(6))
                .body("format", equalTo("REGIONAL"))
                .body("hostRegionCode", equalTo("27"))
                .body("hostRegionName", equalTo("Хабаровский край"))
                .body("city", equalTo("Хабаровск"))
                .body("venue", equalTo(body.get("venue")))
                .body("startDate", equalTo("2023-10-10"))
                .body("endDate", equalTo("2023-10-11"))
                .body("participantCount", is(120))
                .body("goals", equalTo(body.get("goals")))
                .body("summary", equalTo(body.get("summary")))
                .body("seriesId", is((int) series))
                .body("series.id", is((int) series))
                .body("series.title", equalTo("Стратегические сессии НМЦ АлтГПУ 2023"))
                .body("participantTypes", containsInAnyOrder("REGIONAL_AUTHORITY", "CNPPM"))
                .body("organizerIds", equalTo(List.of((int) organizer)))
                .body("organizers[0].id", is((int) organizer))
                .body("organizers[0].title", equalTo("ЦНППМ"))
                .body("subjectIds", containsInAnyOrder((int) institute, (int) centre))
                .body("subjects", hasSize(2))
                .body("regionCodes", equalTo(List.of("04", "22", "27")))
                .body("regions.find { it.code == '27' }.name", equalTo("Хабаровский край"))
                .body("people", hasSize(2))
                .body("people[0].personId", is((int) lead))
                .body("people[0].fullName", equalTo("Кочешкова Ирина Юрьевна"))
                .body("people[0].role", equalTo("LEAD_EXPERT"))
                .body("people[1].role", equalTo("EXPERT"))
                .body("allowedTransitions", equalTo(List.of("HELD", "CANCELLED")))
                .body("version", is(0))
                .body("updatedBy", equalTo("admin"));
    }

    @Test
    void allRussianSessionInMoscowIsCreatedAndHostRegionIsOptionalForIt() {
        as(TestUser.ADMIN).body(allRussianSession()).post(SESSIONS).then().statusCode(201)
                .body("format", equalTo("ALL_RUSSIAN"))
                .body("hostRegionCode", equalTo("77"))
                .body("regionCodes", equalTo(List.of("77")))
                .body("participantCount", is(89));

        Map<String, Object> noHost = allRussianSession();
        noHost.remove("hostRegionCode");
        as(TestUser.EXPERT).body(noHost).post(SESSIONS).then().statusCode(201)
                .body("hostRegionCode", nullValue())
                .body("regionCodes", hasSize(0));
    }

    @Test
    void regionalAndInterregionalSessionsNeedHostRegion() {
        for (String format : List.of("REGIONAL", "INTERREGIONAL")) {
            Map<String, Object> body = session(null);
            body.put("format", format);
            as(TestUser.ADMIN).body(body).post(SESSIONS).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("hostRegionCode"))
                    .body("errors[0].message", containsString("регион проведения"));
        }
    }

    @Test
    void pastSessionCanBeRecordedHeldOrLaterButNeverCancelled() {
        for (String status : List.of("PLANNED", "HELD", "POST_SESSION_SUPPORT", "COMPLETED")) {
            Map<String, Object> body = session("27");
            body.put("status", status);
            as(TestUser.ADMIN).body(body).post(SESSIONS).then().statusCode(201).body("status", equalTo(status));
        }
        Map<String, Object> cancelled = session("27");
        cancelled.put("status", "CANCELLED");
        as(TestUser.ADMIN).body(cancelled).post(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));

        Map<String, Object> heldInFuture = futureSession("27");
        heldInFuture.put("status", "HELD");
        as(TestUser.ADMIN).body(heldInFuture).post(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        as(TestUser.ADMIN).body(futureSession("27")).post(SESSIONS).then().statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("allowedTransitions", equalTo(List.of("CANCELLED")));
    }

    // ---- validation ----

    /** Sends a changed copy of a valid session and expects a 400 naming the field. */
    private static void refused(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = session("27");
        change.accept(body);
        as(TestUser.ADMIN).body(body).post(SESSIONS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void eachFieldRuleIsA400NamingTheField() {
        refused("title", b -> b.put("title", " "));
        refused("title", b -> b.remove("title"));
        refused("title", b -> b.put("title", "С".repeat(501)));
        refused("number", b -> b.put("number", 0));
        refused("number", b -> b.put("number", 1001));
        refused("number", b -> b.put("number", "шестая"));
        refused("format", b -> b.remove("format"));
        refused("format", b -> b.put("format", "GALACTIC"));
        refused("hostRegionCode", b -> b.put("hostRegionCode", "2"));
        refused("hostRegionCode", b -> b.put("hostRegionCode", "00"));
        refused("city", b -> b.put("city", "Х".repeat(101)));
        refused("venue", b -> b.put("venue", "Х".repeat(501)));
        refused("startDate", b -> b.remove("startDate"));
        refused("endDate", b -> b.remove("endDate"));
        refused("startDate", b -> b.put("startDate", "2023-13-45"));
        refused("startDate", b -> b.put("startDate", "10.10.2023"));
        refused("startDate", b -> {
            b.put("startDate", "1999-10-10");
            b.put("endDate", "1999-10-11");
        });
        refused("endDate", b -> b.put("endDate", "2101-01-01"));
        refused("participantCount", b -> b.put("participantCount", -1));
        refused("participantCount", b -> b.put("participantCount", 100001));
        refused("goals", b -> b.put("goals", "ц".repeat(4001)));
        refused("summary", b -> b.put("summary", "ц".repeat(8001)));
        refused("seriesId", b -> b.put("seriesId", 987654321));
        refused("seriesId", b -> b.put("seriesId", 0));
        refused("participantTypes[0]", b -> b.put("participantTypes", Collections.singletonList(null)));
        refused("participantTypes[0]", b -> b.put("participantTypes", List.of("WIZARDS")));
        refused("regionCodes", b -> b.put("regionCodes", Collections.nCopies(90, "27")));
        refused("regionCodes[1]", b -> b.put("regionCodes", List.of("22", "00")));
        refused("regionCodes[0]", b -> b.put("regionCodes", List.of("Хабаровский край")));
        refused("subjectIds[1]", b -> b.put("subjectIds", List.of(TestData.createSubject("27"), 987654321)));
        refused("subjectIds", b -> b.put("subjectIds", Collections.nCopies(501, 1)));
        refused("organizerIds[0]", b -> b.put("organizerIds", List.of(987654321)));
        refused("organizerIds[0]", b -> b.put("organizerIds", List.of(-3)));
        refused("people[0].personId", b -> b.put("people", List.of(Map.of("personId", 987654321, "role", "EXPERT"))));
        refused("people[0].role", b -> b.put("people", List.of(Map.of("personId", 1))));
        refused("people", b -> b.put("people", "Кочешкова"));
        refused("version", b -> b.put("version", -1));
    }

    @Test
    void endDateBeforeStartDateIsA400OnEndDate() {
        Map<String, Object> body = session("27");
        body.put("startDate", "2023-10-11");
        body.put("endDate", "2023-10-10");
        as(TestUser.ADMIN).body(body).post(SESSIONS).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", equalTo("Дата окончания не может быть раньше даты начала."));
    }

    @Test
    void sessionLastsAtMost31Days() {
        Map<String, Object> longest = session("27");
        longest.put("startDate", "2023-10-01");
        longest.put("endDate", "2023-10-31");
        as(TestUser.ADMIN).body(longest).post(SESSIONS).then().statusCode(201);

        Map<String, Object> tooLong = session("27");
        tooLong.put("startDate", "2023-10-01");
        tooLong.put("endDate", "2023-11-01");
        as(TestUser.ADMIN).body(tooLong).post(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", containsString("31"));
    }

    @Test
    void allUnknownReferencesAreReportedAtOnce() {
        Map<String, Object> body = session("27");
        body.put("seriesId", 987654321);
        body.put("regionCodes", List.of("22", "00", "99"));
        body.put("people", List.of(Map.of("personId", 987654321, "role", "EXPERT")));
        as(TestUser.ADMIN).body(body).post(SESSIONS).then().statusCode(400)
                .body("errors.field", hasItems("seriesId", "regionCodes[1]", "regionCodes[2]", "people[0].personId"));
    }

    @Test
    void malformedBodiesAndBadIdsAreA400() {
        as(TestUser.ADMIN).body("{\"title\": ").post(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).post(SESSIONS).then().statusCode(400);
        as(TestUser.ADMIN).contentType("text/plain").body("сессия").post(SESSIONS).then().statusCode(415);
        as(TestUser.VIEWER).get(SESSIONS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(SESSIONS + "/0").then().statusCode(400);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "HELD"))
                .post(SESSIONS + "/x/transitions").then().statusCode(400);
        as(TestUser.ADMIN).header("If-Match", "не версия").body(session("27")).put(path(create(session("27"))))
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    // ---- update ----

    @Test
    void updateChangesEveryFieldButStatusAndAnswersNewEtag() {
        long id = create(session("27"));
        long subject = TestData.createSubject("27");
        Map<String, Object> changed = session("27");
        changed.put("city", "г. Хабаровск");
        changed.put("number", 7);
        changed.put("subjectIds", List.of(subject));
        changed.put("regionCodes", List.of("25"));
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(changed).put(path(id)).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", is(1))
                .body("city", equalTo("г. Хабаровск"))
                .body("number", is(7))
                .body("subjectIds", equalTo(List.of((int) subject)))
                .body("regionCodes", equalTo(List.of("25", "27")))
                .body("status", equalTo("PLANNED"))
                .body("updatedBy", equalTo(TestUser.EXPERT.username));
    }

    @Test
    void statusInUpdateMustBeTheCurrentOneOrAbsent() {
        long id = create(session("27"));
        Map<String, Object> sameStatus = session("27");
        sameStatus.put("status", "PLANNED");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(sameStatus).put(path(id)).then().statusCode(200);

        Map<String, Object> otherStatus = session("27");
        otherStatus.put("status", "COMPLETED");
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(otherStatus).put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("transitions"));
        assertEquals("PLANNED", statusOf(id));
    }

    @Test
    void changingOnlyACollectionMovesTheVersionAndAnUnchangedPutDoesNot() {
        Map<String, Object> body = session("27");
        long id = create(body);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200)
                .header("ETag", "\"0\"");

        body.put("participantTypes", List.of("CNPPM"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200)
                .header("ETag", "\"1\"").body("participantTypes", equalTo(List.of("CNPPM")));

        body.put("people", List.of(Map.of("personId", createPerson("Воронушкина Ольга Владимировна"),
                "role", "MODERATOR")));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(path(id)).then().statusCode(200)
                .header("ETag", "\"2\"").body("people[0].role", equalTo("MODERATOR"));
    }

    @Test
    void heldSessionCannotBeMovedIntoTheFuture() {
        Map<String, Object> body = session("27");
        body.put("status", "HELD");
        long id = create(body);
        Map<String, Object> future = futureSession("27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(future).put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void missingSessionIs404Everywhere() {
        String missing = path(987654321);
        as(TestUser.VIEWER).get(missing).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(session("27")).put(missing).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(missing).then().statusCode(404);
        transition(TestUser.ADMIN, 987654321, "HELD", "\"0\"").statusCode(404);
        as(TestUser.VIEWER).get(missing + "/history").then().statusCode(404);
    }

    @Test
    void staleUpdateIs412AndNamesWhoChangedIt() {
        long id = create(session("27"));
        Map<String, Object> first = session("27");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(first).put(path(id)).then().statusCode(200);

        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(session("27")).put(path(id)).then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username))
                .body("details.currentVersion", is(1));
        as(TestUser.VIEWER).get(path(id)).then().body("title", equalTo(first.get("title")));
    }

    @Test
    void writesWithoutVersionAre428AndTheVersionFieldWorksInsteadOfIfMatch() {
        long id = create(session("27"));
        as(TestUser.ADMIN).body(session("27")).put(path(id)).then().statusCode(428);
        as(TestUser.ADMIN).delete(path(id)).then().statusCode(428);
        transition(TestUser.ADMIN, id, "HELD", null).statusCode(428);

        Map<String, Object> body = session("27");
        body.put("version", 0);
        as(TestUser.ADMIN).body(body).put(path(id)).then().statusCode(200).header("ETag", "\"1\"");
        as(TestUser.ADMIN).body(Map.of("to", "HELD", "version", 1)).post(path(id) + "/transitions").then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("HELD"));
    }

    // ---- who may do what ----

    @Test
    void anonymousCallerGets401() {
        anonymous().get(SESSIONS).then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json");
        anonymous().body(session("27")).post(SESSIONS).then().statusCode(401);
        anonymous().get(path(1) + "/history").then().statusCode(401);
        anonymous().body(Map.of("to", "HELD")).post(path(1) + "/transitions").then().statusCode(401);
    }

    @Test
    void viewerReadsButCannotWrite() {
        long id = create(session("27"));
        as(TestUser.VIEWER).get(SESSIONS).then().statusCode(200);
        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200);
        as(TestUser.VIEWER).body(session("27")).post(SESSIONS).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUser.VIEWER).header("If-Match", "\"0\"").body(session("27")).put(path(id)).then().statusCode(403);
        as(TestUser.VIEWER).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(403);
        transition(TestUser.VIEWER, id, "HELD", "\"0\"").statusCode(403);
        assertEquals("PLANNED", statusOf(id));
    }

    @Test
    void expertWritesSessionsOfAnyRegion() {
        long id = as(TestUser.EXPERT).body(session("22")).post(SESSIONS).then().statusCode(201)
                .body("createdBy", equalTo(TestUser.EXPERT.username)).extract().jsonPath().getLong("id");
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(session("04")).put(path(id)).then().statusCode(200);
        transition(TestUser.EXPERT, id, "HELD", "\"1\"").statusCode(200);
        as(TestUser.EXPERT).header("If-Match", "\"2\"").delete(path(id)).then().statusCode(204);
    }

    @Test
    void coordinatorCreatesSessionsHostedInOwnRegionOnly() {
        as(TestUser.COORDINATOR_27).body(session("27")).post(SESSIONS).then().statusCode(201);
        as(TestUser.COORDINATOR_27).body(session("22")).post(SESSIONS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));
        Map<String, Object> noHost = allRussianSession();
        noHost.remove("hostRegionCode");
        as(TestUser.COORDINATOR_27).body(noHost).post(SESSIONS).then().statusCode(403);
        // Taking part is not hosting: a session in 22 with region 27 among the participants is still not 27's.
        Map<String, Object> participating = session("22");
        participating.put("regionCodes", List.of("27"));
        as(TestUser.COORDINATOR_27).body(participating).post(SESSIONS).then().statusCode(403);
    }

    @Test
    void coordinatorCannotChangeAnotherRegionsSessionNorMoveOwnSessionAway() {
        long altai = create(session("22"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(session("27")).put(path(altai))
                .then().statusCode(403);
        transition(TestUser.COORDINATOR_27, altai, "HELD", "\"0\"").statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(path(altai)).then().statusCode(403);
        as(TestUser.VIEWER).get(path(altai)).then().body("status", equalTo("PLANNED")).body("version", is(0));

        long own = create(session("27"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(session("22")).put(path(own))
                .then().statusCode(403);
        as(TestUser.VIEWER).get(path(own)).then().body("hostRegionCode", equalTo("27")).body("version", is(0));
        transition(TestUser.COORDINATOR_27, own, "HELD", "\"0\"").statusCode(200);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"1\"").delete(path(own)).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").delete(path(own)).then().statusCode(204);
    }

    // ---- transitions ----

    @Test
    void allowedChainPlannedHeldPostSessionSupportCompletedPasses() {
        long id = create(session("27"));
        transition(TestUser.EXPERT, id, "HELD", "\"0\"").statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("HELD")).body("version", is(1))
                .body("allowedTransitions", equalTo(List.of("POST_SESSION_SUPPORT", "COMPLETED")));
        transition(TestUser.EXPERT, id, "POST_SESSION_SUPPORT", "\"1\"").statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("POST_SESSION_SUPPORT"));
        transition(TestUser.COORDINATOR_27, id, "COMPLETED", "\"2\"").statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("COMPLETED"))
                .body("allowedTransitions", hasSize(0));
        assertEquals("\"3\"", etag(id));
    }

    @Test
    void heldMayGoStraightToCompletedAndPlannedMayBeCancelled() {
        long held = createInStatus("HELD");
        transition(TestUser.ADMIN, held, "COMPLETED", "\"0\"").statusCode(200).body("status", equalTo("COMPLETED"));
        long planned = create(futureSession("27"));
        transition(TestUser.ADMIN, planned, "CANCELLED", "\"0\"").statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void everyForbiddenTransitionIs409AndLeavesTheStatusUnchanged() {
        List<String> checked = new ArrayList<>();
        for (SessionStatus from : SessionStatus.values()) {
            long id = createInStatus(from.name());
            String version = etag(id);
            for (SessionStatus to : SessionStatus.values()) {
                if (from.canMoveTo(to)) {
                    continue;
                }
                transition(TestUser.ADMIN, id, to.name(), version)
                        .statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", containsString("invalid-transition"))
                        .body("errors[0].field", equalTo("to"))
                        .body("detail", containsString("(" + from.name() + ")"))
                        .body("detail", containsString("(" + to.name() + ")"));
                as(TestUser.VIEWER).get(path(id)).then()
                        .body("status", equalTo(from.name()))
                        .header("ETag", version);
                checked.add(from + "→" + to);
            }
        }
        assertTrue(checked.containsAll(List.of("CANCELLED→PLANNED", "CANCELLED→HELD", "COMPLETED→PLANNED",
                "COMPLETED→POST_SESSION_SUPPORT", "PLANNED→COMPLETED", "PLANNED→POST_SESSION_SUPPORT",
                "HELD→PLANNED", "HELD→CANCELLED", "POST_SESSION_SUPPORT→HELD", "PLANNED→PLANNED")), checked::toString);
    }

    @Test
    void forbiddenTransitionSaysWhatIsAllowedInEitherLanguage() {
        long id = create(session("27"));
        transition(TestUser.ADMIN, id, "COMPLETED", "\"0\"").statusCode(409)
                .body("detail", equalTo("Сессию в статусе «запланирована (PLANNED)» нельзя перевести в статус "
                        + "«завершена (COMPLETED)». Допустимо: проведена (HELD), отменена (CANCELLED)."));
        long cancelled = createInStatus("CANCELLED");
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"1\"")
                .body(Map.of("to", "PLANNED")).post(path(cancelled) + "/transitions").then().statusCode(409)
                .body("detail", containsString("none, this status is final"));
    }

    @Test
    void futureSessionCannotBeMarkedHeld() {
        long id = create(futureSession("27"));
        transition(TestUser.ADMIN, id, "HELD", "\"0\"").statusCode(409)
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString(LocalDate.now().plusYears(1).toString()));
        as(TestUser.VIEWER).get(path(id)).then().body("status", equalTo("PLANNED")).body("version", is(0));

        Map<String, Object> today = session("27");
        today.put("startDate", LocalDate.now().toString());
        today.put("endDate", LocalDate.now().plusDays(1).toString());
        transition(TestUser.ADMIN, create(today), "HELD", "\"0\"").statusCode(200);
    }

    @Test
    void staleTransitionIs412AndChangesNothing() {
        long id = create(session("27"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(session("27")).put(path(id)).then().statusCode(200);
        transition(TestUser.EXPERT, id, "HELD", "\"0\"").statusCode(412)
                .body("details.currentVersion", is(1))
                .body("detail", containsString("admin"));
        assertEquals("PLANNED", statusOf(id));
    }

    @Test
    void transitionBodyIsValidated() {
        long id = create(session("27"));
        transition(TestUser.ADMIN, id, "DONE", "\"0\"").statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("POST_SESSION_SUPPORT"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("comment", "без статуса"))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "HELD", "comment", "к".repeat(2001)))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        assertEquals("PLANNED", statusOf(id));
    }

    // ---- delete and history ----

    @Test
    void deleteAnswers204AndTheSessionIsGoneButItsHistoryStays() {
        long person = createPerson("Кочешкова Ирина Юрьевна");
        Map<String, Object> body = session("27");
        body.put("subjectIds", List.of(TestData.createSubject("27")));
        body.put("people", List.of(Map.of("personId", person, "role", "LEAD_EXPERT")));
        long id = create(body);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(204);
        as(TestUser.ADMIN).get(path(id)).then().statusCode(404);
        as(TestUser.ADMIN).get(path(id) + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"))
                .body("[1].action", equalTo("CREATED"));
    }

    @Test
    void deletingSessionWithIdentifiedDeficitsIs409ListingThem() {
        long id = create(session("27"));
        attachDeficit(id, "27");
        attachDeficit(id, "27");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("details.dependents[0].type", equalTo("deficits"))
                .body("details.dependents[0].count", is(2))
                .body("detail", containsString("дефициты: 2"));
        as(TestUser.VIEWER).get(path(id)).then().statusCode(200);
    }

    @Test
    void historyShowsTheStatusChangeAndWhoMadeIt() {
        long id = create(session("27"));
        Map<String, Object> edited = session("27");
        edited.put("city", "г. Хабаровск");
        edited.put("regionCodes", List.of("22"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(edited).put(path(id)).then().statusCode(200);
        transition(TestUser.EXPERT, id, "HELD", "\"1\"").statusCode(200);

        as(TestUser.VIEWER).get(path(id) + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo(TestUser.EXPERT.username))
                .body("[0].changedAt", notNullValue())
                .body("[0].changes", hasSize(1))
                .body("[0].changes[0].field", equalTo("status"))
                .body("[0].changes[0].from", equalTo("PLANNED"))
                .body("[0].changes[0].to", equalTo("HELD"))
                .body("[1].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[1].changes.field", hasItems("city", "title", "regionCodes"))
                .body("[1].changes.find { it.field == 'regionCodes' }.to", equalTo(List.of("22", "27")))
                .body("[2].action", equalTo("CREATED"))
                .body("[2].changedBy", equalTo("admin"));
    }

    // ---- the list ----

    /** Sessions with a shared marker in their titles, so that each list test sees only its own. */
    private static long createMarked(String marker, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = session("27");
        body.put("title", "Стратегическая сессия " + marker + " " + TestData.unique(""));
        change.accept(body);
        return create(body);
    }

    private static List<Integer> listIds(Map<String, ?> query) {
        return as(TestUser.VIEWER).queryParams(query).get(SESSIONS).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Integer.class);
    }

    @Test
    void listFiltersByYearFormatStatusRegionDistrictSeriesAndText() {
        String marker = "фильтр" + System.nanoTime();
        long series = createSeries("Серия АлтГПУ " + marker);
        long khabarovsk2023 = createMarked(marker, b -> b.put("seriesId", series));
        long altai2022 = createMarked(marker, b -> {
            b.put("hostRegionCode", "22");
            b.put("city", "Барнаул");
            b.put("startDate", "2022-05-17");
            b.put("endDate", "2022-05-18");
            b.put("regionCodes", List.of("27"));
        });
        long moscow = createMarked(marker, b -> {
            b.put("format", "ALL_RUSSIAN");
            b.put("hostRegionCode", "77");
            b.put("city", "Москва");
            b.put("startDate", "2023-12-07");
            b.put("endDate", "2023-12-08");
            b.put("status", "COMPLETED");
        });
        long noHostWith27 = createMarked(marker, b -> {
            b.put("format", "ALL_RUSSIAN");
            b.remove("hostRegionCode");
            b.put("regionCodes", List.of("27", "04"));
            b.put("startDate", "2024-02-01");
            b.put("endDate", "2024-02-02");
        });

        assertEquals(List.of((int) noHostWith27, (int) moscow, (int) khabarovsk2023, (int) altai2022),
                listIds(Map.of("q", marker)), "default order is newest first");
        assertEquals(List.of((int) moscow, (int) khabarovsk2023), listIds(Map.of("q", marker, "year", "2023")));
        assertEquals(List.of((int) altai2022), listIds(Map.of("q", marker, "year", "2022")));
        assertEquals(List.of((int) noHostWith27, (int) moscow), listIds(Map.of("q", marker, "sessionFormat", "ALL_RUSSIAN")));
        assertEquals(List.of((int) moscow), listIds(Map.of("q", marker, "status", "completed")));
        assertEquals(List.of((int) noHostWith27, (int) khabarovsk2023, (int) altai2022),
                listIds(Map.of("q", marker, "regionCode", "27")), "participating regions count");
        assertEquals(List.of((int) noHostWith27), listIds(Map.of("q", marker, "regionCode", "04")));
        assertEquals(List.of((int) altai2022), listIds(Map.of("q", marker, "federalDistrictCode", "SIBFD")));
        assertEquals(List.of((int) khabarovsk2023), listIds(Map.of("q", marker, "seriesId", String.valueOf(series))));
        assertEquals(List.of((int) altai2022), listIds(Map.of("q", marker, "regionCode", "22")));
        assertEquals(List.of((int) altai2022), listIds(Map.of("q", "Барнаул", "year", "2022", "regionCode", "22")));
        assertEquals(List.of((int) altai2022, (int) khabarovsk2023, (int) moscow, (int) noHostWith27),
                listIds(Map.of("q", marker, "sort", "startDate,asc")));

        as(TestUser.VIEWER).queryParam("q", marker).queryParam("regionCode", "22").get(SESSIONS).then()
                .statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].hostRegionCode", equalTo("22"))
                .body("items[0].hostRegionName", equalTo("Алтайский край"))
                .body("items[0].regionCodes", equalTo(List.of("22", "27")))
                .body("items[0].startDate", equalTo("2022-05-17"))
                .body("items[0].status", equalTo("PLANNED"))
                .body("items[0].subjectIds", hasSize(0))
                .body("items[0].version", is(0));
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("seriesId", series).get(SESSIONS).then()
                .body("items[0].seriesTitle", equalTo("Серия АлтГПУ " + marker));
    }

    @Test
    void listPagesAndSorts() {
        String marker = "страницы" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            int number = i;
            createMarked(marker, b -> b.put("number", number));
        }
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("sort", "number,desc").queryParam("size", 2)
                .queryParam("page", 1).get(SESSIONS).then().statusCode(200)
                .body("items.number", equalTo(List.of(3, 2)))
                .body("page", is(1)).body("size", is(2)).body("totalItems", is(5)).body("totalPages", is(3));
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("sort", "title").queryParam("page", 9)
                .get(SESSIONS).then().statusCode(200).body("items", hasSize(0)).body("totalItems", is(5));
        for (String sort : List.of("startDate", "title", "number", "status", "id")) {
            as(TestUser.VIEWER).queryParam("sort", sort + ",asc").get(SESSIONS).then().statusCode(200);
        }
    }

    @Test
    void badFiltersAndPagingAreA400NamingTheParameter() {
        for (String year : List.of("1999", "2101", "двадцать третий", "2023.5")) {
            as(TestUser.VIEWER).queryParam("year", year).get(SESSIONS).then().statusCode(400)
                    .body("errors[0].field", equalTo("year"))
                    .body("errors[0].message", containsString("2000"));
        }
        as(TestUser.VIEWER).queryParam("sessionFormat", "ONLINE").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("sessionFormat"));
        as(TestUser.VIEWER).queryParam("status", "DONE").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(TestUser.VIEWER).queryParam("regionCode", "00").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "XFD").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("federalDistrictCode"));
        as(TestUser.VIEWER).queryParam("seriesId", "первая").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("seriesId"));
        as(TestUser.VIEWER).queryParam("sort", "city,asc").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(TestUser.VIEWER).queryParam("sort", "title,up").get(SESSIONS).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "-1").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("size", "101").get(SESSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        String marker = "запросы" + System.nanoTime();
        long series = createSeries("Серия " + marker);
        for (int i = 0; i < 12; i++) {
            long subject = TestData.createSubject(i % 2 == 0 ? "27" : "22");
            createMarked(marker, b -> {
                b.put("seriesId", series);
                b.put("subjectIds", List.of(subject));
                b.put("regionCodes", List.of("22", "04"));
            });
        }
        long small = statementsForPage(marker, 2);
        long large = statementsForPage(marker, 12);
        // count, page, then one batch each for host regions, series, participating regions and subjects
        assertEquals(small, large, "statements for a page of 2 and of 12");
        assertTrue(large <= 6, "a page takes " + large + " statements");
    }

    private static long statementsForPage(String marker, int size) {
        return StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("q", marker).queryParam("size", size)
                .get(SESSIONS).then().statusCode(200)
                .body("items", hasSize(size))
                .body("items.regionCodes", everyItem(equalTo(List.of("04", "22", "27"))))
                .body("items.subjectIds", everyItem(hasSize(1)))
                .body("items.seriesTitle", everyItem(not(nullValue()))));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        as(TestUser.VIEWER).header("Accept-Language", "en").get(path(987654321)).then().statusCode(404)
                .body("detail", containsString("There is no strategic session"));
        Map<String, Object> body = session(null);
        as(TestUser.ADMIN).header("Accept-Language", "en").body(body).post(SESSIONS).then().statusCode(400)
                .body("errors[0].message", containsString("host region"));
    }
}
