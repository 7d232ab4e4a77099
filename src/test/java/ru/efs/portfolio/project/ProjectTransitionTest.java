package ru.efs.portfolio.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PROJECTS;
import static ru.efs.portfolio.support.ProjectData.createComplete;
import static ru.efs.portfolio.support.ProjectData.createDeficit;
import static ru.efs.portfolio.support.ProjectData.indicator;
import static ru.efs.portfolio.support.ProjectData.move;
import static ru.efs.portfolio.support.ProjectData.project;
import static ru.efs.portfolio.support.ProjectData.sharedPortfolio;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class ProjectTransitionTest {

    @Test
    void theWholeWayFromProposalToCompletionIsRecordedStepByStep() {
        long id = createComplete("27");
        step(TestUser.COORDINATOR_27, id, "REFINEMENT", "Доработка после сессии в Хабаровске").statusCode(200)
                .body("stage", equalTo("REFINEMENT")).header("ETag", "\"1\"");
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", "Паспорт готов к предзащите").statusCode(200);
        step(TestUser.EXPERT, id, "DEFENSE", "Предзащита пройдена").statusCode(200);
        step(TestUser.EXPERT, id, "APPROVED", "Защищён на Всероссийской сессии 7–8 декабря").statusCode(200);
        step(TestUser.COORDINATOR_27, id, "IMPLEMENTATION", null).statusCode(200);
        step(TestUser.COORDINATOR_27, id, "COMPLETED", "Показатели достигнуты").statusCode(200)
                .body("stage", equalTo("COMPLETED")).body("nextStages", hasSize(0));

        var stages = as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/stages").then().statusCode(200)
                .body("", hasSize(7))
                .body("from", equalTo(java.util.Arrays.asList(null, "PROPOSED", "REFINEMENT", "PRE_DEFENSE",
                        "DEFENSE", "APPROVED", "IMPLEMENTATION")))
                .body("to", equalTo(List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED",
                        "IMPLEMENTATION", "COMPLETED")))
                .body("[0].changedBy", equalTo(TestUser.ADMIN.username))
                .body("[1].changedBy", equalTo(TestUser.COORDINATOR_27.username))
                .body("[1].comment", equalTo("Доработка после сессии в Хабаровске"))
                .body("[3].changedBy", equalTo(TestUser.EXPERT.username))
                .body("[4].comment", equalTo("Защищён на Всероссийской сессии 7–8 декабря"))
                .body("[5].comment", nullValue())
                .extract().jsonPath();
        List<String> when = stages.getList("changedAt");
        for (int i = 1; i < when.size(); i++) {
            assertThat(OffsetDateTime.parse(when.get(i)).compareTo(OffsetDateTime.parse(when.get(i - 1))),
                    greaterThanOrEqualTo(0));
        }
        as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/history").then().statusCode(200)
                .body("[0].changes.find { it.field == 'stage' }.to", equalTo("COMPLETED"));
    }

    @Test
    void transitionsTheStateMachineForbidsAre409AndLeaveTheStage() {
        forbidden("PROPOSED", "DEFENSE");
        forbidden("PROPOSED", "APPROVED");
        forbidden("PROPOSED", "PRE_DEFENSE");
        forbidden("PROPOSED", "COMPLETED");
        forbidden("PROPOSED", "PROPOSED");
        forbidden("PROPOSED", "REVISION");
        forbidden("REFINEMENT", "DEFENSE");
        forbidden("REFINEMENT", "APPROVED");
        forbidden("PRE_DEFENSE", "APPROVED");
        forbidden("PRE_DEFENSE", "ON_HOLD");
        forbidden("DEFENSE", "IMPLEMENTATION");
        forbidden("APPROVED", "REVISION");
        forbidden("APPROVED", "COMPLETED");
        forbidden("IMPLEMENTATION", "REVISION");
        forbidden("IMPLEMENTATION", "REJECTED");
        forbidden("COMPLETED", "IMPLEMENTATION");
        forbidden("COMPLETED", "REJECTED");
        forbidden("COMPLETED", "ON_HOLD");
        forbidden("REJECTED", "PROPOSED");
        forbidden("REJECTED", "REFINEMENT");
        forbidden("REVISION", "DEFENSE");
    }

    @Test
    void badTransitionNamesTheAllowedStages() {
        long id = createComplete("27");
        step(TestUser.ADMIN, id, "DEFENSE", null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-transition"))
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("REFINEMENT"))
                .body("detail", containsString("ON_HOLD"))
                .body("detail", containsString("доработка после сессии"));
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"0\"")
                .body(Map.of("to", "DEFENSE")).post(PROJECTS + "/" + id + "/transitions").then().statusCode(409)
                .body("detail", containsString("post-session refinement"));
    }

    @Test
    void preDefenceNeedsACompletePassportAndListsWhatIsMissing() {
        long id = ProjectData.create(project(sharedPortfolio("27")));
        move(id, "REFINEMENT");
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", null).statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("goal", "description", "expectedResults", "indicators",
                        "startDate", "endDate", "leadSubjectId", "deficitIds")))
                .body("errors.find { it.field == 'goal' }.message", equalTo("Укажите цель проекта."))
                .body("detail", containsString("цель"))
                .body("detail", containsString("дефицит"));
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().body("stage", equalTo("REFINEMENT"));

        Map<String, Object> partial = ProjectData.completeProject(sharedPortfolio("27"), TestData.createSubject("27"),
                createDeficit("27"));
        partial.remove("expectedResults");
        Map<String, Object> noTarget = indicator("Число наставнических пар", "пар", 10, null);
        partial.put("indicators", List.of(noTarget));
        int version = version(id);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"" + version + "\"").body(partial)
                .put(PROJECTS + "/" + id).then().statusCode(200);
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", null).statusCode(409)
                .body("errors.field", equalTo(List.of("expectedResults", "indicators")));

        partial.put("expectedResults", "Не менее 80 % молодых педагогов остаются в профессии");
        partial.put("indicators", List.of(noTarget, indicator("Доля закреплённых педагогов", "%", 35, 80)));
        as(TestUser.COORDINATOR_27).header("If-Match", "\"" + version(id) + "\"").body(partial)
                .put(PROJECTS + "/" + id).then().statusCode(200);
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", "Паспорт заполнен").statusCode(200)
                .body("stage", equalTo("PRE_DEFENSE"));
    }

    @Test
    void projectReturnsForRevisionFromPreDefenceAndFromDefence() {
        long id = createComplete("27");
        move(id, "REFINEMENT");
        move(id, "PRE_DEFENSE");
        step(TestUser.EXPERT, id, "REVISION", "Уточнить показатели").statusCode(200)
                .body("stage", equalTo("REVISION"));
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", "Показатели уточнены").statusCode(200);
        step(TestUser.EXPERT, id, "DEFENSE", null).statusCode(200);
        step(TestUser.EXPERT, id, "REVISION", "Нужны ресурсы партнёров").statusCode(200)
                .body("stage", equalTo("REVISION"));
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", null).statusCode(200);
        as(TestUser.VIEWER).get(PROJECTS + "/" + id + "/stages").then()
                .body("to", equalTo(List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "REVISION", "PRE_DEFENSE",
                        "DEFENSE", "REVISION", "PRE_DEFENSE")))
                .body("[3].comment", equalTo("Уточнить показатели"));
    }

    @Test
    void aProjectOnHoldResumesTheStageItLeft() {
        long id = createComplete("27");
        move(id, "REFINEMENT");
        step(TestUser.COORDINATOR_27, id, "ON_HOLD", "Ждём финансирования").statusCode(200)
                .body("stage", equalTo("ON_HOLD"))
                .body("stageBeforeHold", equalTo("REFINEMENT"))
                .body("nextStages", equalTo(List.of("REFINEMENT", "REJECTED")));
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", null).statusCode(409);
        step(TestUser.COORDINATOR_27, id, "PROPOSED", null).statusCode(409);
        step(TestUser.EXPERT, id, "REFINEMENT", null).statusCode(403);
        step(TestUser.COORDINATOR_27, id, "REFINEMENT", "Финансирование получено").statusCode(200)
                .body("stage", equalTo("REFINEMENT"))
                .body("stageBeforeHold", nullValue());

        long approved = createComplete("27");
        for (String stage : List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "ON_HOLD")) {
            move(approved, stage);
        }
        step(TestUser.COORDINATOR_27, approved, "APPROVED", null).statusCode(200)
                .body("stage", equalTo("APPROVED"));
    }

    @Test
    void whoMovesWhatFollowsTheRoles() {
        long id = createComplete("27");
        step(TestUser.EXPERT, id, "REFINEMENT", null).statusCode(403)
                .body("detail", containsString("координатор"));
        step(TestUser.COORDINATOR_22, id, "REFINEMENT", null).statusCode(403)
                .body("detail", containsString("Хабаровский край"));
        step(TestUser.VIEWER, id, "REFINEMENT", null).statusCode(403);
        anonymous().header("If-Match", "\"0\"").body(Map.of("to", "REFINEMENT"))
                .post(PROJECTS + "/" + id + "/transitions").then().statusCode(401);
        step(TestUser.COORDINATOR_27, id, "REFINEMENT", null).statusCode(200);

        step(TestUser.COORDINATOR_27, id, "REJECTED", null).statusCode(403)
                .body("detail", containsString("эксперт"));
        step(TestUser.EXPERT, id, "PRE_DEFENSE", null).statusCode(403);
        step(TestUser.COORDINATOR_27, id, "PRE_DEFENSE", null).statusCode(200);
        step(TestUser.COORDINATOR_27, id, "DEFENSE", null).statusCode(403);
        step(TestUser.COORDINATOR_27, id, "REVISION", null).statusCode(403);
        step(TestUser.EXPERT, id, "DEFENSE", null).statusCode(200);
        step(TestUser.COORDINATOR_27, id, "APPROVED", null).statusCode(403);
        step(TestUser.EXPERT, id, "APPROVED", null).statusCode(200);
        step(TestUser.EXPERT, id, "IMPLEMENTATION", null).statusCode(403);
        step(TestUser.EXPERT, id, "ON_HOLD", null).statusCode(403);
        step(TestUser.COORDINATOR_27, id, "IMPLEMENTATION", null).statusCode(200);
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().body("stage", equalTo("IMPLEMENTATION"));

        long withdrawn = createComplete("27");
        step(TestUser.COORDINATOR_27, withdrawn, "REJECTED", "Команда объединилась с другим проектом")
                .statusCode(200).body("stage", equalTo("REJECTED"));
        long rejectedByExpert = createComplete("27");
        step(TestUser.EXPERT, rejectedByExpert, "REJECTED", null).statusCode(200);
    }

    @Test
    void transitionNeedsTheCurrentVersionAndAValidBody() {
        long id = createComplete("27");
        String path = PROJECTS + "/" + id + "/transitions";
        as(TestUser.ADMIN).body(Map.of("to", "REFINEMENT")).post(path).then().statusCode(428);
        as(TestUser.ADMIN).header("If-Match", "\"5\"").body(Map.of("to", "REFINEMENT")).post(path).then()
                .statusCode(412).body("details.currentVersion", is(0));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "FINISHED")).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("comment", "без этапа")).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "REFINEMENT", "comment", "к".repeat(2001)))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        Map<String, Object> withVersion = new HashMap<>();
        withVersion.put("to", "REFINEMENT");
        withVersion.put("version", 0);
        as(TestUser.ADMIN).body(withVersion).post(path).then().statusCode(200).header("ETag", "\"1\"");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "PRE_DEFENSE")).post(path).then()
                .statusCode(412);
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().body("stage", equalTo("REFINEMENT"));
    }

    @Test
    void aDeficitIsAddressedWhileALiveProjectAddressesItAndOpenWhenItIsRejected() {
        long deficit = createDeficit("22");
        Map<String, Object> body = ProjectData.completeProject(sharedPortfolio("27"), TestData.createSubject("27"),
                deficit);
        long first = ProjectData.create(body);
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.ADDRESSED));
        step(TestUser.EXPERT, first, "REJECTED", "Дублирует проект края").statusCode(200);
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.OPEN));

        body.put("title", TestData.unique("Партнерское наставничество"));
        long second = ProjectData.create(body);
        long third = ProjectData.create(ProjectData.completeProject(sharedPortfolio("22"),
                TestData.createSubject("22"), deficit));
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.ADDRESSED));
        step(TestUser.EXPERT, second, "REJECTED", null).statusCode(200);
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.ADDRESSED));
        move(third, "ON_HOLD");
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.ADDRESSED));
        move(third, "REJECTED");
        assertThat(ProjectData.deficitStatus(deficit), equalTo(DeficitStatus.OPEN));
        as(TestUser.VIEWER).queryParam("deficitId", deficit).get(PROJECTS).then().statusCode(200)
                .body("totalItems", is(3)).body("items.stage", hasItem("REJECTED"));
    }

    /** Brings a fresh complete project to {@code from} the shortest way and checks that {@code to} is refused. */
    private static void forbidden(String from, String to) {
        long id = createComplete("27");
        for (String stage : pathTo(from)) {
            move(id, stage);
        }
        int version = version(id);
        as(TestUser.ADMIN).header("If-Match", "\"" + version + "\"").body(Map.of("to", to))
                .post(PROJECTS + "/" + id + "/transitions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        as(TestUser.VIEWER).get(PROJECTS + "/" + id).then().statusCode(200)
                .body("stage", equalTo(from)).body("version", is(version));
    }

    private static List<String> pathTo(String stage) {
        return switch (stage) {
            case "PROPOSED" -> List.of();
            case "REFINEMENT" -> List.of("REFINEMENT");
            case "PRE_DEFENSE" -> List.of("REFINEMENT", "PRE_DEFENSE");
            case "DEFENSE" -> List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE");
            case "REVISION" -> List.of("REFINEMENT", "PRE_DEFENSE", "REVISION");
            case "APPROVED" -> List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED");
            case "IMPLEMENTATION" -> List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "IMPLEMENTATION");
            case "COMPLETED" -> List.of("REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "IMPLEMENTATION",
                    "COMPLETED");
            case "REJECTED" -> List.of("REJECTED");
            default -> throw new IllegalArgumentException(stage);
        };
    }

    private static int version(long id) {
        return as(TestUser.ADMIN).get(PROJECTS + "/" + id).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }

    private static ValidatableResponse step(TestUser user, long id, String to, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("comment", comment);
        return as(user).header("If-Match", "\"" + version(id) + "\"").body(body)
                .post(PROJECTS + "/" + id + "/transitions").then();
    }
}
