package ru.efs.portfolio.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/** What operators and API explorers reach: health, the contract and Swagger UI openly, metrics as administrators. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthSaysTheServiceAndItsDatabaseAreUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedInPrometheusFormatToAdministratorsOnly() {
        given().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .contentType(containsString(ProblemMapper.PROBLEM_JSON)).body("title", equalTo("Требуется вход"));
        given().auth().preemptive().basic("nobody", "wrong-password").get("/q/metrics").then().statusCode(401)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON)).body("status", equalTo(401));
        Api.as(TestUser.VIEWER).accept("*/*").get("/q/metrics").then().statusCode(403)
                .contentType(containsString(ProblemMapper.PROBLEM_JSON))
                .body("title", equalTo("Доступ запрещён"));
        Api.as(TestUser.EXPERT).accept("*/*").get("/q/metrics/").then().statusCode(403);
        Api.as(TestUser.ADMIN).accept("*/*").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void otherOperationsPathsAreNotOpenToAnonymousCallers() {
        given().get("/q/arc").then().statusCode(401).contentType(containsString(ProblemMapper.PROBLEM_JSON));
        given().get("/q/dev-ui").then().statusCode(401).contentType(containsString(ProblemMapper.PROBLEM_JSON));
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void swaggerUiOffersTheApiAndItsSignInSchemes() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.securitySchemes.sessionCookie.in", equalTo("cookie"));
    }
}
