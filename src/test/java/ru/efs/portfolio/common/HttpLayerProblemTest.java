package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/**
 * The HTTP layer's own refusals are problems like every other error: Russian by default, English on request, the
 * right status and never a 5xx. Requests no client library sends as they are go over a plain socket.
 */
@QuarkusTest
class HttpLayerProblemTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAddressOfTwentyKilobytesIsA414Problem() throws IOException {
        Raw answer = send("GET /api/v1/regions?q=" + "x".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n");

        answer.isProblem(414, "Слишком длинный адрес");
        assertTrue(answer.json().getString("detail").contains("4096"), answer.body);
    }

    @Test
    void headersOfFortyKilobytesAreA431Problem() throws IOException {
        Raw answer = send("GET /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(40_000)
                + "\r\n\r\n");

        answer.isProblem(431, "Слишком большие заголовки");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWithoutReadingIt() throws IOException {
        Raw answer = send("POST /api/v1/subjects HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 60000000\r\n\r\n{\"name\":");

        answer.isProblem(413, "Слишком большой запрос");
    }

    @Test
    void aPercentEscapeThatIsNoCharacterIsA400Problem() throws IOException {
        Api.ensureUsers();
        String viewer = Base64.getEncoder().encodeToString((TestUser.VIEWER.username + ":" + TestUser.VIEWER.password)
                .getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/api/v1/subjects/%E0%A4", "/api/v1/subjects/%C0%AF", "/api/v1/%FF"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + "Authorization: Basic " + viewer + "\r\n\r\n");
            answer.isProblem(answer.status, answer.status == 404 ? "Not found" : "Invalid request");
            assertTrue(answer.status == 400 || answer.status == 404, path + ": " + answer.head);
        }
    }

    @Test
    void aBrokenPercentEscapeAnywhereIsA400ProblemNamingTheAddressAsSent() throws IOException {
        for (String path : new String[] {"/api/v1/subjects/%zz", "/api/v1/subjects/%", "/api/v1/subjects/%2",
                "/api/v1/regions/%zz/x", "/%zz", "/deficits/%zz", "/q/metrics/%zz", "/q/swagger-ui/%zz",
                "/q/health/%"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            answer.isProblem(400, "Некорректный адрес");
            assertEquals(path, answer.json().getString("instance"), answer.body);
            assertTrue(answer.json().getString("detail").contains("%"), answer.body);
            answer.hasBrowserHeaders();
        }
    }

    @Test
    void aBrokenPercentEscapeInTheQueryOrAnAbsoluteAddressIsA400ProblemToo() throws IOException {
        for (String target : new String[] {"/api/v1/regions?q=%zz", "/api/v1/regions?%", "/api/v1/regions?q=%e",
                "http://localhost/api/v1/subjects/%zz"}) {
            Raw answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + viewer() + "\r\n");

            answer.isProblem(400, "Некорректный адрес");
        }
    }

    @Test
    void aBrokenPercentEscapeAnswersInEnglishWhenAsked() throws IOException {
        Raw answer = send("POST /api/v1/subjects/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");

        answer.isProblem(400, "Invalid address");
        assertTrue(answer.json().getString("detail").contains("percent-encoded"), answer.body);
    }

    @Test
    void charactersAnAddressMayNotCarryAre400ProblemsNeverServerErrors() throws IOException {
        for (String path : new String[] {"/api/v1/subjects/a|b", "/api/v1/subjects/{}", "/api/v1/subjects/a\\b",
                "/api/v1/subjects/a^b", "/api/v1/subjects/a`b", "/api/v1/subjects/\"x\"", "/api/v1/subjects/<b>",
                "/api/v1/regions?q=a|b", "/api/v1/subjects/\u0436\u0443\u043a", "/deficits/\u00e9t\u00e9"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + viewer() + "\r\n");

            answer.isProblem(400, "Некорректный адрес");
            answer.hasBrowserHeaders();
        }
        byte[] latin1 = "GET /api/v1/subjects/caf\u00e9 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        send(latin1).isProblem(400, "Некорректный адрес");
        byte[] control = "GET /api/v1/subjects/a\u007fb HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        send(control).isProblem(400, "Некорректный адрес");
    }

    @Test
    void dotSegmentsAndDoubleSlashesResolveBeforeThePermissionsAreChecked() throws IOException {
        for (String path : new String[] {"/q/health/../metrics", "/q/health/%2e%2e/metrics", "/q/health/%2E%2E/metrics",
                "//q/metrics", "/q//metrics", "/api/%2e%2e/q/metrics", "/q/metrics;x=y", "/q/openapi/../metrics"}) {
            Raw anonymous = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            anonymous.isProblem(401, "Требуется вход");
            assertTrue(!anonymous.body.contains("jvm_"), path + ": " + anonymous.body);
            Raw viewer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + viewer() + "\r\n");
            viewer.isProblem(403, "Доступ запрещён");
        }
        // An escaped slash is no separator: this is a name under /q/health, not the metrics.
        Raw escapedSlash = send("GET /q/health/..%2fmetrics HTTP/1.1\r\nHost: localhost\r\n" + viewer() + "\r\n");
        escapedSlash.isProblem(404, "Не найдено");
        for (String path : new String[] {"//api/v1/regions", "/api/v1/../v1/regions", "/api/v1/./regions"}) {
            send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").isProblem(401, "Требуется вход");
        }
    }

