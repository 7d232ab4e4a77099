package ru.efs.portfolio.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * A delete racing a write that links the deleted object: exactly one of them is acknowledged, the loser gets a
 * problem (never a 5xx), and the database keeps no link to a missing object nor loses an acknowledged one.
 */
@QuarkusTest
class DeleteRaceTest {

    private static final int ROUNDS = 30;
    private static final String REGION = "27";

    private static ExecutorService pool;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** One round: what is deleted, the linking write, and where the link is kept. */
    private record Round(String objectTable, long objectId, String deletePath, Supplier<Response> link,
            String linkTable, String linkColumn, String linkField) {
    }

    @Test
    void deletingADeficitWhileAProjectIsCreatedForItLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("deficit vs project create", () -> {
            long deficit = DeficitData.create(REGION);
            Map<String, Object> body = ProjectData.project(portfolio);
            body.put("deficitIds", List.of(deficit));
            return new Round("deficit", deficit, DeficitData.DEFICITS + "/" + deficit,
                    () -> as(TestUser.ADMIN).body(body).post(ProjectData.PROJECTS),
                    "project_deficit", "deficit_id", "deficitIds[0]");
        });
    }

    @Test
    void deletingADeficitWhileAProjectIsChangedToAddressItLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("deficit vs project update", () -> {
            long deficit = DeficitData.create(REGION);
            Map<String, Object> body = ProjectData.project(portfolio);
            long project = ProjectData.create(body);
            body.put("deficitIds", List.of(deficit));
            return new Round("deficit", deficit, DeficitData.DEFICITS + "/" + deficit,
                    () -> as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body)
                            .put(ProjectData.PROJECTS + "/" + project),
                    "project_deficit", "deficit_id", "deficitIds[0]");
        });
    }

    @Test
    void deletingAPracticeWhileAProjectIsCreatedWithItLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("practice vs project create", () -> {
            long practice = PracticeData.create(REGION);
            Map<String, Object> body = ProjectData.project(portfolio);
            body.put("practiceIds", List.of(practice));
            return new Round("practice", practice, PracticeData.PRACTICES + "/" + practice,
                    () -> as(TestUser.ADMIN).body(body).post(ProjectData.PROJECTS),
                    "project_practice", "practice_id", "practiceIds[0]");
        });
    }

    @Test
    void deletingASubjectWhileAProjectTakesItAsPartnerLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("subject vs project partner", () -> {
            long subject = TestData.createSubject(REGION);
            Map<String, Object> body = ProjectData.project(portfolio);
            body.put("partnerSubjectIds", List.of(subject));
            return new Round("subject", subject, "/api/v1/subjects/" + subject,
                    () -> as(TestUser.ADMIN).body(body).post(ProjectData.PROJECTS),
                    "project_partner", "subject_id", "partnerSubjectIds[0]");
        });
    }

    @Test
    void deletingASubjectWhileAProjectTakesItAsLeadLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("subject vs project lead", () -> {
            long subject = TestData.createSubject(REGION);
            Map<String, Object> body = ProjectData.project(portfolio);
            long project = ProjectData.create(body);
            body.put("leadSubjectId", subject);
            return new Round("subject", subject, "/api/v1/subjects/" + subject,
                    () -> as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body)
                            .put(ProjectData.PROJECTS + "/" + project),
                    "project", "lead_subject_id", "leadSubjectId");
        });
    }

    @Test
    void deletingASessionWhileAProjectNamesItLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("session vs project session", () -> {
            long session = SessionData.create(SessionData.session(REGION));
            Map<String, Object> body = ProjectData.project(portfolio);
            long project = ProjectData.create(body);
            body.put("sessionId", session);
            return new Round("strategic_session", session, SessionData.SESSIONS + "/" + session,
                    () -> as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body)
                            .put(ProjectData.PROJECTS + "/" + project),
                    "project", "session_id", "sessionId");
        });
    }

    @Test
    void deletingAPersonWhileAProjectTakesThemAsCuratorLeavesOneWinner() {
        long portfolio = ProjectData.sharedPortfolio(REGION);
        race("person vs project curator", () -> {
            long person = PeopleData.createPerson(null);
            Map<String, Object> body = ProjectData.project(portfolio);
            body.put("curatorPersonId", person);
            return new Round("person", person, PeopleData.PEOPLE + "/" + person,
                    () -> as(TestUser.ADMIN).body(body).post(ProjectData.PROJECTS),
                    "project", "curator_person_id", "curatorPersonId");
        });
    }

    @Test
    void deletingAPersonWhileASessionTakesThemOnLeavesOneWinner() {
        race("person vs session people", () -> {
            long person = PeopleData.createPerson(null);
            Map<String, Object> body = SessionData.session(REGION);
            long session = SessionData.create(body);
            body.put("people", List.of(Map.of("personId", person, "role", "EXPERT")));
            return new Round("person", person, PeopleData.PEOPLE + "/" + person,
                    () -> as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body)
                            .put(SessionData.SESSIONS + "/" + session),
                    "session_person", "person_id", "people[0].personId");
        });
    }

    @Test
    void deletingAPortfolioWhileAProjectIsCreatedInItLeavesOneWinner() {
        race("portfolio vs project create", () -> {
            long portfolio = ProjectData.createPortfolio("25");
            Map<String, Object> body = ProjectData.project(portfolio);
            return new Round("portfolio", portfolio, ProjectData.PORTFOLIOS + "/" + portfolio,
                    () -> as(TestUser.ADMIN).body(body).post(ProjectData.PROJECTS),
                    "project", "portfolio_id", "portfolioId");
        });
    }

    /** Runs {@link #ROUNDS} rounds of the delete against the linking write, both released at once. */
    private void race(String name, Supplier<Round> setup) {
        List<String> bad = new ArrayList<>();
        int linksWon = 0;
        int deletesWon = 0;
        long slowest = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Round r = setup.get();
            CountDownLatch start = new CountDownLatch(1);
            Future<Response> deleted = pool.submit(() -> {
                start.await();
                return as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(r.deletePath());
            });
            Future<Response> linked = pool.submit(() -> {
                start.await();
                return r.link().get();
            });
            long started = System.nanoTime();
            start.countDown();
            Response delete = get(deleted);
            Response link = get(linked);
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            String problem = check(r, delete, link);
            if (problem != null) {
                bad.add("round " + round + ": " + problem + "; delete " + delete.statusCode() + " "
                        + delete.asString() + "; link " + link.statusCode() + " " + link.asString());
            } else if (delete.statusCode() == 204) {
                deletesWon++;
            } else {
                linksWon++;
            }
        }
        System.out.printf("%s: %d rounds, the link won %d, the delete won %d, slowest round %d ms%n", name, ROUNDS,
                linksWon, deletesWon, slowest);
        assertTrue(bad.isEmpty(), name + ": " + bad.size() + " bad rounds:\n" + String.join("\n", bad));
    }

    /** What is wrong with a round, or null. */
    private String check(Round r, Response delete, Response link) {
        boolean deleteWon = delete.statusCode() == 204;
        boolean linkWon = link.statusCode() == 200 || link.statusCode() == 201;
        if (delete.statusCode() >= 500 || link.statusCode() >= 500) {
            return "a server error";
        }
        if (deleteWon == linkWon) {
            return deleteWon ? "both acknowledged" : "neither acknowledged";
        }
        long objects = count("select count(*) from " + r.objectTable() + " where id = ?1", r.objectId());
        long links = count("select count(*) from " + r.linkTable() + " where " + r.linkColumn() + " = ?1",
                r.objectId());
        if (links > 0 && objects == 0) {
            return "a link to a missing object";
        }
        if (deleteWon) {
            if (objects != 0) {
                return "the deleted object is still there";
            }
            return loserRefusal(link, r.linkField());
        }
        if (links == 0) {
            return "the acknowledged link is gone";
        }
        if (objects == 0) {
            return "the object is gone although its delete was refused";
        }
        return loserRefusal(delete, null);
    }

    /**
     * The loser's answer: a 409 problem in Russian; a linking write that came after the delete had committed
     * may instead meet the object missing, the usual 400 naming the field.
     */
    private static String loserRefusal(Response loser, String field) {
        if (!String.valueOf(loser.contentType()).startsWith(ProblemMapper.PROBLEM_JSON)) {
            return "the loser's answer is not a problem";
        }
        String detail = loser.jsonPath().getString("detail");
        if (detail == null || !detail.matches("(?s).*[А-Яа-яЁё].*")) {
            return "the loser's problem has no Russian detail";
        }
        if (loser.statusCode() == 409) {
            return null;
        }
        if (field != null && loser.statusCode() == 400
                && loser.jsonPath().getList("errors.field").contains(field)) {
            return null;
        }
        return "the loser's answer is " + loser.statusCode();
    }

    private long count(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private static Response get(Future<Response> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
