package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The influence and the map of Russia over a tenth of the country, as a federal operator opens them on a laptop
 * screen: names never overlap, numbers are whole, the heat map names the cell pointed at, the tiles
 * name all 89 regions and open them, and axe-core finds nothing serious.
 */
@QuarkusTest
@TestProfile(NationalBrowserProfile.class)
class NationalInfluenceBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "admin-test-password";

    /** axe-core goes into the page as an inline script, which the app's policy (script-src 'self') refuses. */
    @Override
    boolean bypassesContentSecurityPolicy() {
        return true;
    }

    @BeforeEach
    void laptop() {
        page.setViewportSize(1440, 900);
        signIn(ADMIN, PASSWORD);
    }

    @Test
    void theCountryOpensOnFlowsBetweenDistrictsWithNoNameOverAnotherAndADistrictOpensItsRegions() {
        page.navigate("/influence");
        Locator diagram = page.getByTestId("flow-diagram");
        assertThat(diagram).isVisible();
        assertThat(page.locator("[aria-busy=true]")).hasCount(0);
        List<String> districts = given().auth().preemptive().basic(ADMIN, PASSWORD).get("/api/v1/federal-districts").then()
                .statusCode(200).extract().jsonPath().getList("name");
        // the four regions the reference places in no federal district come last, as a group of their own
        List<String> groups = new ArrayList<>(districts);
        groups.add("Без округа");
        assertThat(diagram.locator(".flows__side--left .flows__name")).hasText(groups.toArray(String[]::new));
        assertNoOverlap(diagram.locator(".flow-label, .flows__head span, .flows__key"));
        assertNumbersWhole(diagram.locator(".flows__num"));
        BoundingBox whole = diagram.boundingBox();
        assertTrue(whole.y + whole.height <= 900, () -> "the flows end at " + (whole.y + whole.height)
                + " px, below the fold of a 1440×900 screen; the page above them: " + page.evaluate(
                "() => [...document.querySelectorAll('main > *, main > * > *')].map(e => e.className + ' '"
                        + " + Math.round(e.getBoundingClientRect().top) + '-'"
                        + " + Math.round(e.getBoundingClientRect().bottom)).join('; ')"));

        page.getByTestId("flow-row-CFD").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("federalDistrictCode=CFD"));
        assertThat(diagram.locator(".flows__side--left li")).hasCount(18);
        assertNoOverlap(diagram.locator(".flow-label, .flows__head span, .flows__key"));
        assertNumbersWhole(diagram.locator(".flows__num"));
    }

    @Test
    void theHeatMapNamesTheRowAndColumnOfTheCellPointedAt() {
        List<Map<String, Object>> regions = given().auth().preemptive().basic(ADMIN, PASSWORD)
                .queryParam("size", 100).get("/api/v1/regions").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> order = given().auth().preemptive().basic(ADMIN, PASSWORD).get("/api/v1/federal-districts").then()
                .statusCode(200).extract().jsonPath().getList("code");
        List<Map<String, Object>> rows = new ArrayList<>(regions);
        // as the heat map orders them: by district, the regions of no district last, then by code
        rows.sort(Comparator.comparing((Map<String, Object> r) -> {
            int rank = order.indexOf((String) r.get("federalDistrictCode"));
            return rank < 0 ? order.size() : rank;
        })
                .thenComparing(r -> (String) r.get("code")));

        page.navigate("/influence?view=matrix");
        Locator canvas = page.getByTestId("heat-canvas");
        assertThat(canvas).hasAttribute("aria-label", java.util.regex.Pattern.compile("89 × 89"));
        double cell = Double.parseDouble(canvas.getAttribute("data-cell"));
        double axis = Double.parseDouble(canvas.getAttribute("data-axis"));
        int row = 20;
        int column = 70;
        canvas.hover(new Locator.HoverOptions().setPosition(axis + (column + 0.5) * cell, axis + (row + 0.5) * cell));
        String pointed = page.getByTestId("matrix-pointed").innerText();
        assertTrue(pointed.contains("Откуда: " + rows.get(row).get("name")), pointed);
        assertTrue(pointed.contains("Куда: " + rows.get(column).get("name")), pointed);
        assertTrue(pointed.matches("(?s).*Вес: \\d+.*"), pointed);
        assertEquals(List.of(), Axe.seriousViolations(page));
    }

    @Test
    void theMapOfRussiaNamesAll89RegionsColouredByTheChosenFigureAndATileOpensTheRegion() {
        page.navigate("/influence");
        Locator tiles = page.getByTestId("tilemap").locator("a.tile");
        assertThat(tiles).hasCount(89);
        page.getByTestId("map-figure").selectOption("practicesGiven");
        assertThat(page.locator("[data-figure=practicesGiven] [aria-busy=true]")).hasCount(0);
        List<String> names = page.getByTestId("tilemap").locator(".tile__name").allInnerTexts();
        assertEquals(89, names.stream().distinct().count());
        long regionsNamed = names.stream().filter(n -> n.contains(". Практики, переданные другим регионам: ")).count();
        assertEquals(89, regionsNamed, names.toString());
        long coloured = page.getByTestId("tilemap").locator("a.tile:not(.tile--empty)").count();
        assertTrue(coloured > 40, coloured + " tiles coloured");
        Object levels = tiles.evaluateAll("ts => new Set(ts.map(t => t.dataset.level).filter(l => l !== '')).size");
        assertTrue(((Number) levels).intValue() >= 3, levels + " colours on the map");

        page.getByTestId("tile-27").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/regions/27$"));
        assertThat(page.locator("main h1")).containsText("Хабаровский край");
    }

    @Test
    void onAPhoneTheFlowsAndTheRegionsViewFitTheScreenWithNoNameOverAnother() {
        page.setViewportSize(390, 844);
        for (String address : List.of("/influence", "/influence?federalDistrictCode=CFD",
                "/influence?focusRegionCode=27")) {
            page.navigate(address);
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.locator("[aria-busy=true]")).hasCount(0);
            Number overflow = (Number) page.evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow.intValue() <= 1, () -> address + " scrolls sideways by " + overflow + " px on a phone");
            if (!address.contains("focus")) {
                assertNoOverlap(page.getByTestId("flow-diagram")
                        .locator(".flow-label, .flows__head span, .flows__key"));
            }
        }
    }

    @Test
    void theInfluenceViewsAndTheOverviewHaveNoSeriousViolation() {
        List<String> found = new ArrayList<>();
        for (String address : List.of("/", "/influence", "/influence?federalDistrictCode=VFD", "/influence?view=table",
                "/influence?focusRegionCode=27", "/influence?flow=CFD%3EVFD")) {
            page.navigate(address);
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.locator("[aria-busy=true]")).hasCount(0);
            found.addAll(Axe.seriousViolations(page).stream().map(v -> address + " → " + v).toList());
        }
        assertEquals(List.of(), found);
    }

    /** No two of the texts share a pixel. */
    private static void assertNoOverlap(Locator labels) {
        List<Map<String, Object>> boxes = labels.evaluateAll("""
                els => els.filter(e => e.offsetParent !== null).map(e => {
                  const r = e.getBoundingClientRect(); return { t: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height }
                })""") instanceof List<?> list ? cast(list) : List.of();
        assertTrue(boxes.size() >= 8, "labels found: " + boxes.size());
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (overlap(boxes.get(i), boxes.get(j))) {
                    overlaps.add(boxes.get(i).get("t") + " × " + boxes.get(j).get("t"));
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    /** Every number is shown whole: nothing cut by its box. */
    private static void assertNumbersWhole(Locator numbers) {
        Object cut = numbers.evaluateAll("els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)");
        assertEquals(List.of(), cut);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cast(List<?> list) {
        return (List<Map<String, Object>>) list;
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), aw = num(a, "w"), ah = num(a, "h");
        double bx = num(b, "x"), by = num(b, "y"), bw = num(b, "w"), bh = num(b, "h");
        return ax < bx + bw - 0.5 && bx < ax + aw - 0.5 && ay < by + bh - 0.5 && by < ay + ah - 0.5;
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
