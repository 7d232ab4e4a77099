package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed contract {@code openapi/openapi.yaml} must be exactly what the code generates, so that
 * integrators can rely on it and every change to the API shows up in review.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String UPDATE_PROPERTY = "openapi.update";
    static final String REGENERATE = "mvn test -Dtest=OpenApiContractTest -Dopenapi.update=true";

    @Test
    void committedContractIsWhatTheCodeGenerates() throws IOException {
        String generated = normalise(given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Path committed = contractFile();

        if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"))) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail(committed + " is missing. Generate it with: " + REGENERATE);
        }
        String expected = normalise(Files.readString(committed, StandardCharsets.UTF_8));
        if (!expected.equals(generated)) {
            fail("The committed OpenAPI contract " + committed + " differs from what the code generates"
                    + firstDifference(expected, generated)
                    + "\nIf the API change is intended, regenerate the file and commit it: " + REGENERATE);
        }
    }

    @Test
    void signInIsTheOnlyOperationWithoutSecurity() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonPath doc = JsonPath.from(json);
        List<Map<String, Object>> global = doc.getList("security");
        assertEquals(List.of("basicAuth", "bearerAuth", "sessionCookie"),
                global.stream().flatMap(requirement -> requirement.keySet().stream()).toList(),
                "the global requirement offers every way to sign in");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!path.startsWith("/api/v1/") || !(value instanceof Map<?, ?> operation)) {
                return;
            }
            if ("/api/v1/auth/login".equals(path) && "post".equals(method)) {
                assertEquals(List.of(), operation.get("security"), "sign-in needs no credentials");
            } else {
                assertNull(operation.get("security"), method + " " + path + " keeps the global requirement");
                assertNotNull(((Map<?, ?>) operation.get("responses")).get("401"), method + " " + path + " documents 401");
                assertNotNull(((Map<?, ?>) operation.get("responses")).get("403"), method + " " + path + " documents 403");
            }
        }));
    }

    private static Path contractFile() {
        return Path.of(System.getProperty("basedir", ".")).resolve("openapi").resolve("openapi.yaml");
    }

    /** Only line endings are normalised: anything else that differs is a real change of the contract. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!a[i].equals(b[i])) {
                return ", first at line " + (i + 1) + ":\n  committed: " + a[i] + "\n  generated: " + b[i];
            }
        }
        return ": the generated document has " + b.length + " lines, the committed one " + a.length;
    }
}
