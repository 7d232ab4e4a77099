package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/**
 * Walks every operation of the generated OpenAPI document and throws bad input at it — malformed JSON, wrong
 * types, huge strings, absurd numbers, bad ids and bad query parameters. No answer may be a 5xx.
 */
@QuarkusTest
class NoServerErrorTest {

    private static final List<String> BAD_BODIES = List.of(
            "{", "[]", "\"text\"", "null", "{}", "42",
            "{\"title\": 12, \"name\": [], \"regionCode\": {}, \"year\": \"год\", \"startDate\": \"10.10.2023\"}",
            "{\"title\": \"" + "Ж".repeat(20000) + "\", \"name\": \"" + "Ж".repeat(20000) + "\"}",
            "{\"year\": 99999999999999999999, \"number\": -1, \"relevance\": 1e400, \"version\": -5}",
            "{\"regionCodes\": [null, \"xx\", 1], \"categoryCodes\": [\"\u0000\"], \"deficitIds\": [\"a\", -1]}",
            "{\"to\": \"NOWHERE\", \"type\": \"NOPE\", \"role\": \"GOD\", \"severity\": 7}",
            "{\"startDate\": \"2023-02-30\", \"endDate\": \"2023-13-01\", \"indicators\": [{\"baseline\": \"много\"}]}");

    private static final List<String> BAD_IDS = List.of("abc", "0", "-1", "99999999999999999999", "1.5", "%20");

    private static final List<String> BAD_QUERY_VALUES = List.of("-1", "abc", "99999999999999999999", "", "%",
            "Ж".repeat(300), "name,sideways");

    @Test
    void noInputProducesA5xx() throws Exception {
        Api.ensureUsers();
        JsonNode document = new ObjectMapper().readTree(
                given().accept(ContentType.JSON).get("/q/openapi?format=json").asString());
        List<String> failures = new ArrayList<>();
        int calls = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                for (String url : concrete(path.getKey())) {
                    if (operation.getValue().has("requestBody")) {
                        for (String body : BAD_BODIES) {
                            calls++;
                            check(failures, method, url, send(method, url, body), body);
                        }
                    } else {
                        calls++;
                        check(failures, method, url, send(method, url, null), "");
                    }
                }
                if ("GET".equals(method) && operation.getValue().has("parameters")) {
                    for (JsonNode parameter : operation.getValue().get("parameters")) {
                        if (!"query".equals(parameter.path("in").asText())) {
                            continue;
                        }
                        for (String value : BAD_QUERY_VALUES) {
                            String url = concrete(path.getKey()).get(0);
                            calls++;
                            Response response = Api.as(TestUser.ADMIN)
                                    .queryParam(parameter.get("name").asText(), value).get(url);
                            check(failures, method, url + "?" + parameter.get("name").asText() + "=" + value,
                                    response, "");
                        }
                    }
                }
            }
        }
        assertTrue(calls > 300, "the document should offer many operations, got " + calls + " calls");
        assertTrue(failures.isEmpty(), "5xx answers:\n" + String.join("\n", failures));
    }

    private static List<String> concrete(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> urls = new ArrayList<>();
        urls.add(template.replaceAll("\\{[^}]+}", "1"));
        for (String id : BAD_IDS) {
            urls.add(template.replaceAll("\\{[^}]+}", id));
        }
        return urls;
    }

    private static Response send(String method, String url, String body) {
        var request = Api.as(TestUser.ADMIN).header("If-Match", "\"0\"").urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, url);
    }

    private static void check(List<String> failures, String method, String url, Response response, String body) {
        if (response.statusCode() >= 500) {
            failures.add(method + " " + url + " → " + response.statusCode() + " for body "
                    + body.substring(0, Math.min(80, body.length())) + ": " + response.asString());
        }
    }
}
