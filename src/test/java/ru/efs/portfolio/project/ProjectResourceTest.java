package ru.efs.portfolio.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PROJECTS;
import static ru.efs.portfolio.support.ProjectData.completeProject;
import static ru.efs.portfolio.support.ProjectData.createDeficit;
import static ru.efs.portfolio.support.ProjectData.createPractice;
import static ru.efs.portfolio.support.ProjectData.indicator;
import static ru.efs.portfolio.support.ProjectData.project;
import static ru.efs.portfolio.support.ProjectData.sharedPortfolio;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.practice.AdoptionOutcome;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeAdoption;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void projectCannotBorrowAnotherRegionsDraftPractice() {
        long portfolio = sharedPortfolio("27");
        for (String status : List.of("DRAFT", "ARCHIVED")) {
            long altai = PracticeData.createIn("22", status);
            String title = as(TestUser.ADMIN).get(PracticeData.PRACTICES + "/" + altai).then()
                    .extract().jsonPath().getString("title");
            for (TestUser writer : List.of(TestUser.COORDINATOR_27, TestUser.ADMIN)) {
                Map<String, Object> body = project(portfolio);
                body.put("practiceIds", List.of(createPractice("27"), altai));
                as(writer).header("Accept-Language", "ru").body(body).post(PROJECTS).then().statusCode(400)
                        .body("errors.field", hasItem("practiceIds[1]"))
                        .body("errors.message", hasItem(containsString(title)))
                        .body("errors.message", hasItem(containsString("опубликована")));
            }
            long id = ProjectData.create(project(portfolio));
            Map<String, Object> update = project(portfolio);
            update.put("practiceIds", List.of(altai));
            as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(update).put(PROJECTS + "/" + id)
                    .then().statusCode(400).body("errors.field", hasItem("practiceIds[0]"));
            as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().body("practiceIds", hasSize(0))
                    .body("version", is(0));
        }
        for (String status : List.of("SUBMITTED", "VERIFIED", "RECOMMENDED")) {
            Map<String, Object> body = project(portfolio);
            body.put("practiceIds", List.of(PracticeData.createIn("22", status)));
            as(TestUser.COORDINATOR_27).body(body).post(PROJECTS).then().statusCode(201);
        }
    }

    @Test
    void ownDraftPracticeMayBeUsedByOwnProject() {
        long ownDraft = PracticeData.createIn("27", "DRAFT");
        long ownArchived = PracticeData.createIn("27", "ARCHIVED");
        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("practiceIds", List.of(ownDraft, ownArchived));
        as(TestUser.COORDINATOR_27).body(body).post(PROJECTS).then().statusCode(201)
                .body("practiceIds", hasItem((int) ownDraft)).body("practiceIds", hasSize(2));
    }

    @Test
    void practiceBorrowedWhilePublishedStaysWhenItReturnsToDraft() {
        long altai = PracticeData.createIn("22", "SUBMITTED");
        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("practiceIds", List.of(altai));
        long id = ProjectData.create(body);
        PracticeData.moveTo(altai, "DRAFT");
        body.put("goal", "Закрепить молодых педагогов в школах края");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id)
                .then().statusCode(200).body("practiceIds", hasItem((int) altai));

        long ownDraft = PracticeData.createIn("27", "DRAFT");
        Map<String, Object> own = project(sharedPortfolio("27"));
        own.put("practiceIds", List.of(ownDraft));
        long moving = ProjectData.create(own);
        own.put("portfolioId", sharedPortfolio("22"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(own).put(PROJECTS + "/" + moving)
                .then().statusCode(400).body("errors.field", hasItem("practiceIds[0]"));
    }

    /** A complete project of region 27 moved as far as {@code stage} along the approved way. */
    private static long projectAt(String stage) {
        long id = ProjectData.createComplete("27");
        for (String next : List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "IMPLEMENTATION", "ON_HOLD")) {
            ProjectData.move(id, next);
            if (next.equals(stage)) {
                return id;
            }
        }
        throw new IllegalArgumentException(stage);
    }

    private static Map<String, Object> passportOf(long id) {
        Map<String, Object> body = new HashMap<>(as(TestUser.ADMIN).get(PROJECTS + "/" + id).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        Map<String, Object> request = new HashMap<>();
        for (String field : List.of("portfolioId", "title", "goal", "description", "expectedResults", "startDate",
                "endDate", "deficitIds", "practiceIds", "partnerSubjectIds", "version")) {
            request.put(field, body.get(field));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> lead = (Map<String, Object>) body.get("leadSubject");
        request.put("leadSubjectId", lead.get("id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) body.get("indicators");
        request.put("indicators", new ArrayList<>(indicators.stream().map(HashMap::new).toList()));
        return request;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstIndicator(Map<String, Object> passport) {
        return ((List<Map<String, Object>>) passport.get("indicators")).get(0);
    }

    @Test
    void approvedProjectGoalCannotChangeSilently() {
        for (String stage : List.of("APPROVED", "IMPLEMENTATION", "ON_HOLD")) {
            long id = projectAt(stage);
            Map<String, Object> goal = passportOf(id);
            goal.put("goal", "Другая цель, которую не защищали");
            goal.put("expectedResults", "Другие результаты");
            for (TestUser writer : List.of(TestUser.COORDINATOR_27, TestUser.ADMIN)) {
                as(writer).header("Accept-Language", "ru").body(goal).put(PROJECTS + "/" + id).then()
                        .statusCode(409)
                        .body("errors.field", hasItem("goal"))
                        .body("errors.field", hasItem("expectedResults"))
                        .body("detail", containsString("утверждён"))
                        .body("detail", containsString("доработку"));
            }
            Map<String, Object> target = passportOf(id);
            firstIndicator(target).put("target", 95);
            firstIndicator(target).put("unit", "чел.");
            as(TestUser.COORDINATOR_27).body(target).put(PROJECTS + "/" + id).then().statusCode(409)
                    .body("errors.field", hasItem("indicators[0].target"))
                    .body("errors.field", hasItem("indicators[0].unit"));
            Map<String, Object> more = passportOf(id);
            @SuppressWarnings("unchecked")
            List<Object> indicators = (List<Object>) more.get("indicators");
            indicators.add(indicator("Число наставников", "чел.", 10, 40));
            as(TestUser.COORDINATOR_27).body(more).put(PROJECTS + "/" + id).then().statusCode(409)
                    .body("errors.field", hasItem("indicators"));

            var approved = as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(approved.getString("goal"),
                    equalTo("Закрепить молодых педагогов в школах края через наставничество"));
            assertThat(approved.getInt("indicators[0].target"), equalTo(80));
            assertThat(approved.getList("indicators"), hasSize(1));
            String history = as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/history").then().statusCode(200)
                    .extract().asString();
            assertThat(history, not(containsString("Другая цель")));
        }
    }

    @Test
    void indicatorActualsStayEditableInImplementation() {
        long id = projectAt("IMPLEMENTATION");
        Map<String, Object> passport = passportOf(id);
        firstIndicator(passport).put("actual", 52.5);
        passport.put("title", TestData.unique("Партнерское наставничество: второй год"));
        as(TestUser.COORDINATOR_27).body(passport).put(PROJECTS + "/" + id).then().statusCode(200)
                .body("indicators[0].actual", is(52.5f))
                .body("indicators[0].target", is(80))
                .body("stage", equalTo("IMPLEMENTATION"));
        as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/history").then().statusCode(200)
                .body("[0].changes.field", hasItem("indicators"));

        long early = projectAt("DEFENSE");
        Map<String, Object> changed = passportOf(early);
        changed.put("goal", "Уточнённая на защите цель");
        as(TestUser.COORDINATOR_27).body(changed).put(PROJECTS + "/" + early).then().statusCode(200)
                .body("goal", equalTo("Уточнённая на защите цель"));
    }

    @Test
    void coordinatorAddsAProjectWithItsFullPassport() {
        long portfolio = sharedPortfolio("27");
        long lead = TestData.createSubject("27");
        long partner = TestData.createSubject("27");
        long deficit = createDeficit("27");
        long practice = createPractice("27");
        long session = PeopleData.insertSession(null, null);
        long curator = SessionData.createPerson("Воронушкина Ольга Васильевна");
        Map<String, Object> body = completeProject(portfolio, lead, deficit);
        body.put("partnerSubjectIds", List.of(partner));
        body.put("practiceIds", List.of(practice));
        body.put("sessionId", session);
        body.put("curatorPersonId", curator);

        long id = as(TestUser.COORDINATOR_27).body(body).post(PROJECTS).then().statusCode(201)
                .header("Location", containsString(PROJECTS + "/"))
                .header("ETag", "\"0\"")
                .body("stage", equalTo("PROPOSED"))
                .body("portfolioId", is((int) portfolio))
                .body("regionCode", equalTo("27"))
                .body("regionName", equalTo("Хабаровский край"))
                .body("title", equalTo(body.get("title")))
                .body("indicators[0].unit", equalTo("%"))
                .body("indicators[0].target", is(80))
                .body("leadSubject.id", is((int) lead))
                .body("partners[0].id", is((int) partner))
                .body("partners[0].regionCode", equalTo("27"))
                .body("deficits[0].external", is(false))
                .body("practices[0].borrowed", is(false))
                .body("session.id", is((int) session))
                .body("curator.title", equalTo("Воронушкина Ольга Васильевна"))
                .body("deficitIds", equalTo(List.of((int) deficit)))
                .body("practiceIds", equalTo(List.of((int) practice)))
                .body("partnerSubjectIds", equalTo(List.of((int) partner)))
                .body("sessionId", is((int) session))
                .body("nextStages", equalTo(List.of("REFINEMENT", "ON_HOLD", "REJECTED")))
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("goal", equalTo(body.get("goal")))
                .body("startDate", equalTo("2024-01-15"))
                .body("endDate", equalTo("2025-12-31"))
                .body("year", notNullValue());
        as(TestUser.EXPERT).get(PROJECTS + "/" + id + "/stages").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].from", nullValue())
                .body("[0].to", equalTo("PROPOSED"))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[0].changedAt", notNullValue());
    }

    @Test
    void aProjectOf27AddressesADeficitOf22AndBorrowsAPracticeOf22() {
        long ownDeficit = createDeficit("27");
        long altaiDeficit = createDeficit("22");
        long ownPractice = createPractice("27");
        long altaiPractice = createPractice("22");
        long altaiPartner = TestData.createSubject("22");
        Map<String, Object> body = completeProject(sharedPortfolio("27"), TestData.createSubject("27"), ownDeficit);
        body.put("deficitIds", List.of(ownDeficit, altaiDeficit));
        body.put("practiceIds", List.of(ownPractice, altaiPractice));
        body.put("partnerSubjectIds", List.of(altaiPartner));

        long id = as(TestUser.COORDINATOR_27).body(body).post(PROJECTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(200)
                .body("deficits.find { it.id == " + altaiDeficit + " }.external", is(true))
                .body("deficits.find { it.id == " + altaiDeficit + " }.regionCode", equalTo("22"))
                .body("deficits.find { it.id == " + ownDeficit + " }.external", is(false))
                .body("practices.find { it.id == " + altaiPractice + " }.borrowed", is(true))
                .body("practices.find { it.id == " + altaiPractice + " }.regionCode", equalTo("22"))
                .body("practices.find { it.id == " + ownPractice + " }.borrowed", is(false))
                .body("partners[0].regionCode", equalTo("22"));

        assertThat(ProjectData.deficitStatus(altaiDeficit), equalTo(DeficitStatus.ADDRESSED));
        as(TestUser.VIEWER).queryParam("deficitId", altaiDeficit).get(PROJECTS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        as(TestUser.VIEWER).queryParam("practiceId", altaiPractice).get(PROJECTS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void eachValidationRuleIsA400NamingTheField() {
        long portfolio = sharedPortfolio("27");
        expect400(with(project(portfolio), "title", " "), "title");
        expect400(with(project(portfolio), "title", "П".repeat(501)), "title");
        expect400(with(project(portfolio), "goal", "Ц".repeat(2001)), "goal");
        expect400(with(project(portfolio), "description", "О".repeat(8001)), "description");
        expect400(with(project(portfolio), "expectedResults", "Р".repeat(4001)), "expectedResults");
        expect400(with(project(portfolio), "indicators",
                Collections.nCopies(51, indicator("Доля педагогов", "%", 1, 2))), "indicators");
        expect400(with(project(portfolio), "indicators", List.of(indicator(" ", "%", 1, 2))), "indicators[0].name");
        expect400(with(project(portfolio), "indicators", List.of(indicator("Н".repeat(301), "%", 1, 2))),
                "indicators[0].name");
        expect400(with(project(portfolio), "indicators", List.of(indicator("Доля", null, 1, 2))),
                "indicators[0].unit");
        expect400(with(project(portfolio), "indicators", List.of(indicator("Доля", "е".repeat(51), 1, 2))),
                "indicators[0].unit");
        expect400(with(project(portfolio), "indicators", List.of(indicator("Доля", "%", 1, 2e12))),
                "indicators[0].target");
        expect400(with(project(portfolio), "indicators", List.of(indicator("Доля", "%", -2e12, 2))),
                "indicators[0].baseline");
        as(TestUser.ADMIN).body(with(project(portfolio), "indicators",
                Collections.nCopies(50, indicator("Н".repeat(300), "е".repeat(50), 1, 2)))).post(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("indicators"))
                .body("errors[0].message", containsString("16000"));
        Map<String, Object> textValue = indicator("Доля", "%", 1, 2);
        textValue.put("actual", "много");
        expect400(with(project(portfolio), "indicators", List.of(textValue)), "indicators[0].actual");

        Map<String, Object> reversed = project(portfolio);
        reversed.put("startDate", "2025-01-01");
        reversed.put("endDate", "2024-12-31");
        as(TestUser.ADMIN).body(reversed).post(PROJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", containsString("раньше"));
        expect400(with(project(portfolio), "startDate", "1999-12-31"), "startDate");
        expect400(with(project(portfolio), "endDate", "31.12.2025"), "endDate");

        expect400(with(project(portfolio), "leadSubjectId", 987654321), "leadSubjectId");
        expect400(with(project(portfolio), "leadSubjectId", TestData.createSubject("22")), "leadSubjectId");
        long deficit = createDeficit("27");
        expect400(with(project(portfolio), "deficitIds", List.of(deficit, deficit, 987654321)), "deficitIds[2]");
        expect400(with(project(portfolio), "practiceIds", List.of(createPractice("22"), 987654321)),
                "practiceIds[1]");
        expect400(with(project(portfolio), "partnerSubjectIds", List.of(987654321)), "partnerSubjectIds[0]");
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= 101; i++) {
            tooMany.add(i);
        }
        expect400(with(project(portfolio), "partnerSubjectIds", tooMany), "partnerSubjectIds");
        expect400(with(project(portfolio), "deficitIds", tooMany), "deficitIds");
        expect400(with(project(portfolio), "practiceIds", tooMany), "practiceIds");
        List<Long> withNull = new ArrayList<>();
        withNull.add(null);
        expect400(with(project(portfolio), "deficitIds", withNull), "deficitIds[0]");
        expect400(with(project(portfolio), "sessionId", 987654321), "sessionId");
        expect400(with(project(portfolio), "curatorPersonId", 987654321), "curatorPersonId");
        expect400(with(project(portfolio), "portfolioId", null), "portfolioId");
        expect400(with(project(portfolio), "portfolioId", 987654321), "portfolioId");
        expect400(with(project(portfolio), "sessionId", "шестая"), "sessionId");

        Map<String, Object> several = project(portfolio);
        several.put("leadSubjectId", 987654321);
        several.put("sessionId", 987654321);
        as(TestUser.ADMIN).body(several).post(PROJECTS).then().statusCode(400)
                .body("errors.field", hasItem("leadSubjectId")).body("errors.field", hasItem("sessionId"));
        as(TestUser.ADMIN).body("{\"title\": ").post(PROJECTS).then().statusCode(400);
        as(TestUser.ADMIN).post(PROJECTS).then().statusCode(400);
    }

    @Test
    void passportIsUpdatedWithIfMatchAndLockedWhenFinished() {
        long id = ProjectData.create(project(sharedPortfolio("27")));
        Map<String, Object> body = completeProject(sharedPortfolio("27"), TestData.createSubject("27"),
                createDeficit("27"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("goal", equalTo(body.get("goal")))
                .body("stage", equalTo("PROPOSED"));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(body).put(PROJECTS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"");

        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username));
        as(TestUser.ADMIN).body(body).put(PROJECTS + "/" + id).then().statusCode(428);
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", 1);
        as(TestUser.ADMIN).body(withVersion).put(PROJECTS + "/" + id).then().statusCode(200);

        int version = ProjectData.move(id, "REJECTED");
        as(TestUser.ADMIN).header("If-Match", "\"" + version + "\"").body(body).put(PROJECTS + "/" + id).then()
                .statusCode(409).body("detail", containsString("отклонён"));
    }

    @Test
    void projectMovesToAnotherOpenPortfolioOfItsRegion() {
        long from = ProjectData.createPortfolio("27");
        long to = ProjectData.createPortfolio("27");
        long id = ProjectData.create(project(from));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(with(project(to), "title", "Перенесён"))
                .put(PROJECTS + "/" + id).then().statusCode(200).body("portfolioId", is((int) to));
        long altai = ProjectData.createPortfolio("22");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").body(project(altai)).put(PROJECTS + "/" + id)
                .then().statusCode(403);
    }

    @Test
    void missingProjectIs404() {
        String missing = PROJECTS + "/987654321";
        as(TestUser.VIEWER).get(missing).then().statusCode(404).contentType("application/problem+json");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(project(sharedPortfolio("27"))).put(missing).then()
                .statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(missing).then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "REFINEMENT"))
                .post(missing + "/transitions").then().statusCode(404);
        as(TestUser.VIEWER).get(missing + "/stages").then().statusCode(404);
        as(TestUser.VIEWER).get(missing + "/history").then().statusCode(404);
        as(TestUser.VIEWER).get(PROJECTS + "/проект").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(PROJECTS + "/0").then().statusCode(400);
    }

    @Test
    void anonymousIs401AndViewerAndExpertCannotWriteProjects() {
        long id = ProjectData.create(project(sharedPortfolio("27")));
        anonymous().get(PROJECTS).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(PROJECTS + "/" + id).then().statusCode(401);
        anonymous().body(project(sharedPortfolio("27"))).post(PROJECTS).then().statusCode(401);
        for (TestUser user : new TestUser[] {TestUser.VIEWER, TestUser.EXPERT}) {
            as(user).body(project(sharedPortfolio("27"))).post(PROJECTS).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(project(sharedPortfolio("27"))).put(PROJECTS + "/" + id)
                    .then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(PROJECTS + "/" + id).then().statusCode(403);
        }
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(200).body("version", is(0));
    }

    @Test
    void coordinatorOf27CannotTouchProjectsOrPortfolioOf22() {
        long altaiPortfolio = sharedPortfolio("22");
        as(TestUser.COORDINATOR_27).body(project(altaiPortfolio)).post(PROJECTS).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));
        long altaiProject = ProjectData.create(project(altaiPortfolio));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(project(altaiPortfolio))
                .put(PROJECTS + "/" + altaiProject).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(PROJECTS + "/" + altaiProject).then()
                .statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(Map.of("to", "REFINEMENT"))
                .post(PROJECTS + "/" + altaiProject + "/transitions").then().statusCode(403);
        as(TestUser.VIEWER).get(PROJECTS + "/" + altaiProject).then().body("version", is(0))
                .body("stage", equalTo("PROPOSED"));
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(with(project(altaiPortfolio), "title", "Свой"))
                .put(PROJECTS + "/" + altaiProject).then().statusCode(200);
    }

    @Test
    void deleteIsForEarlyOrRejectedProjectsWithoutAdoptions() {
        long deficit = createDeficit("27");
        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("deficitIds", List.of(deficit));
        long id = ProjectData.create(body);
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.ADDRESSED));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(PROJECTS + "/" + id).then().statusCode(204);
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(404);
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.OPEN));

        long complete = ProjectData.createComplete("27");
        ProjectData.move(complete, "REFINEMENT");
        int version = ProjectData.move(complete, "PRE_DEFENSE");
        as(TestUser.ADMIN).header("If-Match", "\"" + version + "\"").delete(PROJECTS + "/" + complete).then()
                .statusCode(409).body("detail", containsString("предзащита"));

        long adopted = ProjectData.create(project(sharedPortfolio("27")));
        long practice = createPractice("22");
        QuarkusTransaction.requiringNew().run(() -> {
            PracticeAdoption adoption = new PracticeAdoption();
            adoption.practice = Practice.findById(practice);
            adoption.region = Region.findById("27");
            adoption.project = Project.findById(adopted);
            adoption.outcome = AdoptionOutcome.values()[0];
            adoption.persist();
        });
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PROJECTS + "/" + adopted).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("adoptions"))
                .body("detail", containsString("внедрения практик: 1"));
        as(TestUser.ADMIN).delete(PROJECTS + "/" + adopted).then().statusCode(428);
    }

    @Test
    void deficitStatusFollowsTheProjectsDeficits() {
        long first = createDeficit("22");
        long second = createDeficit("27");
        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("deficitIds", List.of(first));
        long id = ProjectData.create(body);
        assertThat(ProjectData.deficitStatus(first), equalTo(DeficitStatus.ADDRESSED));
        assertThat(ProjectData.deficitStatus(second), equalTo(DeficitStatus.OPEN));

        body.put("deficitIds", List.of(second));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        assertThat(ProjectData.deficitStatus(first), equalTo(DeficitStatus.OPEN));
        assertThat(ProjectData.deficitStatus(second), equalTo(DeficitStatus.ADDRESSED));
    }

    @Test
    void historyRecordsEveryChangeOfThePassport() {
        long id = ProjectData.create(project(sharedPortfolio("27")));
        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("title", "Молодым всегда у нас дорога!");
        body.put("indicators", List.of(indicator("Число наставнических пар", "пар", 10, 40)));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then()
                .statusCode(200);
        as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("UPDATED", "CREATED")))
                .body("[0].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[0].changes.find { it.field == 'title' }.to", equalTo("Молодым всегда у нас дорога!"))
                .body("[0].changes.field", hasItem("indicators"));
    }

    @Test
    void listFiltersByPortfolioStageYearSessionLeadAndText() {
        long portfolio = ProjectData.createPortfolio("27");
        int year = as(TestUser.VIEWER).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().extract().jsonPath()
                .getInt("year");
        long lead = TestData.createSubject("27");
        long session = PeopleData.insertSession(null, null);
        Map<String, Object> first = project(portfolio);
        first.put("title", TestData.unique("Школа Минпросвещения России: дальневосточный ориентир"));
        first.put("leadSubjectId", lead);
        first.put("sessionId", session);
        long a = ProjectData.create(first);
        Map<String, Object> second = project(portfolio);
        second.put("goal", "Стажировки для педагогов и управленцев края");
        long b = ProjectData.create(second);
        ProjectData.move(b, "REFINEMENT");

        as(TestUser.VIEWER).queryParam("portfolioId", portfolio).get(PROJECTS).then().statusCode(200)
                .body("totalItems", is(2)).body("items[0].id", is((int) b))
                .body("items.year", everyItem(is(year)));
        as(TestUser.VIEWER).queryParam("portfolioId", portfolio).queryParam("stage", "refinement").get(PROJECTS)
                .then().statusCode(200).body("items.id", equalTo(List.of((int) b)));
        as(TestUser.VIEWER).queryParam("regionCode", "27").queryParam("year", year).get(PROJECTS).then()
                .statusCode(200).body("totalItems", is(2));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "SIBFD").queryParam("portfolioId", portfolio)
                .get(PROJECTS).then().statusCode(200).body("totalItems", is(0));
        as(TestUser.VIEWER).queryParam("regionCode", "22").queryParam("size", 100).get(PROJECTS).then()
                .statusCode(200).body("items.regionCode", everyItem(equalTo("22")));
        as(TestUser.VIEWER).queryParam("sessionId", session).get(PROJECTS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) a))).body("items[0].sessionId", is((int) session));
        as(TestUser.VIEWER).queryParam("leadSubjectId", lead).get(PROJECTS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) a))).body("items[0].leadSubjectId", is((int) lead));
        as(TestUser.VIEWER).queryParam("q", "ДАЛЬНЕВОСТОЧНЫЙ ОРИЕНТИР").queryParam("portfolioId", portfolio)
                .get(PROJECTS).then().statusCode(200).body("items.id", equalTo(List.of((int) a)));
        as(TestUser.VIEWER).queryParam("q", "стажировки для педагогов").queryParam("portfolioId", portfolio)
                .get(PROJECTS).then().statusCode(200).body("items.id", equalTo(List.of((int) b)));
        as(TestUser.VIEWER).queryParam("q", "100%_").get(PROJECTS).then().statusCode(200);
        as(TestUser.VIEWER).queryParam("portfolioId", portfolio).queryParam("sort", "title,asc").get(PROJECTS)
                .then().statusCode(200).body("items", hasSize(2));
        as(TestUser.VIEWER).queryParam("portfolioId", portfolio).queryParam("sort", "id,asc").get(PROJECTS)
                .then().statusCode(200).body("items.id", equalTo(List.of((int) a, (int) b)));
        for (String sort : new String[] {"stage,desc", "startDate", "updatedAt,asc"}) {
            as(TestUser.VIEWER).queryParam("sort", sort).get(PROJECTS).then().statusCode(200);
        }
        as(TestUser.VIEWER).queryParam("portfolioId", portfolio).queryParam("size", 1).queryParam("page", 1)
                .get(PROJECTS).then().statusCode(200).body("items", hasSize(1)).body("totalPages", is(2));
    }

    @Test
    void badListParametersAreA400() {
        String[][] bad = {
            {"stage", "ARCHIVED"}, {"year", "1999"}, {"year", "год"}, {"portfolioId", "x"}, {"sessionId", "-1"},
            {"deficitId", "0"}, {"practiceId", "п"}, {"leadSubjectId", "1.5"}, {"regionCode", "00"},
            {"federalDistrictCode", "MARS"}, {"sort", "goal,asc"}, {"sort", "title,up"}, {"page", "-1"},
            {"size", "0"}, {"size", "1000"}};
        for (String[] parameter : bad) {
            as(TestUser.VIEWER).queryParam(parameter[0], parameter[1]).get(PROJECTS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(parameter[0]));
        }
    }

    @Test
    void listItemsCarryTheKeyFields() {
        long deficit = createDeficit("22");
        long practice = createPractice("22");
        long partner = TestData.createSubject("22");
        Map<String, Object> body = completeProject(sharedPortfolio("27"), TestData.createSubject("27"), deficit);
        body.put("practiceIds", List.of(practice));
        body.put("partnerSubjectIds", List.of(partner));
        long id = ProjectData.create(body);
        as(TestUser.VIEWER).queryParam("deficitId", deficit).get(PROJECTS).then().statusCode(200)
                .body("items[0].id", is((int) id))
                .body("items[0].title", equalTo(body.get("title")))
                .body("items[0].goal", equalTo(body.get("goal")))
                .body("items[0].portfolioId", is((int) sharedPortfolio("27")))
                .body("items[0].regionCode", equalTo("27"))
                .body("items[0].stage", equalTo("PROPOSED"))
                .body("items[0].deficitIds", equalTo(List.of((int) deficit)))
                .body("items[0].practiceIds", equalTo(List.of((int) practice)))
                .body("items[0].partnerSubjectIds", equalTo(List.of((int) partner)))
                .body("items[0].version", is(0))
                .body("items[0].containsKey('description')", is(false));
        assertThat(as(TestUser.VIEWER).get(PROJECTS).then().extract().jsonPath().getList("items").size(),
                lessThanOrEqualTo(20));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static void expect400(Map<String, Object> body, String field) {
        as(TestUser.ADMIN).body(body).post(PROJECTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
