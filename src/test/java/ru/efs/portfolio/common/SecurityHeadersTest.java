package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/** The headers a browser needs on the app, the API, its errors and the operations endpoints. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String CSP = "Content-Security-Policy";

    /** Every answer, whatever it is: no sniffing, no framing, no referrer. */
    private static ValidatableResponse everywhere(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    /** The app's policy: its own scripts and styles only, nothing inline, no eval, never framed. */
    private static ValidatableResponse strictPolicy(ValidatableResponse response) {
        return response.header(CSP, allOf(containsString("default-src 'self'"), containsString("script-src 'self';"),
                containsString("style-src 'self';"), containsString("object-src 'none'"),
                containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")),
                not(containsString("unsafe-eval"))));
    }

    @Test
    void theAppItsAddressesAndTheApiAnswerUnderTheStrictPolicy() {
        for (String path : new String[] {"/", "/deficits?regionCode=27", "/projects/5", "/assets/no-such-file.js"}) {
            strictPolicy(everywhere(given().accept("text/html").get(path).then()));
        }
        strictPolicy(everywhere(Api.as(TestUser.VIEWER).get("/api/v1/regions").then().statusCode(200)));
        strictPolicy(everywhere(Api.as(TestUser.VIEWER).get("/api/v1/deficits").then().statusCode(200)));
    }

    @Test
    void errorsCarryTheHeadersToo() {
        everywhere(Api.anonymous().get("/api/v1/regions").then().statusCode(401));
        strictPolicy(everywhere(Api.as(TestUser.VIEWER).get("/api/v1/subjects/999999999").then().statusCode(404)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON))));
        everywhere(Api.as(TestUser.VIEWER).body("{").post("/api/v1/subjects").then().statusCode(403));
        everywhere(Api.as(TestUser.ADMIN).body("{").post("/api/v1/subjects").then().statusCode(400));
        everywhere(Api.as(TestUser.VIEWER).urlEncodingEnabled(false).get("/api/v1/subjects/%E0%A4").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)));
        everywhere(given().urlEncodingEnabled(false).get("/api/v1/regions?q=" + "x".repeat(5000)).then()
                .statusCode(414));
    }

    @Test
    void swaggerUiRunsUnderItsOwnPolicyOnItsPathOnly() {
        ValidatableResponse page = everywhere(given().get("/q/swagger-ui/").then().statusCode(200))
                .body(containsString("swagger-ui"))
                .header(CSP, allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("script-src 'self' 'unsafe-inline'"), not(containsString("unsafe-eval"))));
        String policy = page.extract().header(CSP);
        assertTrue(policy.contains("connect-src 'self'"), policy);
        strictPolicy(everywhere(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)));
        strictPolicy(everywhere(given().get("/q/health/ready").then().statusCode(200)));
        everywhere(given().get("/q/metrics").then().statusCode(401));
    }

    @Test
    void answersWithCredentialsOrPersonalDataAreNeverStored() {
        Api.ensureUsers();
        noStore(given().contentType(ContentType.JSON)
                .body(Map.of("username", TestUser.VIEWER.username, "password", TestUser.VIEWER.password))
                .post("/api/v1/auth/login").then().statusCode(200));
        noStore(given().contentType(ContentType.JSON)
                .body(Map.of("username", TestUser.VIEWER.username, "password", "wrong-password"))
                .post("/api/v1/auth/login").then().statusCode(401));
        noStore(Api.as(TestUser.VIEWER).get("/api/v1/auth/me").then().statusCode(200));
        noStore(Api.anonymous().get("/api/v1/auth/me").then().statusCode(401));
        noStore(Api.as(TestUser.ADMIN).get("/api/v1/users").then().statusCode(200));
        noStore(Api.as(TestUser.VIEWER).get("/api/v1/users").then().statusCode(403));
        noStore(Api.as(TestUser.VIEWER).get("/api/v1/people").then().statusCode(200));
        noStore(Api.as(TestUser.VIEWER).get("/api/v1/people/999999999").then().statusCode(404));
        Api.as(TestUser.VIEWER).get("/api/v1/regions").then().statusCode(200)
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void hstsOnlyWhenTheServiceIsReachedOverHttps() {
        given().get("/api/v1/regions").then().header(SecurityHeaders.HSTS, nullValue());
        assertEquals(Optional.empty(), SecurityHeaders.strictTransportSecurity(false));
        assertEquals(Optional.of("max-age=31536000; includeSubDomains"),
                SecurityHeaders.strictTransportSecurity(true));
    }

    private static void noStore(ValidatableResponse response) {
        everywhere(response).header("Cache-Control", equalTo("no-store"));
    }
}