    @Test
    void aNulCharacterInAPathIsA400Problem() throws IOException {
        for (String path : new String[] {"/api/v1/regions/%00", "/api/v1/subjects/%00", "/api/v1/regions/27%00",
                "/q/swagger-ui/index.html%00", "/deficits/%00"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + viewer() + "\r\n");
            answer.isProblem(400, "Invalid address");
            assertEquals("https://efs.example/problems/bad-address", answer.json().getString("type"));
            assertTrue(answer.json().getString("detail").contains("NUL"), answer.body);
        }
    }

    /** No escape, dot or backslash leads out of the files the service serves (Swagger UI's here, the app's too). */
    @Test
    void noAddressReachesAFileOutsideTheServedOnes() throws IOException {
        for (String path : new String[] {"/%2e%2e/%2e%2e/application.properties",
                "/..%2f..%2fapplication.properties", "/..%5c..%5capplication.properties", "/%2e%2e%2f%2e%2e%2fpom.xml",
                "/../../pom.xml", "/q/swagger-ui/..%2f..%2f..%2fapplication.properties",
                "/q/swagger-ui/%2e%2e/%2e%2e/application.properties", "/q/swagger-ui/..%5c..%5capplication.properties",
                "/q/swagger-ui/%2e%2e%2f%2e%2e%2fpom.xml", "/q/swagger-ui/%252e%252e/%252e%252e/application.properties",
                "/META-INF/resources/../application.properties", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/q/swagger-ui/..%00/application.properties"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertTrue(answer.status >= 400 && answer.status < 500, path + ": " + answer.head);
            assertTrue(!answer.body.contains("quarkus.") && !answer.body.contains("root:")
                    && !answer.body.contains("<project"), path + ": " + answer.body);
            answer.isProblem(answer.status, answer.status == 404 ? "Не найдено" : "Некорректный адрес");
        }
        Raw swagger = send("GET /q/swagger-ui/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(200, swagger.status, swagger.head);
        assertTrue(swagger.body.contains("swagger-ui"), swagger.body);
        assertEquals(200, send("GET /q/swagger-ui/swagger-ui.css HTTP/1.1\r\nHost: localhost\r\n\r\n").status);
    }

    @Test
    void anAnonymousCallToAProtectedOperationsPathIsA401ProblemWithTheChallenge() throws IOException {
        Raw answer = send("GET /q/metrics HTTP/1.1\r\nHost: localhost\r\n\r\n");

        answer.isProblem(401, "Требуется вход");
        assertTrue(answer.head.contains("WWW-Authenticate: Basic realm=\"EFS\""), answer.head);
        assertEquals("https://efs.example/problems/unauthorized", answer.json().getString("type"));
        answer.hasBrowserHeaders();
        Raw english = send("GET /q/metrics HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n\r\n");
        english.isProblem(401, "Sign-in required");
        // The browser app handles a 401 itself: no challenge that would open the browser's own dialog.
        Raw app = send("GET /q/metrics HTTP/1.1\r\nHost: localhost\r\nX-Requested-With: XMLHttpRequest\r\n\r\n");
        app.isProblem(401, "Требуется вход");
        assertTrue(!app.head.toLowerCase().contains("www-authenticate"), app.head);
        Raw wrongPassword = send("GET /q/metrics HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("nobody:wrong-password".getBytes(StandardCharsets.UTF_8))
                + "\r\n\r\n");
        wrongPassword.isProblem(401, "Требуется вход");
        assertTrue(wrongPassword.head.contains("WWW-Authenticate: Basic"), wrongPassword.head);
    }

    @Test
    void anAnonymousCallToTheApiIsA401ProblemWithTheChallenge() throws IOException {
        Raw answer = send("GET /api/v1/regions HTTP/1.1\r\nHost: localhost\r\n\r\n");

        answer.isProblem(401, "Требуется вход");
        assertTrue(answer.head.contains("WWW-Authenticate: Basic realm=\"EFS\""), answer.head);
        assertEquals("https://efs.example/problems/unauthorized", answer.json().getString("type"));
    }

    @Test
    void theSameLimitsAnswerInEnglishWhenAsked() throws IOException {
        Raw answer = send("GET /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nX-Padding: "
                + "a".repeat(40_000) + "\r\n\r\n");

        answer.isProblem(431, "Request headers too large");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblems() {
        Api.as(TestUser.VIEWER).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON))
                .body("title", equalTo("Не найдено")).body("instance", equalTo("/api/v1/no-such-thing"));
        Api.as(TestUser.ADMIN).body("{}").patch("/api/v1/regions").then().statusCode(405)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON))
                .body("title", equalTo("Метод не поддерживается")).body("status", equalTo(405));
        Api.as(TestUser.ADMIN).contentType("text/plain").body("x").post("/api/v1/subjects").then().statusCode(415)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON)).body("type", startsWith("https://"));
        given().auth().preemptive().basic(TestUser.ADMIN.username, TestUser.ADMIN.password).accept("image/png")
                .get("/api/v1/regions").then().statusCode(406)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON));
    }

    private static String viewer() {
        Api.ensureUsers();
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (TestUser.VIEWER.username + ":" + TestUser.VIEWER.password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private Raw send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.UTF_8));
    }

    /** One request over a fresh connection, written as given; the answer read until the server closes or is done. */
    private Raw send(byte[] request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return Raw.read(socket.getInputStream());
        }
    }

    private record Raw(int status, String head, String body) {

        static Raw read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            long length = -1;
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                bytes.write(buffer, 0, n);
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                    for (String line : text.substring(0, headEnd).split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Long.parseLong(line.substring(15).trim());
                        }
                    }
                }
                if (headEnd >= 0 && length >= 0 && bytes.size() >= headEnd + 4 + length) {
                    break;
                }
            }
            String all = bytes.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String body = end < 0 ? "" : all.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }

        JsonPath json() {
            return new JsonPath(body);
        }

        void isProblem(int expected, String title) {
            assertEquals(expected, status, head + "\n" + body);
            assertTrue(head.toLowerCase().contains("content-type: application/problem+json"), head);
            assertTrue(head.toLowerCase().contains("x-content-type-options: nosniff"), head);
            JsonPath json = json();
            assertEquals(expected, json.getInt("status"), body);
            assertEquals(title, json.getString("title"), body);
            assertTrue(json.getString("type").startsWith("https://efs.example/problems/"), body);
            assertTrue(!json.getString("detail").isBlank(), body);
            assertTrue(json.getString("instance").startsWith("/"), body);
        }

        void hasBrowserHeaders() {
            String lower = head.toLowerCase();
            assertTrue(lower.contains("x-frame-options: deny") && lower.contains("referrer-policy: no-referrer")
                    && lower.contains("content-security-policy: default-src 'self'"), head);
        }
    }
}
