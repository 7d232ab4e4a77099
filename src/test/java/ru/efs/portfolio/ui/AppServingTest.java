package ru.efs.portfolio.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/** The service serves the app: its addresses open it, the API and files keep their own answers. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class AppServingTest {

    private static final String[] OUTSIDE_FILES = {"package.json", "pom.xml",
        "src/main/resources/application.properties"};

    @TestHTTPResource("/")
    URL base;

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
    void requestMetricsHaveOneUriPerApiRouteAndOneForAllTheAppsAddresses() {
        for (String address : new String[] {"/deficits/101", "/deficits/102", "/regions/27", "/practices/9"}) {
            given().get(address).then().statusCode(200);
        }
        Api.as(TestUser.VIEWER).get("/api/v1/regions/27").then().statusCode(200);
        Api.as(TestUser.VIEWER).get("/api/v1/regions/22").then().statusCode(200);
        String metrics = Api.as(TestUser.ADMIN).accept("*/*").get("/q/metrics").then().statusCode(200).extract()
                .asString();
        assertThat(metrics, containsString("uri=\"/{app}\""));
        assertThat(metrics, containsString("uri=\"/api/v1/regions/{code}\""));
        assertThat(metrics, not(containsString("uri=\"/deficits/101\"")));
        assertThat(metrics, not(containsString("uri=\"/regions/27\"")));
        assertThat(metrics, not(containsString("uri=\"/api/v1/regions/27\"")));
    }

    @Test
    void theApiAndMissingFilesAreNotAnsweredWithTheApp() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get("/assets/no-such-file.js").then().statusCode(404).body(not(containsString("<div id=\"app\">")));
        given().get("/q/health/ready").then().statusCode(200);
    }

    /**
     * Quinoa serves the app's files from target/quinoa/build: no escaped dot or slash leads out of it, to
     * target/quinoa/package.json one level up or the project's pom.xml three levels up, at any depth.
     */
    @Test
    void noAddressLeadsOutOfTheAppsFiles() {
        for (String up : new String[] {"..%2f", "%2e%2e/", "%2e%2e%2f", "..%5c", "%2e%2e%5c", "%252e%252e/"}) {
            for (int depth = 1; depth <= 4; depth++) {
                for (String file : OUTSIDE_FILES) {
                    for (String start : new String[] {"/", "/assets/"}) {
                        String path = start + up.repeat(depth) + file;
                        given().urlEncodingEnabled(false).get(path).then().statusCode(lessThan(500))
                                .body(not(containsString("\"devDependencies\"")), not(containsString("<project")),
                                        not(containsString("quarkus.")));
                    }
                }
            }
        }
    }

    @Test
    void aBrokenAddressUnderTheAppIsAProblemNotThePage() throws IOException {
        for (String path : new String[] {"/deficits/%zz", "/deficits/%00", "/deficits/a|b"}) {
            String answer = rawGet(path);
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("Некорректный адрес")
                    && !answer.contains("<div id=\"app\">"), path + ": " + answer);
        }
        given().get("/deficits").then().statusCode(200).body(containsString("<div id=\"app\"></div>"));
    }

    /** REST Assured refuses to send a malformed address: the request goes over a plain socket as written. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
