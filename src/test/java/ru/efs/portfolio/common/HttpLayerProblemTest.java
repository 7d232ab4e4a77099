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
                + "Content-Length: 20000000\r\n\r\n{\"name\":");

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

    /**
     * A malformed escape (%zz) is refused by Quarkus before any router or filter runs (VertxHttpRecorder's request
     * handler checks the address with java.net.URI and answers a bare 400), so only its status can be asked for.
     */
    @Test
    void aMalformedPercentEscapeIsA400NeverAServerError() throws IOException {
        assertEquals(400, send("GET /api/v1/subjects/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n").status);
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

    /** One request over a fresh connection, written as given; the answer read until the server closes or is done. */
    private Raw send(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
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
            assertTrue(json.getString("instance").startsWith("/api/v1/"), body);
        }
    }
}
