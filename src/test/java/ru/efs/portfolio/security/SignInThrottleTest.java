package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/**
 * Password guessing against the running service with the shipped limits (5 free failures per account and address,
 * 20 per account, 30 per address) and short delays. Each test acts from its own client addresses, forwarded by
 * 127.0.0.1 as a trusted proxy would, so the other tests' sign-ins from 127.0.0.1 do not count.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ShippedLimits.class)
class SignInThrottleTest {

    /** The shipped numbers of free failures; delays of 2 s doubling to 4 s, so the test does not sleep long. */
    public static class ShippedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("efs.auth.throttle.pair.free-failures", "5"),
                    Map.entry("efs.auth.throttle.account.free-failures", "20"),
                    Map.entry("efs.auth.throttle.address.free-failures", "30"),
                    Map.entry("efs.auth.throttle.first-delay", "PT2S"),
                    Map.entry("efs.auth.throttle.pair.max-delay", "PT4S"),
                    Map.entry("efs.auth.throttle.account.max-delay", "PT4S"),
                    Map.entry("efs.auth.throttle.address.max-delay", "PT4S"),
                    Map.entry("efs.auth.throttle.window", "PT1M"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
        }
    }

    private static final int FREE_PER_PAIR = 5;
    private static final int BURST = 50;
    private static final int ROUNDS = 30;
    private static final String PASSWORD = "Zamok-Na-Dveri-2024";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** One way a password comes in. */
    private enum Way {
        FORM, TOKEN, BASIC;

        Response send(String address, String username, String password) {
            RequestSpecification request = given().header("X-Forwarded-For", address).accept(ContentType.JSON);
            return switch (this) {
                case FORM -> request.contentType(ContentType.JSON)
                        .body(Map.of("username", username, "password", password)).post("/api/v1/auth/login");
                case TOKEN -> request.auth().preemptive().basic(username, password).post("/api/v1/auth/tokens");
                case BASIC -> request.auth().preemptive().basic(username, password).get("/api/v1/regions");
            };
        }

        int success() {
            return this == TOKEN ? 201 : 200;
        }
    }

    @Test
    void aBurstOfWrongPasswordsGetsOnlyTheFreeFailuresAndOneMoreThroughOnEveryWay() throws Exception {
        List<String> bad = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Way way = Way.values()[round % Way.values().length];
            String address = nextAddress();
            String username = "ghost-" + round + "-" + address;
            List<Response> answers = concurrently(BURST, i -> way.send(address, username, "guess-" + i));
            long unauthorized = answers.stream().filter(r -> r.statusCode() == 401).count();
            long refused = answers.stream().filter(r -> r.statusCode() == 429).count();
            boolean retryAfterEverywhere = answers.stream().filter(r -> r.statusCode() == 429)
                    .allMatch(r -> retryAfter(r) >= 1 && retryAfter(r) <= 4
                            && r.jsonPath().getString("type").endsWith("/too-many-sign-ins"));
            // The free failures, and the one that starts the first delay; every other guess is refused unchecked.
            if (unauthorized != FREE_PER_PAIR + 1 || refused != BURST - FREE_PER_PAIR - 1 || !retryAfterEverywhere) {
                bad.add("round " + round + " (" + way + "): " + unauthorized + "×401, " + refused + "×429, "
                        + "Retry-After and problem on every 429: " + retryAfterEverywhere);
            }
        }
        assertTrue(bad.isEmpty(), "bad rounds:\n" + String.join("\n", bad));
    }

    @Test
    void formSignInIsRefusedWithARussianProblemEvenForTheRightPasswordUntilTheDelayPasses() throws Exception {
        blockedThenFreeAgain(Way.FORM);
    }

    @Test
    void tokenRequestIsRefusedEvenForTheRightPasswordUntilTheDelayPasses() throws Exception {
        blockedThenFreeAgain(Way.TOKEN);
    }

    @Test
    void basicOnAnyOperationIsRefusedEvenForTheRightCachedPasswordUntilTheDelayPasses() throws Exception {
        blockedThenFreeAgain(Way.BASIC);
    }

    private void blockedThenFreeAgain(Way way) throws Exception {
        String user = newUser();
        String address = nextAddress();
        // Signed in once, so that the right password now comes from the identity cache.
        way.send(address, user, PASSWORD).then().statusCode(way.success());

        List<Response> answers = concurrently(BURST, i -> way.send(address, user, "wrong-" + i));
        assertEquals(FREE_PER_PAIR + 1, answers.stream().filter(r -> r.statusCode() == 401).count(), "401 answers");

        Response refused = way.send(address, user, PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/too-many-sign-ins"))
                .body("status", equalTo(429))
                .body("title", equalTo("Слишком много попыток входа"))
                .body("detail", containsString("Повторите через"));
        int wait = retryAfter(refused);
        assertTrue(wait >= 1 && wait <= 2, "Retry-After of the first delay: " + wait);
        given().header("X-Forwarded-For", address).header("Accept-Language", "en").auth().preemptive()
                .basic(user, PASSWORD).get("/api/v1/auth/me").then().statusCode(429)
                .body("title", equalTo("Too many sign-in attempts"));
        // A path permission's sign-in (Basic on /q/metrics, before the REST layer) is refused the same way.
        Response metrics = given().header("X-Forwarded-For", address).auth().preemptive().basic(user, PASSWORD)
                .accept("*/*").get("/q/metrics");
        metrics.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/too-many-sign-ins")).body("title", equalTo("Слишком много попыток входа"));
        assertTrue(retryAfter(metrics) >= 1 && retryAfter(metrics) <= 2, "Retry-After: " + retryAfter(metrics));

        sleepSeconds(wait);
        // The next failure doubles the delay.
        way.send(address, user, "wrong-again").then().statusCode(401);
        Response longer = way.send(address, user, PASSWORD);
        longer.then().statusCode(429);
        assertTrue(retryAfter(longer) > 2 && retryAfter(longer) <= 4, "doubled delay: " + retryAfter(longer));

        sleepSeconds(retryAfter(longer));
        way.send(address, user, PASSWORD).then().statusCode(way.success());
        // The success cleared the pair: the free failures are there again.
        for (int i = 0; i < FREE_PER_PAIR; i++) {
            way.send(address, user, "wrong-after-" + i).then().statusCode(401);
        }
        way.send(address, user, PASSWORD).then().statusCode(way.success());
    }

    @Test
    void anotherAccountFromTheSameAddressIsNotLockedByTheFirstOnesFailures() throws Exception {
        String attacked = newUser();
        String other = newUser();
        String address = nextAddress();
        concurrently(BURST, i -> Way.FORM.send(address, attacked, "wrong-" + i));
        Way.FORM.send(address, attacked, PASSWORD).then().statusCode(429);

        Way.FORM.send(address, other, PASSWORD).then().statusCode(200);
        Way.BASIC.send(address, other, "wrong").then().statusCode(401);
        Way.BASIC.send(address, other, PASSWORD).then().statusCode(200);
    }

    @Test
    void guessesFromManyAddressesBlockTheAccountOnlyBriefly() throws Exception {
        String user = newUser();
        // 20 failures from five addresses, four each: under the per-address-and-account limit everywhere.
        List<String> attackers = List.of(nextAddress(), nextAddress(), nextAddress(), nextAddress(), nextAddress());
        List<Response> answers = concurrently(20, i -> Way.BASIC.send(attackers.get(i % 5), user, "wrong-" + i));
        assertTrue(answers.stream().allMatch(r -> r.statusCode() == 401), "the 20 free failures are 401");
        Way.FORM.send(nextAddress(), user, "wrong-21").then().statusCode(401);

        // The real user, from an address that never failed, waits for the account-wide delay only.
        String own = nextAddress();
        Response refused = Way.FORM.send(own, user, PASSWORD);
        refused.then().statusCode(429);
        assertTrue(retryAfter(refused) <= 2, "the account-wide delay is short: " + retryAfter(refused));
        sleepSeconds(retryAfter(refused));
        Way.FORM.send(own, user, PASSWORD).then().statusCode(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() throws Exception {
        String address = nextAddress();
        String user = newUser();
        // Password spraying: one guess on each of 30 accounts, then one more.
        List<Response> answers = concurrently(31,
                i -> Way.FORM.send(address, "sprayed-" + i + "-" + address, "Leto2024"));
        assertEquals(31, answers.stream().filter(r -> r.statusCode() == 401).count(), "30 free failures and one more");

        Response refused = Way.BASIC.send(address, user, PASSWORD);
        refused.then().statusCode(429);
        Way.FORM.send(nextAddress(), user, PASSWORD).then().statusCode(200);
        sleepSeconds(retryAfter(refused));
        Way.BASIC.send(address, user, PASSWORD).then().statusCode(200);
    }

    @Test
    void signInAnswersSayHowManyFreeFailuresAreLeft() {
        String user = newUser();
        String address = nextAddress();
        Response ok = Way.FORM.send(address, user, PASSWORD);
        ok.then().statusCode(200).header("RateLimit-Limit", "5").header("RateLimit-Remaining", "5")
                .header("RateLimit-Reset", "0");
        Response wrong = Way.FORM.send(address, user, "wrong");
        wrong.then().statusCode(401).header("RateLimit-Limit", "5").header("RateLimit-Remaining", "4");
        assertTrue(Integer.parseInt(wrong.getHeader("RateLimit-Reset")) > 0, "the failure is remembered a while");
        Way.TOKEN.send(address, user, PASSWORD).then().statusCode(201).header("RateLimit-Remaining", "5");
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/auth/login").then().statusCode(400).header("RateLimit-Limit", "30");
    }

    private static String newUser() {
        String username = "throttled-" + ADDRESSES.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        Api.as(TestUser.ADMIN).body(Map.of("username", username, "password", PASSWORD,
                "fullName", "Проверка ограничения входа", "role", "VIEWER")).post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static int retryAfter(Response response) {
        String value = response.getHeader("Retry-After");
        return value == null ? -1 : Integer.parseInt(value);
    }

    private static void sleepSeconds(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L + 300);
    }

    private static List<Response> concurrently(int count, Function<Integer, Response> call) throws Exception {
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(POOL.submit(() -> call.apply(index)));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }
}
