package ru.efs.portfolio.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
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

    /** Quinoa serves the app's files from its build directory: no escape or dot leads out of it. */
    @Test
    void noAddressLeadsOutOfTheAppsFiles() {
        for (String path : new String[] {"/%2e%2e/package.json", "/..%2fpackage.json", "/..%5cpackage.json",
                "/assets/..%2f..%2fpackage.json", "/assets/%2e%2e/%2e%2e/package.json", "/%2e%2e%2f%2e%2e%2fpom.xml",
                "/assets/..%2f..%2f..%2fpom.xml", "/assets/%252e%252e/%252e%252e/package.json",
                "/%2e%2e/src/main/resources/application.properties", "/assets/..%5c..%5c..%5cpom.xml"}) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(lessThan(500))
                    .body(not(containsString("\"devDependencies\"")), not(containsString("<project")),
                            not(containsString("quarkus.")));
        }
    }

    @Test
    void aBrokenAddressUnderTheAppIsAProblemNotThePage() {
        given().urlEncodingEnabled(false).accept("text/html").get("/deficits/%zz").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("Некорректный адрес"));
        given().urlEncodingEnabled(false).get("/deficits/%00").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().get("/deficits").then().statusCode(200).body(containsString("<div id=\"app\"></div>"));
    }
}
