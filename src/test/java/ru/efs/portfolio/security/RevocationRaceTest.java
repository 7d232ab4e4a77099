package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * Revocation races: while several threads keep calling with a user's old password, session or token (and keep
 * minting tokens with the old password), the administrator changes the user. Every request that starts after the
 * change was answered, and every token minted in the race, must be refused. Each test runs many rounds and fails
 * on any bad one, naming it.
 */
@QuarkusTest
class RevocationRaceTest {

    private static final int ROUNDS = 30;
    private static final String USERS = "/api/v1/users";
    private static final String ME = "/api/v1/auth/me";
    private static final String OLD_PASSWORD = "Staryi-Parol-2024";
    private static final String NEW_PASSWORD = "Novyi-Parol-2025";
    /** How many requests each thread sends after the change was answered before the round ends. */
    private static final int AFTER_ACK = 2;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(5);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** A user made for one round, signed in once by the browser and once for a token before the race starts. */
    record Victim(long id, String username, Map<String, Object> body, String cookie, String csrf, String token,
            String secondCookie) {

        RequestSpecification basic(String password) {
            return given().auth().preemptive().basic(username, password).accept(ContentType.JSON);
        }

        RequestSpecification session(String value) {
            return given().cookie(EfsAuthenticationMechanism.SESSION_COOKIE, value).accept(ContentType.JSON);
        }

        RequestSpecification bearer(String value) {
            return given().header("Authorization", "Bearer " + value).accept(ContentType.JSON);
        }

        RequestSpecification admin() {
            return as(TestUser.ADMIN).header("If-Match", "\"0\"");
        }
    }

    /** One answer seen in the race: which kind of request, when it was sent (nanoTime) and its status. */
    record Seen(String kind, long sentAt, int status, String detail) {
    }

