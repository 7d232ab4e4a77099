package ru.efs.portfolio.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** Passwords set through the users API follow the policy; each rule is refused in Russian with the field named. */
@QuarkusTest
class PasswordPolicyTest {

    private static final String USERS = "/api/v1/users";

    private static Map<String, Object> user(String username, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("fullName", "Смирнова Елена Викторовна");
        body.put("role", "VIEWER");
        return body;
    }

    private static String freshName() {
        return "pp" + TestData.unique("").replaceAll("[^0-9]", "");
    }

    private static ValidatableResponse create(String username, String password) {
        return as(TestUser.ADMIN).body(user(username, password)).post(USERS).then();
    }

    private static ValidatableResponse refusedInRussian(ValidatableResponse response, String message) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("errors.field", everyItem(equalTo("password")))
                .body("errors.message", hasItem(containsString(message)));
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() {
        refusedInRussian(create(freshName(), "Korotkii9"), "не короче 10 символов");
        create(freshName(), "Dostatochno10").statusCode(201);
    }

    @Test
    void aPasswordThatIsOrContainsTheLoginIsRefusedWhateverTheCase() {
        String username = freshName() + ".ivanova";
        refusedInRussian(create(username, username.toUpperCase()), "не должен совпадать с логином");
        refusedInRussian(create(username, "Moi-" + username.toUpperCase() + "-1"), "не должен совпадать с логином");
        create(username, "Sovsem-Drugoi-Parol").statusCode(201);
    }

    @Test
    void aCommonPasswordFromTheShippedListIsRefusedOnEitherKeyboardLayout() {
        for (String common : new String[] {"qwerty123456", "Password1234", "йцукенгшщз", "ЙцукенГшщз", "пароль12345",
                "gfhjkm123456", "1234567890", "1q2w3e4r5t"}) {
            refusedInRussian(create(freshName(), common), "самых распространённых паролей");
        }
    }

    @Test
    void twoPasswordsOfSeventyThreeBytesWithTheSameStartAreBothRefused() {
        String prefix = "Dlinnyi-Parol-".repeat(6).substring(0, 72);
        for (String password : new String[] {prefix + "1", prefix + "2"}) {
            org.junit.jupiter.api.Assertions.assertEquals(73, password.getBytes(StandardCharsets.UTF_8).length);
            refusedInRussian(create(freshName(), password), "не длиннее 71 байта");
        }
    }

    @Test
    void cyrillicCountsTwoBytesALetterAndTheMessageSaysSo() {
        String thirtySix = "ОченьДлинныйПарольНаРусском".repeat(2).substring(0, 36);
        refusedInRussian(create(freshName(), thirtySix), "не больше 35 букв")
                .body("errors.message", hasItem(containsString("в этом пароле — 72")));
        create(freshName(), thirtySix.substring(0, 35)).statusCode(201);
    }

    @Test
    void theLongestPasswordAllowedCannotBeExtendedToSignIn() {
        String username = freshName();
        String longest = "Samyi-Dlinnyi-Parol-".repeat(4).substring(0, PasswordPolicy.MAX_BYTES);
        create(username, longest).statusCode(201);
        given().auth().preemptive().basic(username, longest).get("/api/v1/auth/me").then().statusCode(200);
        // bcrypt reads 72 bytes: what follows the 71st (the closing zero byte) must still tell passwords apart.
        for (String longer : new String[] {longest + "x", longest + "\0", longest + "\0x"}) {
            given().auth().preemptive().basic(username, longer).get("/api/v1/auth/me").then().statusCode(401);
            given().contentType(ContentType.JSON).body(Map.of("username", username, "password", longer))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
    }

    @Test
    void aControlCharacterIsNeverPartOfAPassword() {
        refusedInRussian(create(freshName(), "Parol-s-nulem\0-1"), "управляющих символов");
    }

    @Test
    void aNewPasswordOnUpdateFollowsThePolicyToo() {
        String username = freshName();
        Map<String, Object> body = user(username, "Pervyi-Parol-2024");
        long id = as(TestUser.ADMIN).body(body).post(USERS).then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("password", "qwertyuiop");
        refusedInRussian(as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then(),
                "самых распространённых паролей");
        body.put("password", username + "-2024");
        refusedInRussian(as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then(),
                "не должен совпадать с логином");
        body.put("password", "Vtoroi-Parol-2025");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(USERS + "/" + id).then().statusCode(200);
    }

    @Test
    void theMessagesAreEnglishWhenAskedFor() {
        as(TestUser.ADMIN).header("Accept-Language", "en").body(user(freshName(), "qwerty123456")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("most common passwords"));
    }
}
