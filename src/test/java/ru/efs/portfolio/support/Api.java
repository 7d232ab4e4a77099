package ru.efs.portfolio.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** REST Assured as one of the test users, over HTTP Basic like an integrator. */
public final class Api {

    private static volatile boolean usersReady;

    private Api() {
    }

    public static RequestSpecification as(TestUser user) {
        ensureUsers();
        return given().auth().preemptive().basic(user.username, user.password)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The ETag of an object, as a client would send it back in If-Match. */
    public static String etagOf(String path) {
        return as(TestUser.ADMIN).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Creates the test users once per run (the embedded test database starts empty). */
    public static synchronized void ensureUsers() {
        if (usersReady) {
            return;
        }
        for (TestUser user : TestUser.values()) {
            if (user == TestUser.ADMIN) {
                continue;
            }
            Response existing = given().auth().preemptive().basic(TestUser.ADMIN.username, TestUser.ADMIN.password)
                    .queryParam("q", user.username).get("/api/v1/users");
            existing.then().statusCode(200);
            if (existing.jsonPath().getList("items").isEmpty()) {
                Map<String, Object> body = new HashMap<>();
                body.put("username", user.username);
                body.put("password", user.password);
                body.put("fullName", "Тестовый пользователь " + user.username);
                body.put("role", user.role);
                body.put("regionCode", user.regionCode);
                given().auth().preemptive().basic(TestUser.ADMIN.username, TestUser.ADMIN.password)
                        .contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(201);
            }
        }
        usersReady = true;
    }
}
