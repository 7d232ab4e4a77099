package ru.efs.portfolio.deficit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.DeficitData.DEFICITS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestUser;

/** A deficit's status follows the live projects that address it; a closed one stays closed. */
@QuarkusTest
class DeficitStatusServiceTest {

    @Inject
    DeficitStatusService statuses;

    private void refresh(Long... ids) {
        QuarkusTransaction.requiringNew().run(() -> statuses.refresh(Arrays.asList(ids)));
    }

    private static String statusOf(long id) {
        return as(TestUser.VIEWER).get(DEFICITS + "/" + id).then().statusCode(200).extract().jsonPath()
                .getString("status");
    }

    @Test
    void aLiveProjectMakesItAddressedAndItsRejectionOpensItAgain() {
        long id = DeficitData.create("27");
        long untouched = DeficitData.create("27");
        long project = DeficitData.insertProject("PROPOSED", id);

        refresh(id, untouched);
        assertStatus(id, "ADDRESSED");
        assertStatus(untouched, "OPEN");

        for (String stage : List.of("REFINEMENT", "PRE_DEFENSE", "REVISION", "DEFENSE", "APPROVED", "ON_HOLD",
                "IMPLEMENTATION", "COMPLETED")) {
            DeficitData.setProjectStage(project, stage);
            refresh(id);
            assertStatus(id, "ADDRESSED");
        }

        DeficitData.setProjectStage(project, "REJECTED");
        refresh(id);
        assertStatus(id, "OPEN");
    }

    @Test
    void oneLiveProjectIsEnoughWhenAnotherIsRejected() {
        long id = DeficitData.create("22");
        DeficitData.insertProject("REJECTED", id);
        refresh(id);
        assertStatus(id, "OPEN");
        DeficitData.insertProject("DEFENSE", id);
        refresh(id);
        assertStatus(id, "ADDRESSED");
    }

    @Test
    void aClosedDeficitStaysClosedWhateverItsProjects() {
        long id = DeficitData.create("27");
        long practice = DeficitData.insertPractice("22", "mentoring");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "CLOSED", "comment",
                "Внедрена практика Алтайского края", "closedByPracticeId", practice))
                .post(DEFICITS + "/" + id + "/transitions").then().statusCode(200);

        long project = DeficitData.insertProject("APPROVED", id);
        refresh(id);
        assertStatus(id, "CLOSED");
        DeficitData.setProjectStage(project, "REJECTED");
        refresh(id);
        assertStatus(id, "CLOSED");
    }

    @Test
    void statusChangesByProjectsShowInTheHistory() {
        long id = DeficitData.create("27");
        long project = DeficitData.insertProject("REFINEMENT", id);
        refresh(id);
        DeficitData.setProjectStage(project, "REJECTED");
        refresh(id);
        as(TestUser.VIEWER).get(DEFICITS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].changes.find { it.field == 'status' }.from", equalTo("ADDRESSED"))
                .body("[0].changes.find { it.field == 'status' }.to", equalTo("OPEN"))
                .body("[1].changes.find { it.field == 'status' }.from", equalTo("OPEN"))
                .body("[1].changes.find { it.field == 'status' }.to", equalTo("ADDRESSED"));
    }

    @Test
    void nothingToRefreshIsFineButATransactionIsRequired() {
        refresh();
        refresh(987654321L, null);
        assertThrows(RuntimeException.class, () -> statuses.refresh(List.of(1L)));
    }

    private static void assertStatus(long id, String status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, statusOf(id));
    }
}
