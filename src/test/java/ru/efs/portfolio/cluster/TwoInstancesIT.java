package ru.efs.portfolio.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the packaged service (the PostgreSQL build, target/quarkus-app-pg) on one PostgreSQL database,
 * each with its own data directory and search index, behave as one service: what one acknowledges, the other's
 * pages, maps and rankings show at once, its search within a second, and a sign-out or password change made through one
 * holds on the other within a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String SERVER = System.getProperty("efs.it.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "efs_two_instances";
    private static final String ADMIN_PASSWORD = "Dva-Ekzemplyara-2024";
    private static final Duration SEARCH_WITHIN = Duration.ofSeconds(1);
    private static final int ROUNDS = 5;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private Path work;
    private String a;
    private String b;

    @BeforeAll
    void startTwoInstances() throws Exception {
        Path jar = Path.of(System.getProperty("efs.it.app", "target/quarkus-app-pg/quarkus-run.jar"));
        assertTrue(Files.exists(jar), "the PostgreSQL build is missing: " + jar);
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        work = Files.createTempDirectory("efs-two-instances");
        a = start(jar, "a");
        waitReady(a);
        b = start(jar, "b"); // the schema is in place: B only checks it
        waitReady(b);
    }

    @AfterAll
    void stop() throws Exception {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException e) {
            // left for the next run, which drops it first
        }
    }

    @Test
    void aDeficitWrittenThroughOneIsOnTheOthersPageAtOnceAndInItsSearchWithinASecond() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String word = "маркер" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            String page = "/api/v1/deficits?regionCode=27&size=100&sort=id,desc";
            assertEquals(200, get(b, page, admin()).statusCode()); // B keeps this page now
            long id = createDeficit(a, "Нет наставников для молодых педагогов, " + word);

            assertTrue(ids(get(b, page, admin())).contains(id), "round " + round + ": B's page misses A's deficit");
            long found = within(SEARCH_WITHIN, () -> ids(get(b, "/api/v1/search?q=" + word, admin())).contains(id));
            assertTrue(found >= 0, "round " + round + ": B's search did not find A's deficit within 1 s");

            HttpResponse<String> changed = put(a, "/api/v1/deficits/" + id, deficitBody("Устранён: " + word),
                    admin(), get(a, "/api/v1/deficits/" + id, admin()).headers().firstValue("ETag").orElseThrow());
            assertEquals(200, changed.statusCode(), changed.body());
            assertTrue(text(get(b, "/api/v1/deficits/" + id, admin())).contains("Устранён"),
                    "round " + round + ": B shows the old deficit");
            assertEquals(204, delete(a, "/api/v1/deficits/" + id, admin(),
                    get(a, "/api/v1/deficits/" + id, admin()).headers().firstValue("ETag").orElseThrow()).statusCode());
            assertTrue(!ids(get(b, page, admin())).contains(id), "round " + round + ": B's page shows a deleted one");
            long gone = within(SEARCH_WITHIN,
                    () -> !ids(get(b, "/api/v1/search?q=" + word, admin())).contains(id));
            assertTrue(gone >= 0, "round " + round + ": B's search still finds the deleted deficit after 1 s");
        }
    }

    @Test
    void aLinkDeclaredThroughOneIsOnTheOthersMapAtOnce() throws Exception {
        String edge = "/api/v1/influence/edges/25/41";
        for (int round = 0; round < ROUNDS; round++) {
            int before = json.readTree(get(b, edge, admin()).body()).get("itemCount").asInt();
            assertEquals(200, get(b, "/api/v1/influence/map", admin()).statusCode()); // B keeps its map now
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("sourceRegionCode", "25");
            link.put("targetRegionCode", "41");
            link.put("kind", "PRACTICE_TRANSFER");
            link.put("strength", 2);
            link.put("note", "Обмен наставниками, круг " + round);
            HttpResponse<String> created = post(a, "/api/v1/influence/links", link, admin(), null);
            assertEquals(201, created.statusCode(), created.body());

            assertEquals(before + 1, json.readTree(get(b, edge, admin()).body()).get("itemCount").asInt(),
                    "round " + round + ": B's edge misses A's link");
            boolean onMap = false;
            for (JsonNode e : json.readTree(get(b, "/api/v1/influence/map", admin()).body()).get("edges")) {
                onMap |= e.get("fromRegionCode").asText().equals("25") && e.get("toRegionCode").asText().equals("41")
                        && e.get("itemCount").asInt() == before + 1;
            }
            assertTrue(onMap, "round " + round + ": B's map misses A's link");
        }
    }

    @Test
    void aPracticeSubmittedThroughOneRanksOnTheOthersRecommendationsAtOnce() throws Exception {
        long deficit = createDeficit(a, "Молодые педагоги уходят без наставничества");
        String ranking = "/api/v1/deficits/" + deficit + "/recommendations?size=50";
        for (int round = 0; round < ROUNDS; round++) {
            assertEquals(200, get(b, ranking, admin()).statusCode()); // B keeps this ranking now
            Map<String, Object> practice = new LinkedHashMap<>();
            practice.put("title", "Партнёрское наставничество " + round + " " + UUID.randomUUID());
            practice.put("summary", "Пары опытных и молодых педагогов из разных школ");
            practice.put("description", "Наставники сопровождают молодых педагогов два года");
            practice.put("regionCode", "22");
            practice.put("categoryCodes", List.of("mentoring"));
            practice.put("targetGroups", "Молодые педагоги");
            practice.put("results", "Остались в профессии 112 из 120");
            practice.put("evidence", "Мониторинг 2021–2023");
            practice.put("yearsInOperation", 3);
            practice.put("maturity", "ESTABLISHED");
            HttpResponse<String> created = post(a, "/api/v1/practices", practice, admin(), null);
            assertEquals(201, created.statusCode(), created.body());
            long id = json.readTree(created.body()).get("id").asLong();
            HttpResponse<String> submitted = post(a, "/api/v1/practices/" + id + "/transitions",
                    Map.of("to", "SUBMITTED"), admin(), created.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, submitted.statusCode(), submitted.body());

            JsonNode items = json.readTree(get(b, ranking, admin()).body()).get("items");
            boolean ranked = false;
            for (JsonNode item : items) {
                ranked |= item.get("practice").get("id").asLong() == id;
            }
            assertTrue(ranked, "round " + round + ": B's ranking misses the practice submitted through A");
        }
    }

    @Test
    void aSignOutThroughOneEndsTheSessionOnTheOtherWithinASecond() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            HttpResponse<String> login = post(b, "/api/v1/auth/login",
                    Map.of("username", "admin", "password", ADMIN_PASSWORD), null, null);
            assertEquals(200, login.statusCode(), login.body());
            String cookie = login.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("EFS_SESSION=")).findFirst().orElseThrow().split(";")[0];
            String csrf = json.readTree(login.body()).get("csrfToken").asText();
            assertEquals(200, send(b, "GET", "/api/v1/auth/me", null, Map.of("Cookie", cookie)).statusCode());

            HttpResponse<String> logout = send(a, "POST", "/api/v1/auth/logout", null,
                    Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
            assertEquals(204, logout.statusCode(), logout.body());
            long ended = within(Duration.ofSeconds(1),
                    () -> send(b, "GET", "/api/v1/auth/me", null, Map.of("Cookie", cookie)).statusCode() == 401);
            assertTrue(ended >= 0, "round " + round + ": the session still works on B a second after signing out");
        }
    }

    @Test
    void aPasswordChangedThroughOneStopsTheOldPasswordOnTheOtherWithinASecond() throws Exception {
        String username = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Staryj-Parol-1";
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", password);
        user.put("fullName", "Смирнова Анна Сергеевна");
        user.put("role", "VIEWER");
        HttpResponse<String> created = post(a, "/api/v1/users", user, admin(), null);
        assertEquals(201, created.statusCode(), created.body());
        long id = json.readTree(created.body()).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (int round = 0; round < ROUNDS; round++) {
            String next = "Novyj-Parol-" + round + "-" + UUID.randomUUID().toString().substring(0, 6);
            assertEquals(200, get(b, "/api/v1/auth/me", basic(username, password)).statusCode()); // cached on B
            user.put("password", next);
            HttpResponse<String> changed = put(a, "/api/v1/users/" + id, user, admin(), etag);
            assertEquals(200, changed.statusCode(), changed.body());
            etag = changed.headers().firstValue("ETag").orElseThrow();
            String old = password;
            long refused = within(Duration.ofSeconds(1),
                    () -> get(b, "/api/v1/auth/me", basic(username, old)).statusCode() == 401);
            assertTrue(refused >= 0, "round " + round + ": the old password still works on B after 1 s");
            assertEquals(200, get(b, "/api/v1/auth/me", basic(username, next)).statusCode());
            password = next;
        }
    }

    // --- the instances

    private String start(Path jar, String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createDirectories(work.resolve(name));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_PROFILE", "pg");
        env.put("EFS_DB_URL", SERVER + DATABASE);
        env.put("EFS_DB_USER", "postgres");
        env.put("EFS_DATA_DIR", data.toString());
        env.put("EFS_HTTP_PORT", String.valueOf(port));
        env.put("EFS_HTTP_HOST", "127.0.0.1");
        env.put("EFS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(data.resolve("service.log").toFile());
        processes.add(builder.start());
        return "http://127.0.0.1:" + port;
    }

    private void waitReady(String base) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (get(base, "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            for (Process process : processes) {
                if (!process.isAlive()) {
                    fail("an instance stopped while starting; see " + work);
                }
            }
            Thread.sleep(200);
        }
        fail("an instance was not ready within 2 minutes; see " + work);
    }

    // --- requests

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Milliseconds until the check first holds, asked every 20 ms; -1 when it did not within the time. */
    private static long within(Duration time, Check check) throws Exception {
        long started = System.nanoTime();
        while (true) {
            if (check.holds()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            if (System.nanoTime() - started > time.toNanos()) {
                return -1;
            }
            Thread.sleep(20);
        }
    }

    private long createDeficit(String base, String title) throws Exception {
        HttpResponse<String> created = post(base, "/api/v1/deficits", deficitBody(title), admin(), null);
        assertEquals(201, created.statusCode(), created.body());
        return json.readTree(created.body()).get("id").asLong();
    }

    private static Map<String, Object> deficitBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Молодые педагоги уходят из школ в первые три года работы.");
        body.put("regionCode", "27");
        body.put("categoryCodes", List.of("mentoring"));
        body.put("severity", "HIGH");
        return body;
    }

    private List<Long> ids(HttpResponse<String> page) throws IOException {
        assertEquals(200, page.statusCode(), page.body());
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : json.readTree(page.body()).get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    private static String text(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String base, String path, String authorization) throws Exception {
        return send(base, "GET", path, null, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private HttpResponse<String> post(String base, String path, Object body, String authorization, String ifMatch)
            throws Exception {
        return send(base, "POST", path, body, headers(authorization, ifMatch));
    }

    private HttpResponse<String> put(String base, String path, Object body, String authorization, String ifMatch)
            throws Exception {
        return send(base, "PUT", path, body, headers(authorization, ifMatch));
    }

    private HttpResponse<String> delete(String base, String path, String authorization, String ifMatch)
            throws Exception {
        return send(base, "DELETE", path, null, headers(authorization, ifMatch));
    }

    private static Map<String, String> headers(String authorization, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return headers;
    }

    private HttpResponse<String> send(String base, String method, String path, Object body,
            Map<String, String> headers) throws Exception {
        int query = path.indexOf("?q=");
        String encoded = query < 0 ? path
                : path.substring(0, query + 3) + URLEncoder.encode(path.substring(query + 3), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + encoded)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