    private static Victim victim(String role, String regionCode) {
        Api.ensureUsers();
        Map<String, Object> body = new HashMap<>();
        body.put("username", "rv" + TestData.unique("").replaceAll("[^0-9]", ""));
        body.put("password", OLD_PASSWORD);
        body.put("fullName", "Кузнецова Ольга Ивановна");
        body.put("role", role);
        body.put("regionCode", regionCode);
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        String username = (String) body.get("username");
        Response login = login(username);
        Response second = login(username);
        String token = given().auth().preemptive().basic(username, OLD_PASSWORD).post("/api/v1/auth/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        body.remove("password");
        return new Victim(id, username, body, login.getCookie(EfsAuthenticationMechanism.SESSION_COOKIE),
                login.jsonPath().getString("csrfToken"), token,
                second.getCookie(EfsAuthenticationMechanism.SESSION_COOKIE));
    }

    private static Response login(String username) {
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", OLD_PASSWORD)).post("/api/v1/auth/login");
        login.then().statusCode(200);
        return login;
    }

    /**
     * Runs the attempts, each in its own thread and in a loop, changes the user while they run, and returns what
     * was seen. The attempts end once each has sent {@link #AFTER_ACK} requests after the change was answered.
     */
    private static RaceResult race(Map<String, Supplier<Response>> attempts, Supplier<Response> change,
            int changeStatus) throws Exception {
        return race(attempts, change, changeStatus, () -> null);
    }

    /** As above; {@code atAck} runs the moment the change was answered, while the attempts still run. */
    private static RaceResult race(Map<String, Supplier<Response>> attempts, Supplier<Response> change,
            int changeStatus, Supplier<Object> atAck) throws Exception {
        AtomicLong ackAt = new AtomicLong(Long.MAX_VALUE);
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> minted = Collections.synchronizedList(new ArrayList<>());
        List<String> opened = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        for (Map.Entry<String, Supplier<Response>> attempt : attempts.entrySet()) {
            running.add(pool.submit(() -> {
                int afterAck = 0;
                while (afterAck < AFTER_ACK) {
                    long sentAt = System.nanoTime();
                    Response response = attempt.getValue().get();
                    seen.add(new Seen(attempt.getKey(), sentAt, response.statusCode(),
                            response.statusCode() < 300 ? response.asString() : ""));
                    if (response.statusCode() == 201 && response.jsonPath().getString("token") != null) {
                        minted.add(response.jsonPath().getString("token"));
                    }
                    String cookie = response.getCookie(EfsAuthenticationMechanism.SESSION_COOKIE);
                    if (response.statusCode() == 200 && cookie != null && !cookie.isEmpty()) {
                        opened.add(cookie);
                    }
                    if (sentAt > ackAt.get()) {
                        afterAck++;
                    }
                }
                return null;
            }));
        }
        // Let the attempts warm the cache, then change the user at a moment that differs from round to round.
        Thread.sleep(30 + ThreadLocalRandom.current().nextInt(60));
        Response changed = change.get();
        ackAt.set(System.nanoTime());
        Object atAckResult = atAck.get();
        assertEquals(changeStatus, changed.statusCode(), changed.asString());
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        return new RaceResult(new ArrayList<>(seen), new ArrayList<>(minted), new ArrayList<>(opened), ackAt.get(),
                atAckResult);
    }

    /** What a race saw, the tokens and browser sessions it obtained, and when the change was answered. */
    record RaceResult(List<Seen> seen, List<String> minted, List<String> opened, long ackAt, Object atAck) {

        /** The answers to requests sent after the change was answered, of the given kinds. */
        List<Seen> afterAck(String... kinds) {
            List<String> wanted = List.of(kinds);
            return seen.stream().filter(s -> s.sentAt > ackAt && wanted.contains(s.kind)).toList();
        }

        boolean sawSuccessBeforeAck() {
            return seen.stream().anyMatch(s -> s.sentAt < ackAt && s.status < 300);
        }
    }

    /** Old credentials: a password attempt may also be slowed down (429); a session or token must be 401. */
    private static void expectRefused(RaceResult result, List<String> bad, int round, String... kinds) {
        for (Seen s : result.afterAck(kinds)) {
            boolean password = s.kind.startsWith("password");
            if (!(s.status == 401 || password && s.status == 429)) {
                bad.add("round " + round + ": " + s.kind + " sent after the change answered " + s.status + " "
                        + s.detail);
            }
        }
    }

    private static void expectMintedRevoked(Victim victim, RaceResult result, List<String> bad, int round) {
        for (String token : result.minted) {
            int status = victim.bearer(token).get(ME).statusCode();
            if (status != 401) {
                bad.add("round " + round + ": a token minted with the old credential in the race answered " + status);
            }
        }
    }

    /** Every way to use what the user had before the change, each in its own thread. */
    private static Map<String, Supplier<Response>> oldCredentials(Victim victim, String path) {
        Map<String, Supplier<Response>> attempts = new LinkedHashMap<>();
        attempts.put("password", () -> victim.basic(OLD_PASSWORD).get(path));
        attempts.put("password mints a token", () -> victim.basic(OLD_PASSWORD).post("/api/v1/auth/tokens"));
        attempts.put("password signs in a browser", () -> given().contentType(ContentType.JSON)
                .body(Map.of("username", victim.username, "password", OLD_PASSWORD)).post("/api/v1/auth/login"));
        attempts.put("session", () -> victim.session(victim.cookie).get(path));
        attempts.put("token", () -> victim.bearer(victim.token).get(path));
        return attempts;
    }

    private static void assertNoBadRound(List<String> bad, int roundsWithRace) {
        bad.forEach(System.out::println);
        assertTrue(bad.isEmpty(), bad.size() + " bad answers:\n" + String.join("\n", bad));
        assertTrue(roundsWithRace >= ROUNDS / 2, "the old credential worked before the change in too few rounds: "
                + roundsWithRace);
    }

    /** The browser sign-in answers a session cookie; it must be refused afterwards like a minted token. */
    private static void expectBrowserSessionsRevoked(RaceResult result, List<String> bad, int round) {
        for (String cookie : result.opened) {
            int status = given().cookie(EfsAuthenticationMechanism.SESSION_COOKIE, cookie).get(ME).statusCode();
            if (status != 401) {
                bad.add("round " + round + ": a browser session opened in the race answered " + status);
            }
        }
    }

    @Test
    void anOldPasswordSessionOrTokenIsRefusedOnceAPasswordChangeIsAnswered() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("EXPERT", null);
            Map<String, Object> body = new HashMap<>(victim.body);
            body.put("password", NEW_PASSWORD);
            RaceResult result = race(oldCredentials(victim, ME),
                    () -> victim.admin().body(body).put(USERS + "/" + victim.id), 200);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            expectRefused(result, bad, round, "password", "password mints a token", "password signs in a browser",
                    "session", "token");
            expectMintedRevoked(victim, result, bad, round);
            expectBrowserSessionsRevoked(result, bad, round);
            int fresh = victim.basic(NEW_PASSWORD).get(ME).statusCode();
            if (fresh != 200) {
                bad.add("round " + round + ": the new password answered " + fresh);
            }
        }
        assertNoBadRound(bad, raced);
    }

    @Test
    void nothingOfADisabledUserWorksOnceTheChangeIsAnswered() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("VIEWER", null);
            Map<String, Object> body = new HashMap<>(victim.body);
            body.put("enabled", false);
            RaceResult result = race(oldCredentials(victim, ME),
                    () -> victim.admin().body(body).put(USERS + "/" + victim.id), 200);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            expectRefused(result, bad, round, "password", "password mints a token", "password signs in a browser",
                    "session", "token");
            expectMintedRevoked(victim, result, bad, round);
            expectBrowserSessionsRevoked(result, bad, round);
        }
        assertNoBadRound(bad, raced);
    }

    @Test
    void nothingOfADeletedUserWorksOnceTheDeleteIsAnswered() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("VIEWER", null);
            RaceResult result = race(oldCredentials(victim, ME),
                    () -> victim.admin().delete(USERS + "/" + victim.id), 204);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            expectRefused(result, bad, round, "password", "password mints a token", "password signs in a browser",
                    "session", "token");
            expectMintedRevoked(victim, result, bad, round);
            expectBrowserSessionsRevoked(result, bad, round);
            for (Seen s : result.seen) {
                if (s.status >= 500) {
                    bad.add("round " + round + ": " + s.kind + " answered " + s.status);
                }
            }
        }
        assertNoBadRound(bad, raced);
    }

    @Test
    void aDemotedAdministratorsOldRightsAreNotUsedOnceTheChangeIsAnswered() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("ADMIN", null);
            Map<String, Object> body = new HashMap<>(victim.body);
            body.put("role", "VIEWER");
            // Listing the users is an administrator's right: the password keeps working, but only as a viewer.
            RaceResult result = race(oldCredentials(victim, USERS),
                    () -> victim.admin().body(body).put(USERS + "/" + victim.id), 200);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            for (Seen s : result.afterAck("password")) {
                if (s.status != 403 && s.status != 429) {
                    bad.add("round " + round + ": the users list as the demoted user answered " + s.status);
                }
            }
            expectRefused(result, bad, round, "session", "token");
            for (Seen s : result.afterAck("password mints a token", "password signs in a browser")) {
                if (s.status >= 300) {
                    bad.add("round " + round + ": " + s.kind + " with the unchanged password answered " + s.status);
                }
            }
            for (String token : result.minted) {
                int status = victim.bearer(token).get(USERS).statusCode();
                if (status == 200) {
                    bad.add("round " + round + ": a token minted in the race still lists the users");
                }
            }
            for (String cookie : result.opened) {
                int status = victim.session(cookie).get(USERS).statusCode();
                if (status == 200) {
                    bad.add("round " + round + ": a session opened in the race still lists the users");
                }
            }
            String role = victim.basic(OLD_PASSWORD).get(ME).jsonPath().getString("role");
            if (!"VIEWER".equals(role)) {
                bad.add("round " + round + ": signed in afterwards as " + role);
            }
        }
        assertNoBadRound(bad, raced);
    }

    @Test
    void aCoordinatorMovedToAnotherRegionActsOnlyForTheNewOneOnceTheChangeIsAnswered() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("REGIONAL_COORDINATOR", "27");
            Map<String, Object> body = new HashMap<>(victim.body);
            body.put("regionCode", "22");
            RaceResult result = race(oldCredentials(victim, ME),
                    () -> victim.admin().body(body).put(USERS + "/" + victim.id), 200);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            for (Seen s : result.afterAck("password")) {
                if (s.status == 200 && !s.detail.contains("\"regionCode\":\"22\"")) {
                    bad.add("round " + round + ": signed in with the old region after the change: " + s.detail);
                }
            }
            expectRefused(result, bad, round, "session", "token");
            for (String token : result.minted) {
                Response me = victim.bearer(token).get(ME);
                if (me.statusCode() == 200 && !"22".equals(me.jsonPath().getString("regionCode"))) {
                    bad.add("round " + round + ": a token minted in the race acts for region "
                            + me.jsonPath().getString("regionCode"));
                }
            }
        }
        assertNoBadRound(bad, raced);
    }

    @Test
    void aSignedOutSessionStaysSignedOutWhileRequestsRaceTheSignOut() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("VIEWER", null);
            boolean browser = round % 2 == 1;
            Map<String, Supplier<Response>> attempts = new LinkedHashMap<>();
            for (int thread = 1; thread <= 3; thread++) {
                attempts.put("session " + thread, () -> victim.session(victim.cookie).get(ME));
            }
            attempts.put("token", () -> victim.bearer(victim.token).get(ME));
            attempts.put("other session", () -> victim.session(victim.secondCookie).get(ME));
            // Odd rounds sign the browser session out, even rounds the bearer token.
            RaceResult result = race(attempts, () -> browser
                    ? victim.session(victim.cookie).header(EfsAuthenticationMechanism.CSRF_HEADER, victim.csrf)
                            .post("/api/v1/auth/logout")
                    : victim.bearer(victim.token).post("/api/v1/auth/logout"), 204);
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            if (browser) {
                expectRefused(result, bad, round, "session 1", "session 2", "session 3");
            } else {
                expectRefused(result, bad, round, "token");
            }
            for (Seen s : result.seen) {
                boolean signedOut = browser ? s.kind.startsWith("session") : s.kind.equals("token");
                if (!signedOut && s.status != 200) {
                    bad.add("round " + round + ": " + s.kind + ", not signed out, answered " + s.status);
                }
            }
            int after = browser ? victim.session(victim.cookie).get(ME).statusCode()
                    : victim.bearer(victim.token).get(ME).statusCode();
            if (after != 401) {
                bad.add("round " + round + ": the signed-out credential answered " + after + " afterwards");
            }
        }
        assertNoBadRound(bad, raced);
    }

    /** The ids of the deficits the user has created, as committed at this moment. */
    private static Set<Long> committedDeficitsOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            List<?> ids = em.createNativeQuery("select id from deficit where created_by = ?1")
                    .setParameter(1, username).getResultList();
            Set<Long> committed = new HashSet<>();
            ids.forEach(id -> committed.add(((Number) id).longValue()));
            return committed;
        });
    }

    @Test
    void aWriteInFlightWithTheOldCredentialCommitsBeforeTheChangeOrNotAtAll() throws Exception {
        List<String> bad = new ArrayList<>();
        int raced = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Victim victim = victim("REGIONAL_COORDINATOR", "27");
            Map<String, Object> body = new HashMap<>(victim.body);
            // Odd rounds disable the coordinator, even rounds move them to another region.
            String change = round % 2 == 1 ? "disabled" : "moved to region 22";
            if (round % 2 == 1) {
                body.put("enabled", false);
            } else {
                body.put("regionCode", "22");
            }
            Map<String, Supplier<Response>> attempts = new LinkedHashMap<>();
            for (int thread = 1; thread <= 2; thread++) {
                attempts.put("session write " + thread, () -> victim.session(victim.cookie)
                        .header(EfsAuthenticationMechanism.CSRF_HEADER, victim.csrf).contentType(ContentType.JSON)
                        .body(DeficitData.deficit("27")).post(DeficitData.DEFICITS));
                attempts.put("token write " + thread, () -> victim.bearer(victim.token).contentType(ContentType.JSON)
                        .body(DeficitData.deficit("27")).post(DeficitData.DEFICITS));
            }
            RaceResult result = race(attempts, () -> victim.admin().body(body).put(USERS + "/" + victim.id), 200,
                    () -> committedDeficitsOf(victim.username));
            raced += result.sawSuccessBeforeAck() ? 1 : 0;
            @SuppressWarnings("unchecked")
            Set<Long> committedAtAck = (Set<Long>) result.atAck;
            for (Seen s : result.seen) {
                if (s.status == 201) {
                    long id = JsonPath.from(s.detail).getLong("id");
                    if (!committedAtAck.contains(id)) {
                        bad.add("round " + round + " (" + change + "): " + s.kind + " created deficit " + id
                                + ", committed after the change was answered");
                    }
                } else if (s.sentAt < result.ackAt && s.status != 401) {
                    bad.add("round " + round + " (" + change + "): " + s.kind + " answered " + s.status + " "
                            + s.detail);
                }
            }
            expectRefused(result, bad, round, attempts.keySet().toArray(String[]::new));
            Set<Long> committed = committedDeficitsOf(victim.username);
            committed.removeAll(committedAtAck);
            if (!committed.isEmpty()) {
                bad.add("round " + round + " (" + change + "): deficits " + committed
                        + " of the old credential committed after the change was answered");
            }
        }
        assertNoBadRound(bad, raced);
    }
}
