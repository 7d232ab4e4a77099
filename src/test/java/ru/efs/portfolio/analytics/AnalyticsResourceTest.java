package ru.efs.portfolio.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class AnalyticsResourceTest {

    private static final String ANALYTICS = "/api/v1/analytics";

    private static String category(String parentCode) {
        String code = DeficitData.uniqueCode("an");
        as(TestUser.ADMIN).body(DeficitData.category(code, parentCode)).post(DeficitData.CATEGORIES).then()
                .statusCode(201);
        return code;
    }

    private static long deficit(String region, String severity, String... categories) {
        Map<String, Object> body = DeficitData.deficit(region);
        body.put("severity", severity);
        body.put("categoryCodes", new ArrayList<>(List.of(categories)));
        return DeficitData.create(body);
    }

    private static long practice(String region, String category, String status) {
        Map<String, Object> body = PracticeData.practice(region);
        body.put("categoryCodes", new ArrayList<>(List.of(category)));
        long id = PracticeData.create(body);
        if (status.equals("SUBMITTED")) {
            PracticeData.moveTo(id, "SUBMITTED");
        }
        return id;
    }

    private static long projectAddressing(String region, long deficitId) {
        Map<String, Object> body = ProjectData.project(ProjectData.sharedPortfolio(region));
        body.put("deficitIds", new ArrayList<>(List.of(deficitId)));
        return ProjectData.create(body);
    }

    private static Map<String, Object> group(List<Map<String, Object>> groups, String code) {
        return groups.stream().filter(g -> code.equals(g.get("categoryCode"))).findFirst().orElse(null);
    }

    @Test
    void uncoveredDeficitsAreGroupedByCategoryMostSevereFirst() {
        String region = "46";
        String parent = category(null);
        String lonely = category(parent);
        String second = category(parent);
        String coveredByPractice = category(parent);
        String ownPracticeOnly = category(parent);
        long high = deficit(region, "HIGH", lonely);
        long critical = deficit(region, "CRITICAL", lonely);
        long low = deficit(region, "LOW", lonely, second);
        long addressed = deficit(region, "CRITICAL", second);
        projectAddressing(region, addressed);
        deficit(region, "HIGH", coveredByPractice);
        practice("47", coveredByPractice, "SUBMITTED");
        long ownOnly = deficit(region, "MEDIUM", ownPracticeOnly);
        practice(region, ownPracticeOnly, "SUBMITTED");
        long draftOnly = deficit(region, "MEDIUM", ownPracticeOnly);
        practice("47", ownPracticeOnly, "DRAFT");

        List<Map<String, Object>> groups = as(TestUser.VIEWER).queryParam("regionCode", region)
                .get(ANALYTICS + "/uncovered-deficits").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> first = group(groups, lonely);
        assertNotNull(first);
        assertEquals(3, first.get("count"));
        assertEquals("Партнерское наставничество " + lonely, first.get("categoryName"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deficits = (List<Map<String, Object>>) first.get("deficits");
        assertEquals(List.of(critical, high, low), deficits.stream().map(d -> ((Number) d.get("id")).longValue()).toList());
        assertEquals(List.of("CRITICAL", "HIGH", "LOW"), deficits.stream().map(d -> d.get("severity")).toList());
        assertEquals(region, deficits.get(0).get("regionCode"));
        Map<String, Object> secondGroup = group(groups, second);
        assertEquals(1, secondGroup.get("count"), "the addressed deficit is covered by its project");
        assertNull(group(groups, coveredByPractice), "a submitted practice of another region covers it");
        Map<String, Object> own = group(groups, ownPracticeOnly);
        assertEquals(2, own.get("count"), "own region's and draft practices do not cover: " + ownOnly + ", " + draftOnly);

        List<Map<String, Object>> central = as(TestUser.ADMIN).queryParam("federalDistrictCode", "cfd")
                .get(ANALYTICS + "/uncovered-deficits").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(3, group(central, lonely).get("count"));
        List<Map<String, Object>> farEast = as(TestUser.ADMIN).queryParam("federalDistrictCode", "FEFD")
                .get(ANALYTICS + "/uncovered-deficits").then().statusCode(200).extract().jsonPath().getList("$");
        assertNull(group(farEast, lonely));
        String english = as(TestUser.ADMIN).header("Accept-Language", "en").queryParam("regionCode", region)
                .get(ANALYTICS + "/uncovered-deficits").then().statusCode(200).extract().jsonPath()
                .getString("find { it.categoryCode == '" + lonely + "' }.categoryName");
        assertEquals("Partner mentoring " + lonely, english);
    }

    private static void assertNull(Object value) {
        assertEquals(null, value);
    }

    private static void assertNull(Object value, String message) {
        assertEquals(null, value, message);
    }

    @Test
    void badFiltersAreBadRequestsNamingTheParameter() {
        as(TestUser.ADMIN).queryParam("federalDistrictCode", "XX").get(ANALYTICS + "/uncovered-deficits").then()
                .statusCode(400).body("errors.field", hasItem("federalDistrictCode"));
        as(TestUser.ADMIN).queryParam("regionCode", "00").get(ANALYTICS + "/uncovered-deficits").then()
                .statusCode(400).body("errors.field", hasItem("regionCode"));
        as(TestUser.ADMIN).queryParam("federalDistrictCode", "XX").get(ANALYTICS + "/overview").then()
                .statusCode(400).body("errors.field", hasItem("federalDistrictCode"));
        as(TestUser.ADMIN).queryParam("sort", "nope,asc").get(ANALYTICS + "/coverage").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        as(TestUser.ADMIN).queryParam("size", "101").get(ANALYTICS + "/coverage").then()
                .statusCode(400).body("errors.field", hasItem("size"));
        as(TestUser.ADMIN).queryParam("year", "1999").get(ANALYTICS + "/funnel").then()
                .statusCode(400).body("errors.field", hasItem("year"));
        as(TestUser.ADMIN).queryParam("year", "abc").get(ANALYTICS + "/funnel").then()
                .statusCode(400).body("errors.field", hasItem("year"));
        as(TestUser.ADMIN).queryParam("from", "2023-13").get(ANALYTICS + "/sessions-per-month").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        as(TestUser.ADMIN).queryParam("from", "2023").get(ANALYTICS + "/sessions-per-month").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        as(TestUser.ADMIN).queryParam("from", "2010-01").queryParam("to", "2020-01")
                .get(ANALYTICS + "/sessions-per-month").then().statusCode(400).body("errors.field", hasItem("to"));
        as(TestUser.ADMIN).queryParam("from", "2024-02").queryParam("to", "2024-01")
                .get(ANALYTICS + "/sessions-per-month").then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void everyAnalyticsEndpointNeedsASignedInCaller() {
        for (String path : List.of("/uncovered-deficits", "/overview", "/districts", "/coverage", "/funnel",
                "/sessions-per-month")) {
            anonymous().get(ANALYTICS + path).then().statusCode(401);
            as(TestUser.VIEWER).get(ANALYTICS + path).then().statusCode(200);
        }
    }

    private static long count(JsonPath json, String path) {
        return json.getLong(path);
    }

    @Test
    void overviewCountsWhatTheDistrictGained() {
        String region = "40";
        String district = "CFD";
        boolean hadPortfolio = as(TestUser.ADMIN).queryParam("regionCode", region).get(ProjectData.PORTFOLIOS)
                .then().statusCode(200).extract().jsonPath().getLong("totalItems") > 0;
        JsonPath before = as(TestUser.ADMIN).queryParam("federalDistrictCode", district).get(ANALYTICS + "/overview")
                .then().statusCode(200).extract().jsonPath();

        long open = DeficitData.create(region);
        long addressed = DeficitData.create(region);
        projectAddressing(region, addressed);
        PracticeData.create(region);
        SessionData.create(SessionData.session(region));

        JsonPath after = as(TestUser.EXPERT).queryParam("federalDistrictCode", district).get(ANALYTICS + "/overview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(district, after.getString("federalDistrictCode"));
        assertEquals("Центральный федеральный округ", after.getString("federalDistrictName"));
        assertEquals(18, after.getInt("regions"));
        assertEquals(count(before, "regionsWithPortfolios") + (hadPortfolio ? 0 : 1), count(after, "regionsWithPortfolios"));
        assertEquals(count(before, "deficits.open") + 1, count(after, "deficits.open"), "deficit " + open);
        assertEquals(count(before, "deficits.addressed") + 1, count(after, "deficits.addressed"));
        assertEquals(count(before, "deficits.total") + 2, count(after, "deficits.total"));
        assertEquals(count(before, "practicesByStatus.DRAFT") + 1, count(after, "practicesByStatus.DRAFT"));
        assertEquals(count(before, "projectsByStage.PROPOSED") + 1, count(after, "projectsByStage.PROPOSED"));
        assertEquals(count(before, "sessions") + 1, count(after, "sessions"));
        assertEquals(List.of("DRAFT", "SUBMITTED", "VERIFIED", "RECOMMENDED", "ARCHIVED"),
                new ArrayList<>(after.getMap("practicesByStatus").keySet()));

        List<Map<String, Object>> districts = as(TestUser.ADMIN).get(ANALYTICS + "/districts").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(8, districts.size());
        Map<String, Object> central = districts.stream().filter(d -> district.equals(d.get("federalDistrictCode")))
                .findFirst().orElseThrow();
        assertEquals(after.getMap("$"), central);

        JsonPath national = as(TestUser.ADMIN).get(ANALYTICS + "/overview").then().statusCode(200).extract().jsonPath();
        assertEquals(89, national.getInt("regions"));
        assertEquals(null, national.getString("federalDistrictCode"));
        long sumOfDistricts = districts.stream().mapToLong(d -> ((Number) ((Map<?, ?>) d.get("deficits")).get("total"))
                .longValue()).sum();
        assertTrue(national.getLong("deficits.total") >= sumOfDistricts);
    }

    @Test
    void coverageShowsEachRegionsDeficitsCoveredPracticesAndProjects() {
        String region = "49";
        JsonPath before = as(TestUser.ADMIN).queryParam("federalDistrictCode", "FEFD").queryParam("size", 100)
                .get(ANALYTICS + "/coverage").then().statusCode(200).extract().jsonPath();
        String item = "items.find { it.regionCode == '" + region + "' }";
        long deficitsBefore = before.getLong(item + ".deficits");
        long coveredBefore = before.getLong(item + ".covered");

        DeficitData.create(region);
        long addressed = DeficitData.create(region);
        projectAddressing(region, addressed);
        PracticeData.create(region);

        JsonPath after = as(TestUser.COORDINATOR_27).queryParam("federalDistrictCode", "FEFD").queryParam("size", 100)
                .get(ANALYTICS + "/coverage").then().statusCode(200).extract().jsonPath();
        assertEquals(11, after.getInt("totalItems"));
        assertEquals(deficitsBefore + 2, after.getLong(item + ".deficits"));
        assertEquals(coveredBefore + 1, after.getLong(item + ".covered"));
        assertEquals(before.getLong(item + ".practices") + 1, after.getLong(item + ".practices"));
        assertEquals(before.getLong(item + ".projects") + 1, after.getLong(item + ".projects"));
        double expected = Math.round(100.0 * after.getLong(item + ".covered") / after.getLong(item + ".deficits")) / 100.0;
        assertEquals(expected, after.getDouble(item + ".coverage"), 1e-9);
        assertEquals("Магаданская область", after.getString(item + ".regionName"));
        List<String> codes = after.getList("items.regionCode", String.class);
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(String::compareTo);
        assertEquals(sorted, codes);

        as(TestUser.ADMIN).queryParam("federalDistrictCode", "FEFD").queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "deficits,desc").get(ANALYTICS + "/coverage").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("page", equalTo(1)).body("totalPages", equalTo(6));
    }

    @Test
    void projectsByRegionCountEachRegionsProjectsAtAStageAsTheirListDoes() {
        long portfolio = ProjectData.createPortfolio("51");
        int year = as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().statusCode(200)
                .extract().jsonPath().getInt("year");
        long refined = ProjectData.create(ProjectData.project(portfolio));
        ProjectData.create(ProjectData.project(portfolio));
        ProjectData.move(refined, "REFINEMENT");

        for (String stage : List.of("PROPOSED", "REFINEMENT")) {
            JsonPath json = as(TestUser.VIEWER).queryParam("stage", stage).queryParam("year", year)
                    .get(ANALYTICS + "/projects-by-region").then().statusCode(200).extract().jsonPath();
            List<String> regions = json.getList("regionCode", String.class);
            assertTrue(regions.contains("51"));
            assertEquals(regions.stream().sorted().toList(), regions, "ordered by region code");
            for (int i = 0; i < regions.size(); i++) {
                int listed = as(TestUser.VIEWER).queryParam("stage", stage).queryParam("year", year)
                        .queryParam("regionCode", regions.get(i)).queryParam("size", 1).get(ProjectData.PROJECTS)
                        .then().statusCode(200).extract().jsonPath().getInt("totalItems");
                assertEquals(listed, json.getInt("projects[" + i + "]"), stage + " in " + regions.get(i));
            }
        }
        int all = as(TestUser.VIEWER).queryParam("regionCode", "51").queryParam("year", year)
                .get(ANALYTICS + "/projects-by-region").then().statusCode(200).extract().jsonPath()
                .getInt("projects[0]");
        assertTrue(all >= 2, "every stage counted without a stage");
        as(TestUser.VIEWER).queryParam("stage", "SOMEWHERE").get(ANALYTICS + "/projects-by-region").then()
                .statusCode(400).body("errors[0].field", equalTo("stage"));
        as(TestUser.VIEWER).queryParam("regionCode", "51").queryParam("federalDistrictCode", "FEFD")
                .get(ANALYTICS + "/projects-by-region").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void funnelCountsProjectsPerStageAndWhoEverReachedIt() {
        String region = "51";
        long portfolio = ProjectData.createPortfolio(region);
        int year = as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + portfolio).then().statusCode(200)
                .extract().jsonPath().getInt("year");
        long refined = ProjectData.create(ProjectData.project(portfolio));
        long rejected = ProjectData.create(ProjectData.project(portfolio));
        ProjectData.create(ProjectData.project(portfolio));
        ProjectData.move(refined, "REFINEMENT");
        ProjectData.move(rejected, "REFINEMENT");
        ProjectData.move(rejected, "REJECTED");

        JsonPath json = as(TestUser.VIEWER).queryParam("year", year).queryParam("regionCode", region)
                .get(ANALYTICS + "/funnel").then().statusCode(200).extract().jsonPath();
        assertEquals(year, json.getInt("year"));
        assertEquals(3, json.getInt("total"));
        assertEquals(List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "IMPLEMENTATION",
                "COMPLETED", "REVISION", "ON_HOLD", "REJECTED"), json.getList("stages.stage", String.class));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 1), json.getList("stages.current", Integer.class));
        assertEquals(List.of(3, 2, 0, 0, 0, 0, 0, 0, 0, 1), json.getList("stages.reached", Integer.class));

        as(TestUser.ADMIN).queryParam("year", year).queryParam("federalDistrictCode", "FEFD")
                .queryParam("regionCode", region).get(ANALYTICS + "/funnel").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void sessionsPerMonthListsEveryMonthWithZeros() {
        String region = "53";
        JsonPath before = as(TestUser.ADMIN).queryParam("from", "2023-09").queryParam("to", "2024-01")
                .queryParam("regionCode", region).get(ANALYTICS + "/sessions-per-month").then().statusCode(200)
                .extract().jsonPath();
        SessionData.create(SessionData.session(region));
        Map<String, Object> december = SessionData.session(region);
        december.put("startDate", "2023-12-07");
        december.put("endDate", "2023-12-08");
        SessionData.create(december);

        JsonPath after = as(TestUser.VIEWER).queryParam("from", "2023-09").queryParam("to", "2024-01")
                .queryParam("regionCode", region).get(ANALYTICS + "/sessions-per-month").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2023-09", "2023-10", "2023-11", "2023-12", "2024-01"),
                after.getList("month", String.class));
        List<Integer> was = before.getList("sessions", Integer.class);
        List<Integer> now = after.getList("sessions", Integer.class);
        assertEquals(List.of(0, 1, 0, 1, 0), List.of(now.get(0) - was.get(0), now.get(1) - was.get(1),
                now.get(2) - was.get(2), now.get(3) - was.get(3), now.get(4) - was.get(4)));

        List<Map<String, Object>> lastYear = as(TestUser.ADMIN).get(ANALYTICS + "/sessions-per-month").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(12, lastYear.size());
        assertFalse(lastYear.isEmpty());
        as(TestUser.ADMIN).queryParam("from", "2014-01").queryParam("to", "2023-12")
                .get(ANALYTICS + "/sessions-per-month").then().statusCode(200).body("size()", equalTo(120));
    }

    private static final List<String> REGION_SCOPED = List.of("uncovered-deficits", "funnel", "sessions-per-month");

    @Test
    void regionCodesThatOnceAnswered500AreA400NamingRegionCode() {
        // control characters trimmed to nothing after the blank check and left the scope without a region
        List<String> codes = List.of("\u0000", "\u0001", "\u001f", "27\n", "\u000027");
        for (String path : REGION_SCOPED) {
            for (TestUser user : List.of(TestUser.ADMIN, TestUser.COORDINATOR_27)) {
                for (String code : codes) {
                    as(user).queryParam("regionCode", code).get(ANALYTICS + "/" + path).then()
                            .statusCode(400).contentType("application/problem+json")
                            .body("errors.field", hasItem("regionCode"))
                            .body("errors[0].message", equalTo("Значение не должно содержать управляющих символов."));
                }
                as(user).urlEncodingEnabled(false).get(ANALYTICS + "/" + path + "?regionCode=%00").then()
                        .statusCode(400).body("errors.field", hasItem("regionCode"));
            }
        }
    }

    @Test
    void malformedAndUnknownRegionCodesAreA400NamingRegionCode() {
        for (String path : REGION_SCOPED) {
            for (String code : List.of("2", "277", "ЖЖ", "' or 1=1", "%00", "٢٧", "x".repeat(300), "cfd")) {
                as(TestUser.ADMIN).queryParam("regionCode", code).get(ANALYTICS + "/" + path).then()
                        .statusCode(400).body("errors.field", hasItem("regionCode"))
                        .body("detail", equalTo("Проверьте поля запроса."));
            }
            for (String code : List.of("00", "99")) {
                as(TestUser.ADMIN).queryParam("regionCode", code).get(ANALYTICS + "/" + path).then()
                        .statusCode(400).body("errors.field", hasItem("regionCode"))
                        .body("errors[0].message", equalTo("Нет региона с кодом " + code + "."));
            }
        }
    }

    @Test
    void districtCodesAreCheckedLikeRegionCodes() {
        for (String path : List.of("uncovered-deficits", "overview", "coverage", "funnel", "sessions-per-month")) {
            for (String code : List.of("\u0000", "F", "FEFD1", "' or 1=1", "XX", "ЦФО")) {
                as(TestUser.ADMIN).queryParam("federalDistrictCode", code).get(ANALYTICS + "/" + path).then()
                        .statusCode(400).body("errors.field", hasItem("federalDistrictCode"));
            }
            as(TestUser.ADMIN).queryParam("federalDistrictCode", "fefd").get(ANALYTICS + "/" + path).then()
                    .statusCode(200);
        }
    }

    @Test
    void goodRegionCodesStillAnswer() {
        for (String path : REGION_SCOPED) {
            // 90 has no federal district; blanks around a code and an empty value are no mistake
            for (String code : List.of("27", "90", " 27 ", "")) {
                as(TestUser.VIEWER).queryParam("regionCode", code).get(ANALYTICS + "/" + path).then()
                        .statusCode(200);
            }
        }
        as(TestUser.ADMIN).queryParam("regionCode", "27").queryParam("federalDistrictCode", "FEFD")
                .get(ANALYTICS + "/funnel").then().statusCode(200).body("stages.size()", equalTo(10));
    }
}
