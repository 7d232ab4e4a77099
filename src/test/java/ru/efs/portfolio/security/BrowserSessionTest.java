package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class BrowserSessionTest {

    private static Response login(TestUser user) {
        Api.ensureUsers();
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", user.username, "password", user.password))
                .post("/api/v1/auth/login");
    }

    @Test
    void loginSetsAHardenedSessionCookieAndMeTellsWhoIAm() {
        Response response = login(TestUser.COORDINATOR_27);
        response.then().statusCode(200)
                .body("username", equalTo(TestUser.COORDINATOR_27.username))
                .body("role", equalTo("REGIONAL_COORDINATOR"))
                .body("regionCode", equalTo("27"))
                .body("csrfToken", notNullValue());
        String setCookie = response.getHeader("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));

        given().cookie("EFS_SESSION", response.getCookie("EFS_SESSION")).get("/api/v1/auth/me").then()
                .statusCode(200).body("username", equalTo(TestUser.COORDINATOR_27.username))
                .body("csrfToken", equalTo(response.jsonPath().getString("csrfToken")));
    }

    @Test
    void wrongPasswordIs401WithRussianProblem() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "not-the-password"))
                .post("/api/v1/auth/login").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("Неверный логин"));
        given().contentType(ContentType.JSON).body(Map.of("username", "", "password", ""))
                .post("/api/v1/auth/login").then().statusCode(400);
    }

    @Test
    void cookieChangesNeedTheCsrfToken() {
        Response session = login(TestUser.COORDINATOR_27);
        String cookie = session.getCookie("EFS_SESSION");
        String csrf = session.jsonPath().getString("csrfToken");

        given().cookie("EFS_SESSION", cookie).contentType(ContentType.JSON).body(TestData.subject("27"))
                .post("/api/v1/subjects").then().statusCode(403).body("type", containsString("csrf"));
        given().cookie("EFS_SESSION", cookie).header("X-CSRF-Token", "guess").contentType(ContentType.JSON)
                .body(TestData.subject("27")).post("/api/v1/subjects").then().statusCode(403);
        given().cookie("EFS_SESSION", cookie).header("X-CSRF-Token", csrf).contentType(ContentType.JSON)
                .body(TestData.subject("27")).post("/api/v1/subjects").then().statusCode(201)
                .body("createdBy", equalTo(TestUser.COORDINATOR_27.username));
        given().cookie("EFS_SESSION", cookie).get("/api/v1/subjects").then().statusCode(200);
    }

    @Test
    void logoutEndsTheSession() {
        Response session = login(TestUser.VIEWER);
        String cookie = session.getCookie("EFS_SESSION");
        given().cookie("EFS_SESSION", cookie).get("/api/v1/auth/me").then().statusCode(200);
        given().cookie("EFS_SESSION", cookie).header("X-CSRF-Token", session.jsonPath().getString("csrfToken"))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().cookie("EFS_SESSION", cookie).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void browserGets401WithoutBasicChallenge() {
        given().header("X-Requested-With", "XMLHttpRequest").get("/api/v1/auth/me").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        given().cookie("EFS_SESSION", "forged-token").get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void integratorGetsABearerTokenOverTheSameUserStore() {
        String token = as(TestUser.EXPERT).post("/api/v1/auth/tokens").then().statusCode(201)
                .body("tokenType", equalTo("Bearer")).extract().jsonPath().getString("token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("EXPERT"));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(TestData.subject("27")).post("/api/v1/subjects").then().statusCode(403);
        given().header("Authorization", "Bearer nonsense").get("/api/v1/auth/me").then().statusCode(401);
        given().header("Authorization", "Basic !!!").get("/api/v1/auth/me").then().statusCode(401);
    }
}
