package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/**
 * A client that sends many requests at once over HTTP Basic (an integration's connection pool, the app's parallel
 * loads) when its cached sign-in has expired, with the shipped limits of {@link SignInThrottleTest}. Each round uses
 * its own client address, forwarded by 127.0.0.1 as a trusted proxy would.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ShippedLimits.class)
class ParallelSignInThrottleTest {

    private static final int BURST = 32;
    private static final int ROUNDS = 10;
    private static final int FREE_PER_PAIR = 5;
    private static final String PASSWORD = "Parallelnyi-Klient-2024";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(BURST);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void aBurstWithTheRightPasswordIsAnsweredInFullOnFirstUseAndAfterTheCachedSignInExpired() throws Exception {
        List<String> bad = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String user = newUser();
            String address = nextAddress();
            Map<Integer, Long> firstUse = statuses(all(i -> basic(address, user, PASSWORD)));
            // As when the identity cache's time to live has passed.
            Arc.container().instance(IdentityCache.class).get().forgetUser(user);
            Map<Integer, Long> expired = statuses(all(i -> basic(address, user, PASSWORD)));
            if (!firstUse.equals(Map.of(200, (long) BURST)) || !expired.equals(Map.of(200, (long) BURST))) {
                bad.add("round " + round + ": first use " + firstUse + ", after expiry " + expired);
            }
        }
        assertTrue(bad.isEmpty(), "answers by status in bad rounds:\n" + String.join("\n", bad));
    }

    @Test
    void aBurstRepeatingOneWrongPasswordIsOneGuess() throws Exception {
        String user = newUser();
        String address = nextAddress();
        assertEquals(Map.of(401, (long) BURST), statuses(all(i -> basic(address, user, "odin-i-tot-zhe"))));
        // Four more free failures, and the one that starts the first delay.
        for (int i = 0; i < FREE_PER_PAIR; i++) {
            basic(address, user, "drugoi-" + i).then().statusCode(401);
        }
        basic(address, user, PASSWORD).then().statusCode(429);
    }

    private static Response basic(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .accept(ContentType.JSON).get("/api/v1/regions");
    }

    private static String newUser() {
        String username = "parallel-" + CLIENTS.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        Api.as(TestUser.ADMIN).body(Map.of("username", username, "password", PASSWORD,
                "fullName", "Проверка параллельного входа", "role", "VIEWER")).post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }

    private static String nextAddress() {
        int n = CLIENTS.incrementAndGet();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Sends {@link #BURST} requests at the same moment, each from its own thread and connection. */
    private static List<Response> all(Function<Integer, Response> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            int index = i;
            futures.add(POOL.submit(() -> {
                start.await();
                return call.apply(index);
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static Map<Integer, Long> statuses(List<Response> answers) {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
        return counts;
    }
}
