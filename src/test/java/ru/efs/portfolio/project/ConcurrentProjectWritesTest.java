package ru.efs.portfolio.project;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestUser;

/**
 * Project writes at the same moment on the same deficit and practice: none is refused because of the deficit's
 * derived status, and the status ends as the projects that committed say.
 */
@QuarkusTest
class ConcurrentProjectWritesTest {

    private static final int ROUNDS = 30;
    private static final int WRITERS = 8;
    private static final String REGION = "27";

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(WRITERS + 1);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void projectsCreatedAtOnceForOneDeficitAllSucceedAndItEndsAddressed() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        List<String> bad = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long deficit = DeficitData.create(REGION);
            long practice = ProjectData.createPractice(REGION);
            List<Callable<Response>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                writes.add(() -> as(TestUser.ADMIN).body(addressing(portfolio, deficit, practice))
                        .post(ProjectData.PROJECTS));
            }
            List<Response> answers = runAtOnce(writes);
            check(bad, round, answers, 201, deficit, "ADDRESSED");
            checkHistory(bad, round, deficit);
        }
        assertTrue(bad.isEmpty(), bad.size() + " bad rounds:\n" + String.join("\n", bad));
    }

    @Test
    void projectsCreatedWhileAnotherIsRejectedAllSucceedAndTheDeficitStaysAddressed() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        List<String> bad = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long deficit = DeficitData.create(REGION);
            long practice = ProjectData.createPractice(REGION);
            long rejected = ProjectData.create(addressing(portfolio, deficit, practice));
            List<Callable<Response>> writes = new ArrayList<>();
            writes.add(() -> reject(rejected));
            for (int i = 1; i < WRITERS; i++) {
                writes.add(() -> as(TestUser.ADMIN).body(addressing(portfolio, deficit, practice))
                        .post(ProjectData.PROJECTS));
            }
            List<Response> answers = runAtOnce(writes);
            if (answers.get(0).statusCode() != 200) {
                bad.add("round " + round + ": the rejection answered " + answers.get(0).statusCode() + " "
                        + answers.get(0).asString());
            }
            check(bad, round, answers.subList(1, answers.size()), 201, deficit, "ADDRESSED");
        }
        assertTrue(bad.isEmpty(), bad.size() + " bad rounds:\n" + String.join("\n", bad));
    }

    @Test
    void theLastLiveProjectsRejectedAtOnceLeaveTheDeficitOpen() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        List<String> bad = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long deficit = DeficitData.create(REGION);
            long practice = ProjectData.createPractice(REGION);
            List<Callable<Response>> writes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long project = ProjectData.create(addressing(portfolio, deficit, practice));
                writes.add(() -> reject(project));
            }
            check(bad, round, runAtOnce(writes), 200, deficit, "OPEN");
        }
        assertTrue(bad.isEmpty(), bad.size() + " bad rounds:\n" + String.join("\n", bad));
    }

    private static Map<String, Object> addressing(long portfolio, long deficit, long practice) {
        Map<String, Object> body = ProjectData.project(portfolio);
        body.put("deficitIds", List.of(deficit));
        body.put("practiceIds", List.of(practice));
        return body;
    }

    private static Response reject(long project) {
        return as(TestUser.ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("to", "REJECTED", "comment", "Отклонён экспертным советом"))
                .post(ProjectData.PROJECTS + "/" + project + "/transitions");
    }

    private static void check(List<String> bad, int round, List<Response> answers, int expected, long deficit,
            String status) {
        for (Response answer : answers) {
            if (answer.statusCode() != expected) {
                bad.add("round " + round + ": a write answered " + answer.statusCode() + " " + answer.asString());
            }
        }
        String actual = as(TestUser.VIEWER).get(DeficitData.DEFICITS + "/" + deficit).then().statusCode(200)
                .extract().jsonPath().getString("status");
        if (!status.equals(actual)) {
            bad.add("round " + round + ": the deficit is " + actual + ", not " + status);
        }
    }

    /** The derived change is in the deficit's history, as every other change. */
    private static void checkHistory(List<String> bad, int round, long deficit) {
        String to = as(TestUser.VIEWER).get(DeficitData.DEFICITS + "/" + deficit + "/history").then()
                .statusCode(200).extract().jsonPath().getString("[0].changes.find { it.field == 'status' }.to");
        if (!"ADDRESSED".equals(to)) {
            bad.add("round " + round + ": the history's last status change is " + to);
        }
    }

    private static List<Response> runAtOnce(List<Callable<Response>> writes) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> write : writes) {
            futures.add(pool.submit(() -> {
                start.await();
                return write.call();
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> future : futures) {
            try {
                answers.add(future.get(120, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return answers;
    }
}
