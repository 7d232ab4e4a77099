package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/**
 * Walks every operation of the generated OpenAPI document and throws bad input at it — malformed JSON, wrong
 * types, huge strings, absurd numbers, bad ids, hostile query and path parameters and hostile headers, as an
 * administrator and as a regional coordinator. No answer may be a 5xx; every 4xx is problem JSON with a Russian
 * {@code detail}, and a 400 for a bad query parameter names it in {@code errors[].field}.
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

    /** Values a region, district or category code in a path may be given instead of a real one. */
    private static final List<String> BAD_CODES = List.of("00", "99", "ЖЖ", "2", "277", "cfd", "XX", "UPPER",
            "' or 1=1", "<b>x</b>", "Ж".repeat(300), "a".repeat(3000));

    /** Query values, sent percent-encoded. */
    private static final List<String> HOSTILE_VALUES = List.of(
            // region codes that once answered 500, and their relatives
            "00", "99", "ЖЖ", "2", "277", "' or 1=1", "\u0000", "\u0001\u001f", "27\n", "\t27", "cfd", "fefd",
            "٢٧", "２７", "%00", "", " ",
            // numbers
            "-1", "0", "-0", "+5", "99999999999999999999", "9223372036854775808", "2147483648", "-2147483649",
            "NaN", "Infinity", "1e400", "1.5", "0x1F",
            // injection and odd text
            "' OR '1'='1' --", "1; DROP TABLE region", "<script>alert(1)</script>", "\"><img src=x onerror=1>",
            "${jndi:ldap://x/a}", "../../etc/passwd", "😀", "\uD800", "null", "true", "[]", "{}",
            // longer ones are the HTTP layer's (414), not a parameter's
            "Ж".repeat(300), "a".repeat(1500),
            // lists, sorts, dates, months, enum-ish
            "name,sideways", "id,desc,extra", ",,,", "A,B,,C", "2023-13", "2023-02-30", "9999-12", "0000-01",
            "DRAFT", "pre_defense");

    /** Sent as they are, not encoded again: escapes that decode to control characters. */
    private static final List<String> RAW_VALUES = List.of("%00", "27%00", "%0A27", "%E2%80%8B");

    /** What a coordinator also tries: the values most likely to reach region checks and queries. */
    private static final List<String> COORDINATOR_VALUES = List.of("00", "99", "ЖЖ", "2", "277", "' or 1=1",
            "\u0000", "27\n", "fefd", "-1", "99999999999999999999", "1e400", "<script>alert(1)</script>",
            "Ж".repeat(300));

    private static final List<String> ACCEPT_LANGUAGES = List.of("*", "xx-YY", "ru;q=abc", ";;;,,,", "ru-RU;q=2",
            "zh-Hant-TW-x-private-" + "a".repeat(200), "en;q=0, ru;q=0");

    private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "image/png", "*/*;q=abc",
            "application/json;charset=koi8-r", "application/problem+json");

    private static final List<String> IF_MATCHES = List.of("garbage", "\"\"", "W/", "\"-1\"", "*",
            "\"99999999999999999999\"", "\"1\", \"2\"", "\"" + "9".repeat(500) + "\"", "W/\"x\"");

    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");

    private static JsonNode document;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> calls = new LinkedHashMap<>();

    @BeforeEach
    void readDocument() throws Exception {
        Api.ensureUsers();
        if (document == null) {
            document = new ObjectMapper().readTree(
                    given().accept(ContentType.JSON).get("/q/openapi?format=json").asString());
        }
    }

    @Test
    void noInputProducesA5xx() {
        long started = System.nanoTime();
        forEachOperation((method, template, operation) -> {
            for (String url : concrete(template)) {
                if (operation.has("requestBody")) {
                    for (String body : BAD_BODIES) {
                        count("bodies");
                        check(method + " " + url + " body " + cut(body), send(TestUser.ADMIN, method, url, body),
                                null, true);
                    }
                } else {
                    count("bodies");
                    check(method + " " + url, send(TestUser.ADMIN, method, url, null), null, true);
                }
            }
        });
        report("bodies and ids", started);
        assertTrue(calls.values().stream().mapToInt(Integer::intValue).sum() > 300,
                "the document should offer many operations, got " + calls);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", first(failures)));
    }

    @Test
    void everyQueryParameterRefusesHostileValuesByName() {
        long started = System.nanoTime();
        forEachOperation((method, template, operation) -> {
            String url = examples(template, operation, null);
            List<JsonNode> query = parameters(operation, "query");
            for (JsonNode parameter : query) {
                String name = parameter.get("name").asText();
                String base = required(query, name);
                List<String> values = new ArrayList<>();
                HOSTILE_VALUES.forEach(value -> values.add(encode(value)));
                values.addAll(RAW_VALUES);
                for (String value : values) {
                    walkQuery(TestUser.ADMIN, method, url, base, name, name + "=" + value);
                }
                for (String value : COORDINATOR_VALUES) {
                    walkQuery(TestUser.COORDINATOR_27, method, url, base, name, name + "=" + encode(value));
                }
                // repeated: the first value is the one read, and a bad one is refused either way
                walkQuery(TestUser.ADMIN, method, url, base, name, name + "=27&" + name + "=" + encode("ЖЖ"));
                walkQuery(TestUser.ADMIN, method, url, base, name, name + "=" + encode("ЖЖ") + "&" + name + "=27");
            }
        });
        report("query parameters", started);
        assertTrue(calls.getOrDefault("query", 0) > 5000, "the walk should be wide, got " + calls);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", first(failures)));
    }

    @Test
    void everyPathParameterRefusesHostileValues() {
        long started = System.nanoTime();
        forEachOperation((method, template, operation) -> {
            for (JsonNode parameter : parameters(operation, "path")) {
                String name = parameter.get("name").asText();
                List<String> values = new ArrayList<>(BAD_IDS);
                BAD_CODES.forEach(value -> values.add(encode(value)));
                values.addAll(List.of("%00", "27%00", "%0A"));
                for (String value : values) {
                    String url = examples(template.replace("{" + name + "}", value), operation, name);
                    String body = operation.has("requestBody") ? "{}" : null;
                    for (TestUser user : List.of(TestUser.ADMIN, TestUser.COORDINATOR_27)) {
                        if (user != TestUser.ADMIN && !"GET".equals(method)) {
                            continue;
                        }
                        count("path");
                        check(user + " " + method + " " + url, send(user, method, url, body), null, true);
                    }
                }
            }
        });
        report("path parameters", started);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", first(failures)));
    }

    @Test
    void hostileHeadersAreAnsweredWithProblems() {
        long started = System.nanoTime();
        forEachOperation((method, template, operation) -> {
            String url = examples(template, operation, null);
            String body = operation.has("requestBody") ? "{}" : null;
            if (!"GET".equals(method)) {
                for (String ifMatch : IF_MATCHES) {
                    count("headers");
                    Response response = request(TestUser.ADMIN, body).header("If-Match", ifMatch)
                            .request(method, url);
                    check(method + " " + url + " If-Match: " + cut(ifMatch), response, null, true);
                }
                return;
            }
            // a real answer in a few languages; problems (a page that cannot be) in every hostile one
            String refused = url + (url.contains("?") ? "&" : "?") + "page=-1";
            for (String language : ACCEPT_LANGUAGES.subList(0, 3)) {
                count("headers");
                Response response = request(TestUser.ADMIN, null).header("Accept-Language", language).get(url);
                check("ADMIN GET " + url + " Accept-Language: " + cut(language), response, null, true);
            }
            for (String language : ACCEPT_LANGUAGES) {
                count("headers");
                Response response = request(TestUser.COORDINATOR_27, null).header("Accept-Language", language)
                        .get(refused);
                check("COORDINATOR_27 GET " + refused + " Accept-Language: " + cut(language), response, null,
                        true);
            }
            for (String accept : ACCEPTS) {
                count("headers");
                Response response = given().auth().preemptive()
                        .basic(TestUser.ADMIN.username, TestUser.ADMIN.password).urlEncodingEnabled(false)
                        .header("Accept", accept).get(refused);
                // an answer in a type the caller cannot read is allowed; a 5xx never
                check("GET " + refused + " Accept: " + accept, response, null, false);
            }
        });
        report("headers", started);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", first(failures)));
    }

    private void walkQuery(TestUser user, String method, String url, String base, String name, String query) {
        count("query");
        String full = url + "?" + (base.isEmpty() ? "" : base + "&") + query;
        String body = "GET".equals(method) || "DELETE".equals(method) ? null : "{}";
        check(user + " " + method + " " + full, send(user, method, full, body), "GET".equals(method) ? name : null,
                true);
    }

    private interface OperationVisitor {
        void visit(String method, String template, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    visitor.visit(method, path.getKey(), operation.getValue());
                }
            }
        }
    }

    private static List<JsonNode> parameters(JsonNode operation, String in) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                result.add(parameter);
            }
        }
        return result;
    }

    /** Required query parameters other than the one under test, at their documented examples. */
    private static String required(List<JsonNode> query, String except) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : query) {
            String name = parameter.get("name").asText();
            if (!name.equals(except) && parameter.path("required").asBoolean()) {
                pairs.add(name + "=" + encode(parameter.path("example").asText("наставничество")));
            }
        }
        return String.join("&", pairs);
    }

    /** The template with every path parameter (but {@code except}) at its documented example. */
    private static String examples(String template, JsonNode operation, String except) {
        String url = template;
        for (JsonNode parameter : parameters(operation, "path")) {
            String name = parameter.get("name").asText();
            if (!name.equals(except)) {
                url = url.replace("{" + name + "}", encode(parameter.path("example").asText("1")));
            }
        }
        return url.replaceAll("\\{[^}]+}", "1");
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

    private static RequestSpecification request(TestUser user, String body) {
        RequestSpecification request = Api.as(user).urlEncodingEnabled(false);
        return body == null ? request : request.body(body);
    }

    /** A version no object has yet: a hostile value that happens to be a real id must not delete it. */
    private static Response send(TestUser user, String method, String url, String body) {
        return request(user, body).header("If-Match", "\"999999\"").request(method, url);
    }

    /**
     * No 5xx; a 4xx is problem JSON with a Russian detail (when {@code problemRequired}); a 400 for a query
     * parameter names it in {@code errors[].field}.
     */
    private void check(String what, Response response, String parameter, boolean problemRequired) {
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(what + " → " + status + ": " + cut(response.asString()));
            return;
        }
        if (status < 400 || !problemRequired) {
            return;
        }
        String type = response.contentType() == null ? "" : response.contentType();
        if (!type.startsWith("application/problem+json")) {
            failures.add(what + " → " + status + " as " + type + ": " + cut(response.asString()));
            return;
        }
        JsonNode problem;
        try {
            problem = new ObjectMapper().readTree(response.asString());
        } catch (Exception e) {
            failures.add(what + " → " + status + " with a body that is not JSON: " + cut(response.asString()));
            return;
        }
        String detail = problem.path("detail").asText("");
        if (detail.isBlank() || !CYRILLIC.matcher(detail).find()) {
            failures.add(what + " → " + status + " without a Russian detail: " + cut(response.asString()));
        }
        if (parameter != null && status == 400) {
            boolean named = detail.contains(parameter);
            for (JsonNode error : problem.path("errors")) {
                named |= parameter.equals(error.path("field").asText())
                        && CYRILLIC.matcher(error.path("message").asText("")).find();
            }
            if (!named) {
                failures.add(what + " → 400 not naming " + parameter + ": " + cut(response.asString()));
            }
        }
    }

    private void count(String kind) {
        calls.merge(kind, 1, Integer::sum);
    }

    private void report(String walk, long started) {
        System.out.printf("NoServerErrorTest %s: %s calls in %.1f s, %d bad answers%n", walk, calls,
                (System.nanoTime() - started) / 1e9, failures.size());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static List<String> first(List<String> all) {
        return all.subList(0, Math.min(60, all.size()));
    }
}
