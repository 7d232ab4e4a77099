package ru.efs.portfolio.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The service serves the app: its addresses open it, the API and files keep their own answers. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class AppServingTest {

    @Test
    void anAppAddressOpensTheAppSoASharedLinkWorks() {
        given().accept("text/html").get("/deficits?regionCode=27&status=OPEN")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<div id=\"app\"></div>"));
        given().get("/projects/5/assess").then().statusCode(200).body(containsString("<div id=\"app\"></div>"));
    }

    @Test
    void theApiAndMissingFilesAreNotAnsweredWithTheApp() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get("/assets/no-such-file.js").then().statusCode(404).body(not(containsString("<div id=\"app\">")));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
