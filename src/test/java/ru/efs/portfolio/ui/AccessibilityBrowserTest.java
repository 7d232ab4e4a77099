package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** axe-core on the main pages, as the people who use them see them: no serious or critical violation. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class AccessibilityBrowserTest extends BrowserTest {

    /** axe-core goes into the page as an inline script, which the app's policy (script-src 'self') refuses. */
    @Override
    boolean bypassesContentSecurityPolicy() {
        return true;
    }

    @Test
    void theSignInPageHasNoSeriousViolation() {
        page.navigate("/login");
        assertThat(page.getByLabel("Логин")).isVisible();
        assertEquals(List.of(), Axe.seriousViolations(page));
    }

    @Test
    void aCoordinatorsMainPagesHaveNoSeriousViolation() {
        long deficit = firstId("/api/v1/deficits?regionCode=27&size=1");
        long practice = firstId("/api/v1/practices?regionCode=22&size=1");
        long project = firstId("/api/v1/projects?regionCode=27&size=1");
        long session = firstId("/api/v1/sessions?regionCode=27&size=1");
        signIn("coordinator27", "Khabarovsk-27!");
        List<String> found = new ArrayList<>();
        for (String address : List.of("/", "/regions", "/regions/27", "/subjects", "/sessions", "/sessions/" + session,
                "/deficits", "/deficits/" + deficit, "/deficits/new", "/practices", "/practices/" + practice,
                "/portfolios", "/projects", "/projects?view=table", "/projects/" + project, "/projects/new",
                "/influence", "/search?q=наставник", "/practices/" + practice + "/edit", "/notifications")) {
            found.addAll(check(address));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void anExpertsQueueAndScoringFormHaveNoSeriousViolation() {
        long project = firstId("/api/v1/projects?regionCode=27&size=1");
        signIn("expert", "Expert-2023!");
        List<String> found = new ArrayList<>();
        for (String address : List.of("/assessments", "/projects/" + project + "/assess")) {
            found.addAll(check(address));
        }
        assertEquals(List.of(), found);
    }

    private List<String> check(String address) {
        page.navigate(address);
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("[aria-busy=true]")).hasCount(0);
        return Axe.seriousViolations(page).stream().map(v -> address + " → " + v).toList();
    }

    private static long firstId(String path) {
        return given().auth().preemptive().basic("demo-admin", "Admin-2023!")
                .get(path).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }
}
