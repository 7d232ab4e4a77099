package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class UserResourceTest {

    private static final String USERS = "/api/v1/users";

    @Inject
    jakarta.persistence.EntityManager em;

    static Map<String, Object> user(String role, String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "u" + Math.abs(TestData.unique("").hashCode()));
        body.put("password", "Parol-Dlya-Testa-1");
        body.put("fullName", "Петрова Анна Сергеевна");
        body.put("email", "petrova@example.org");
        body.put("role", role);
        body.put("regionCode", regionCode);
        return body;
    }

    private static io.restassured.specification.RequestSpecification basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).accept(ContentType.JSON);
    }

    @Test
    void adminCreatesUserWhoCanSignInAndPasswordIsNeverShown() {
        Map<String, Object> body = user("REGIONAL_COORDINATOR", "27");
        as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .body("role", equalTo("REGIONAL_COORDINATOR"))
                .body("regionCode", equalTo("27"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        basic((String) body.get("username"), "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("REGIONAL_COORDINATOR")).body("regionCode", equalTo("27"));
    }

    @Test
    void expertBelongsToAnOrganisation() {
        long subject = TestData.createSubject("22");
        Map<String, Object> body = user("EXPERT", null);
        body.put("subjectId", subject);
        as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).body("subjectId", org.hamcrest.Matchers.is((int) subject));
        Map<String, Object> unknown = user("EXPERT", null);
        unknown.put("subjectId", 987654321);
        as(TestUser.ADMIN).body(unknown).post(USERS).then().statusCode(400).body("errors[0].field", equalTo("subjectId"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Map<String, Object> body = user("VIEWER", null);
        as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201);
        String hash = (String) em.createNativeQuery("select password_hash from app_user where username = ?1")
                .setParameter(1, body.get("username")).getSingleResult();
        org.hamcrest.MatcherAssert.assertThat(hash, startsWith("$2"));
        org.hamcrest.MatcherAssert.assertThat(hash, not(containsString("Parol-Dlya-Testa-1")));
    }

    @Test
    void onlyAdministratorsManageUsers() {
        for (TestUser caller : new TestUser[] {TestUser.EXPERT, TestUser.COORDINATOR_27, TestUser.VIEWER}) {
            as(caller).get(USERS).then().statusCode(403);
            as(caller).body(user("VIEWER", null)).post(USERS).then().statusCode(403);
        }
    }

    @Test
    void coordinatorNeedsRegionAndUsernameMustBeFreeAndValid() {
        as(TestUser.ADMIN).body(user("REGIONAL_COORDINATOR", null)).post(USERS).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        Map<String, Object> taken = user("VIEWER", null);
        taken.put("username", TestUser.VIEWER.username);
        as(TestUser.ADMIN).body(taken).post(USERS).then().statusCode(400).body("errors[0].field", equalTo("username"));
        Map<String, Object> cyrillic = user("VIEWER", null);
        cyrillic.put("username", "пользователь");
        as(TestUser.ADMIN).body(cyrillic).post(USERS).then().statusCode(400).body("errors.field", hasItem("username"));
        Map<String, Object> shortPassword = user("VIEWER", null);
        shortPassword.put("password", "123");
        as(TestUser.ADMIN).body(shortPassword).post(USERS).then().statusCode(400).body("errors.field", hasItem("password"));
        Map<String, Object> badRole = user("SUPERUSER", null);
        as(TestUser.ADMIN).body(badRole).post(USERS).then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void passwordChangeTakesEffectOnTheNextRequest() {
        Map<String, Object> body = user("EXPERT", null);
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        String username = (String) body.get("username");
        basic(username, "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(200);

        body.put("password", "Novyi-Parol-2024");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then().statusCode(200);

        basic(username, "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(401);
        basic(username, "Novyi-Parol-2024").get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void roleRegionAndDisablingTakeEffectOnTheNextRequest() {
        Map<String, Object> body = user("REGIONAL_COORDINATOR", "27");
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        String username = (String) body.get("username");
        basic(username, "Parol-Dlya-Testa-1").contentType(ContentType.JSON).body(TestData.subject("27"))
                .post("/api/v1/subjects").then().statusCode(201);

        body.put("regionCode", "22");
        body.remove("password");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then().statusCode(200);
        basic(username, "Parol-Dlya-Testa-1").contentType(ContentType.JSON).body(TestData.subject("27"))
                .post("/api/v1/subjects").then().statusCode(403);
        basic(username, "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().body("regionCode", equalTo("22"));

        body.put("role", "VIEWER");
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(USERS + "/" + id).then().statusCode(200)
                .body("regionCode", nullValue());
        basic(username, "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().body("role", equalTo("VIEWER"));

        body.put("enabled", false);
        as(TestUser.ADMIN).header("If-Match", "\"2\"").body(body).put(USERS + "/" + id).then().statusCode(200);
        basic(username, "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void staleUserUpdateIs412AndMissingUserIs404() {
        Map<String, Object> body = user("VIEWER", null);
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        body.remove("password");
        body.put("fullName", "Петрова-Смирнова Анна Сергеевна");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then().statusCode(200);
        body.put("fullName", "Смирнова Анна Сергеевна");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then().statusCode(412);
        as(TestUser.ADMIN).get(USERS + "/987654321").then().statusCode(404);
        as(TestUser.ADMIN).get(USERS + "/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("UPDATED")).body("[1].action", equalTo("CREATED"));
    }

    @Test
    void deletedUserCannotSignIn() {
        Map<String, Object> body = user("VIEWER", null);
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        basic((String) body.get("username"), "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(200);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(USERS + "/" + id).then().statusCode(204);
        basic((String) body.get("username"), "Parol-Dlya-Testa-1").get("/api/v1/auth/me").then().statusCode(401);
    }
}
