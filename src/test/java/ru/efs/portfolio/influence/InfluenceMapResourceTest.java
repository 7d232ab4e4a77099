package ru.efs.portfolio.influence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.InfluenceData.EDGES;
import static ru.efs.portfolio.support.InfluenceData.MAP;
import static ru.efs.portfolio.support.InfluenceData.MATRIX;
import static ru.efs.portfolio.support.InfluenceData.REGIONS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.InfluenceData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * The influence map on a scene built by hand in one year no other test uses, in regions without demo data:
 * Татарстан (16) gives a practice to Самарская область (63, same district), addresses a deficit of Свердловская
 * область (66) and partners with a subject of Новосибирская область (54); 66 declares a synergy link to 16.
 */
@QuarkusTest
class InfluenceMapResourceTest {

    private static Scene scene;

    /** The objects of the scene, built once for the class. */
    record Scene(int year, int otherYear, long practiceA, long ownPracticeA, long projectB, long projectBOtherYear,
            long adoption, long deficitC, long ownDeficitA, long subjectD, long ownSubjectA, long projectA, long link) {
    }

    static synchronized Scene scene() {
        if (scene != null) {
            return scene;
        }
        InfluenceData.Scene portfolios = InfluenceData.portfolios("16", "63");
        long portfolioA = portfolios.portfolioIds().get(0);
        long portfolioB = portfolios.portfolioIds().get(1);
        long otherPortfolioB = ProjectData.createPortfolio("63");
        int otherYear = as(TestUser.ADMIN).get(ProjectData.PORTFOLIOS + "/" + otherPortfolioB).then().statusCode(200)
                .extract().jsonPath().getInt("year");

        long practiceA = PracticeData.createIn("16", "SUBMITTED");
        long ownPracticeA = PracticeData.create("16");
        long projectB = InfluenceData.project(portfolioB, List.of(practiceA), List.of(), List.of());
        long projectBOtherYear = InfluenceData.project(otherPortfolioB, List.of(practiceA), List.of(), List.of());
        Map<String, Object> adoption = PracticeData.adoption("63");
        adoption.put("outcome", "SUCCESSFUL");
        adoption.put("adoptedYear", portfolios.year());
        adoption.put("projectId", projectB);
        long adoptionId = as(TestUser.ADMIN).body(adoption).post(PracticeData.PRACTICES + "/" + practiceA + "/adoptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        long deficitC = DeficitData.create("66");
        long ownDeficitA = DeficitData.create("16");
        long subjectD = TestData.createSubject("54");
        long ownSubjectA = TestData.createSubject("16");
        long projectA = InfluenceData.project(portfolioA, List.of(ownPracticeA), List.of(deficitC, ownDeficitA),
                List.of(subjectD, ownSubjectA));

        Map<String, Object> link = InfluenceData.link("66", "16");
        link.put("kind", "SYNERGY");
        link.put("strength", 3);
        link.put("note", "Общие наставнические сети");
        link.put("targetProjectId", projectA);
        long linkId = InfluenceData.createLink(link);
        scene = new Scene(portfolios.year(), otherYear, practiceA, ownPracticeA, projectB, projectBOtherYear,
                adoptionId, deficitC, ownDeficitA, subjectD, ownSubjectA, projectA, linkId);
        return scene;
    }

    /** The map with every item of each edge unless the test asks otherwise (by default the map carries none). */
    private static JsonPath map(Map<String, Object> params) {
        Map<String, Object> query = new HashMap<>(params);
        query.putIfAbsent("itemsPerEdge", 100);
        return as(TestUser.VIEWER).queryParams(query).get(MAP).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static String edge(String from, String to) {
        return "edges.find { it.fromRegionCode == '" + from + "' && it.toRegionCode == '" + to + "' }";
    }

    @Test
    void mapOfTheYearShowsExactlyTheEdgesOfTheSceneWithKindsWeightsAndItems() {
        Scene s = scene();
        JsonPath map = map(params("year", s.year(), "focusRegionCode", "16"));

        assertEquals(List.of("16>54", "16>63", "16>66", "66>16"), map.<String>getList("edges.collect { it.fromRegionCode + '>' + it.toRegionCode }"));
        assertEquals(List.of("16", "54", "63", "66"), map.getList("nodes.regionCode"));

        assertEquals(List.of("PRACTICE_USED", "ADOPTION"), map.getList(edge("16", "63") + ".kinds"));
        assertEquals(3, map.getInt(edge("16", "63") + ".weight"));
        assertEquals(2, map.getInt(edge("16", "63") + ".itemCount"));
        // each kind's share, in the order of kinds: what a picture of the edge shows side by side
        assertEquals(List.of("PRACTICE_USED", "ADOPTION"), map.getList(edge("16", "63") + ".kindWeights.kind"));
        assertEquals(List.of(1, 2), map.getList(edge("16", "63") + ".kindWeights.weight"));
        assertEquals(List.of(1, 1), map.getList(edge("16", "63") + ".kindWeights.itemCount"));
        assertEquals(2, map.getList(edge("16", "63") + ".items").size());
        // the heavier item first: a successful adoption weighs 2, a practice used 1
        assertEquals("ADOPTION", map.getString(edge("16", "63") + ".items[0].kind"));
        assertEquals(2, map.getInt(edge("16", "63") + ".items[0].weight"));
        assertEquals(s.adoption(), map.getLong(edge("16", "63") + ".items[0].adoptionId"));
        assertEquals("SUCCESSFUL", map.getString(edge("16", "63") + ".items[0].adoptionOutcome"));
        assertEquals(s.projectB(), map.getLong(edge("16", "63") + ".items[0].projectId"));
        assertEquals("PRACTICE_USED", map.getString(edge("16", "63") + ".items[1].kind"));
        assertEquals(1, map.getInt(edge("16", "63") + ".items[1].weight"));
        assertEquals(s.projectB(), map.getLong(edge("16", "63") + ".items[1].projectId"));
        assertEquals(s.practiceA(), map.getLong(edge("16", "63") + ".items[1].practiceId"));
        assertTrue(map.getString(edge("16", "63") + ".items[1].practiceTitle").startsWith("Партнерское наставничество"));

        assertEquals(List.of("DEFICIT_ADDRESSED"), map.getList(edge("16", "66") + ".kinds"));
        assertEquals(1, map.getInt(edge("16", "66") + ".weight"));
        assertEquals(s.projectA(), map.getLong(edge("16", "66") + ".items[0].projectId"));
        assertEquals(s.deficitC(), map.getLong(edge("16", "66") + ".items[0].deficitId"));
        assertEquals(1, map.getList(edge("16", "66") + ".items").size());

        assertEquals(List.of("PARTNERSHIP"), map.getList(edge("16", "54") + ".kinds"));
        assertEquals(1, map.getInt(edge("16", "54") + ".weight"));
        assertEquals(s.subjectD(), map.getLong(edge("16", "54") + ".items[0].subjectId"));
        assertEquals(s.projectA(), map.getLong(edge("16", "54") + ".items[0].projectId"));

        assertEquals(List.of("DECLARED"), map.getList(edge("66", "16") + ".kinds"));
        assertEquals(3, map.getInt(edge("66", "16") + ".weight"));
        assertEquals(s.link(), map.getLong(edge("66", "16") + ".items[0].linkId"));
        assertEquals("SYNERGY", map.getString(edge("66", "16") + ".items[0].linkKind"));
        assertEquals(s.projectA(), map.getLong(edge("66", "16") + ".items[0].targetProjectId"));
        assertEquals("Общие наставнические сети", map.getString(edge("66", "16") + ".items[0].note"));
    }

    @Test
    void aRegionNeverInfluencesItself() {
        Scene s = scene();
        JsonPath map = map(params("focusRegionCode", "16", "itemsPerEdge", 100));
        assertEquals(List.of(), map.getList("edges.findAll { it.fromRegionCode == it.toRegionCode }"));
        JsonPath national = map(params());
        assertEquals(List.of(), national.getList("edges.findAll { it.fromRegionCode == it.toRegionCode }"));
        // the own practice, deficit and partner of 16's project leave no trace
        assertTrue(map.getList("edges.items.flatten().findAll { it.practiceId == " + s.ownPracticeA() + " || it.deficitId == "
                + s.ownDeficitA() + " || it.subjectId == " + s.ownSubjectA() + " }").isEmpty());
    }

    @Test
    void nodesCarryTheRegionsPortfolioFigures() {
        Scene s = scene();
        JsonPath map = map(params("year", s.year(), "focusRegionCode", "16"));
        String node16 = "nodes.find { it.regionCode == '16' }";
        assertEquals("Республика Татарстан", map.getString(node16 + ".name"));
        assertEquals("VFD", map.getString(node16 + ".federalDistrictCode"));
        assertEquals(1, map.getInt(node16 + ".figures.projects"));
        assertTrue(map.getList(node16 + ".figures.portfolioYears").contains(s.year()));
        assertTrue(map.getInt(node16 + ".figures.practices") >= 2);
        assertTrue(map.getInt(node16 + ".figures.openDeficits") + map.getInt(node16 + ".figures.addressedDeficits") >= 1);
        String node63 = "nodes.find { it.regionCode == '63' }";
        assertEquals(1, map.getInt(node63 + ".figures.projects"));
        assertTrue(map.getList(node63 + ".figures.portfolioYears").containsAll(List.of(s.year(), s.otherYear())));
    }

    @Test
    void withoutAYearEveryYearsProjectsCount() {
        Scene s = scene();
        JsonPath map = map(params("focusRegionCode", "16"));
        List<Long> projects = map.getList(edge("16", "63") + ".items.findAll { it.kind == 'PRACTICE_USED' }.projectId", Long.class);
        assertTrue(projects.containsAll(List.of(s.projectB(), s.projectBOtherYear())));
        JsonPath otherYear = map(params("year", s.otherYear(), "focusRegionCode", "63"));
        assertEquals(List.of("PRACTICE_USED"), otherYear.getList(edge("16", "63") + ".kinds"));
        assertEquals(List.of(s.projectBOtherYear()), otherYear.getList(edge("16", "63") + ".items.projectId", Long.class));
    }

    @Test
    void kindsFilterKeepsOnlyTheChosenKinds() {
        Scene s = scene();
        JsonPath map = map(params("year", s.year(), "focusRegionCode", "16", "kinds", "ADOPTION,DECLARED"));
        assertEquals(List.of("16>63", "66>16"), map.<String>getList("edges.collect { it.fromRegionCode + '>' + it.toRegionCode }"));
        assertEquals(List.of("ADOPTION"), map.getList(edge("16", "63") + ".kinds"));
        assertEquals(2, map.getInt(edge("16", "63") + ".weight"));
        assertEquals(List.of("16", "63", "66"), map.getList("nodes.regionCode"));

        JsonPath repeated = as(TestUser.VIEWER).queryParam("year", s.year()).queryParam("focusRegionCode", "16")
                .queryParam("kinds", "PARTNERSHIP").queryParam("kinds", "deficit_addressed").get(MAP)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("16>54", "16>66"), repeated.<String>getList("edges.collect { it.fromRegionCode + '>' + it.toRegionCode }"));
    }

    @Test
    void districtFilterKeepsEdgesWithBothEndsInTheDistrict() {
        Scene s = scene();
        as(TestUser.VIEWER).queryParam("year", s.year()).queryParam("federalDistrictCode", "vfd").get(MAP).then()
                .statusCode(200)
                .body("nodes.federalDistrictCode", everyItem(equalTo("VFD")))
                .body("edges.findAll { it.fromRegionCode == '16' }.toRegionCode", contains("63"))
                .body("edges.findAll { it.toRegionCode == '16' }", empty())
                .body(edge("16", "63") + ".weight", equalTo(3));
        as(TestUser.VIEWER).queryParam("year", s.year()).queryParam("federalDistrictCode", "UFD")
                .queryParam("focusRegionCode", "66").get(MAP).then().statusCode(200)
                .body("edges", empty()).body("nodes.regionCode", contains("66"));
    }

    @Test
    void focusKeepsTheRegionAndItsNeighbours() {
        Scene s = scene();
        JsonPath map = map(params("year", s.year(), "focusRegionCode", "54"));
        assertEquals(List.of("16>54"), map.<String>getList("edges.collect { it.fromRegionCode + '>' + it.toRegionCode }"));
        assertEquals(List.of("16", "54"), map.getList("nodes.regionCode"));
    }

    @Test
    void matrixHoldsTheEdgeWeightsInRegionOrder() {
        Scene s = scene();
        as(TestUser.EXPERT).queryParam("year", s.year()).queryParam("focusRegionCode", "16").get(MATRIX).then()
                .statusCode(200)
                .body("regionCodes", contains("16", "54", "63", "66"))
                .body("weights[0]", contains(0, 1, 3, 1))
                .body("weights[1]", contains(0, 0, 0, 0))
                .body("weights[2]", contains(0, 0, 0, 0))
                .body("weights[3]", contains(3, 0, 0, 0));
        as(TestUser.VIEWER).queryParam("year", s.year()).queryParam("focusRegionCode", "16")
                .queryParam("kinds", "DECLARED").get(MATRIX).then().statusCode(200)
                .body("regionCodes", contains("16", "66"))
                .body("weights[0]", contains(0, 0))
                .body("weights[1]", contains(3, 0));
    }

    @Test
    void regionViewTellsWhatItGivesAndReceives() {
        Scene s = scene();
        as(TestUser.COORDINATOR_27).queryParam("year", s.year()).get(REGIONS + "/16").then().statusCode(200)
                .body("region.regionCode", equalTo("16"))
                .body("region.figures.projects", equalTo(1))
                .body("gives.toRegionCode", contains("54", "63", "66"))
                .body("gives.weight", contains(1, 3, 1))
                .body("receives.fromRegionCode", contains("66"))
                .body("receives[0].kinds", contains("DECLARED"))
                .body("receives[0].weight", equalTo(3));
        as(TestUser.VIEWER).queryParam("year", s.year()).get(REGIONS + "/63").then().statusCode(200)
                .body("gives", empty())
                .body("receives.fromRegionCode", contains("16"))
                .body("receives[0].kinds", contains("PRACTICE_USED", "ADOPTION"));
    }

    @Test
    void uncoveredDeficitsAreOpenOnesWithNoProjectAndNoOtherRegionsPracticeOfTheirCategory() {
        String lonely = InfluenceData.category();
        String sharedWith16 = InfluenceData.category();
        String onlyOwn = InfluenceData.category();
        long uncoveredCritical = InfluenceData.deficit("54", "CRITICAL", lonely);
        long coveredByPractice = InfluenceData.deficit("54", "HIGH", sharedWith16);
        long uncoveredLow = InfluenceData.deficit("54", "LOW", onlyOwn);
        long addressed = InfluenceData.deficit("54", "MEDIUM", lonely);
        InfluenceData.practice("16", sharedWith16);
        InfluenceData.practice("54", onlyOwn);
        InfluenceData.project(ProjectData.sharedPortfolio("54"), List.of(), List.of(addressed), List.of());

        JsonPath region = as(TestUser.VIEWER).get(REGIONS + "/54").then().statusCode(200).extract().jsonPath();
        List<Long> ids = region.getList("uncoveredDeficits.id", Long.class);
        assertTrue(ids.contains(uncoveredCritical));
        assertTrue(ids.contains(uncoveredLow));
        assertTrue(!ids.contains(coveredByPractice));
        assertTrue(!ids.contains(addressed));
        assertTrue(ids.indexOf(uncoveredCritical) < ids.indexOf(uncoveredLow), "most severe first");
        String critical = "uncoveredDeficits.find { it.id == " + uncoveredCritical + " }";
        assertEquals("CRITICAL", region.getString(critical + ".severity"));
        assertEquals(List.of(lonely), region.getList(critical + ".categoryCodes"));
        assertTrue(region.getString(critical + ".title").startsWith("Нет системы наставничества"));
    }

    @Test
    void badFiltersAreRefusedWithTheFieldNamed() {
        as(TestUser.VIEWER).queryParam("year", "1999").get(MAP).then().statusCode(400).body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("year", "двадцать").get(MATRIX).then().statusCode(400).body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "XXX").get(MAP).then().statusCode(400)
                .body("errors[0].field", equalTo("federalDistrictCode"));
        as(TestUser.VIEWER).queryParam("kinds", "PRACTICE_USED,FRIENDSHIP").get(MAP).then().statusCode(400)
                .body("errors[0].field", equalTo("kinds")).body("errors[0].message", org.hamcrest.Matchers.containsString("ADOPTION"));
        as(TestUser.VIEWER).queryParam("focusRegionCode", "00").get(MATRIX).then().statusCode(400)
                .body("errors[0].field", equalTo("focusRegionCode"));
        as(TestUser.VIEWER).queryParam("year", "3000").get(REGIONS + "/16").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("kinds", "NOPE").get(REGIONS + "/16").then().statusCode(400);
        as(TestUser.VIEWER).get(REGIONS + "/00").then().statusCode(404);
        as(TestUser.VIEWER).get(REGIONS + "/abc").then().statusCode(404);
        for (String itemsPerEdge : List.of("-1", "101")) {
            as(TestUser.VIEWER).queryParam("itemsPerEdge", itemsPerEdge).get(MAP).then().statusCode(400)
                    .body("errors[0].field", equalTo("itemsPerEdge"))
                    .body("errors[0].message", equalTo("Значение должно быть от 0 до 100."));
        }
        for (String itemsPerEdge : List.of("три", "1.5")) {
            as(TestUser.VIEWER).queryParam("itemsPerEdge", itemsPerEdge).get(MAP).then().statusCode(400)
                    .body("errors[0].field", equalTo("itemsPerEdge"))
                    .body("errors[0].message", equalTo("Нужно целое число."));
        }
        as(TestUser.VIEWER).queryParam("year", "1999").get(EDGES + "/16/63").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("kinds", "FRIENDSHIP").get(EDGES + "/16/63").then().statusCode(400)
                .body("errors[0].field", equalTo("kinds"));
    }

    /** Five declared links 35 → 29 of strengths 1, 3, 2, 1, 2: an edge with more items than the map shows by default. */
    private static synchronized List<Long> heavyEdge() {
        if (heavyEdge != null) {
            return heavyEdge;
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (int strength : new int[] {1, 3, 2, 1, 2}) {
            Map<String, Object> link = InfluenceData.link("35", "29");
            link.put("strength", strength);
            ids.add(InfluenceData.createLink(link));
        }
        heavyEdge = ids;
        return heavyEdge;
    }

    private static List<Long> heavyEdge;

    @Test
    void mapEdgesCountAllTheirItemsButCarryOnlyItemsPerEdgeOfThem() {
        List<Long> links = heavyEdge();
        JsonPath whole = as(TestUser.VIEWER).get(EDGES + "/35/29").then().statusCode(200).extract().jsonPath();
        int count = whole.getInt("itemCount");
        int weight = whole.getInt("weight");
        List<Map<String, Object>> all = whole.getList("items");
        assertTrue(count >= 5, "items behind 35 → 29: " + count);
        assertEquals(count, all.size());
        assertTrue(whole.getList("items.linkId", Long.class).containsAll(links));
        List<Integer> weights = whole.getList("items.weight", Integer.class);
        for (int i = 1; i < weights.size(); i++) {
            assertTrue(weights.get(i - 1) >= weights.get(i), "heaviest first: " + weights);
        }

        JsonPath byDefault = as(TestUser.VIEWER).queryParam("focusRegionCode", "35").queryParam("kinds", "DECLARED")
                .get(MAP).then().statusCode(200).extract().jsonPath();
        assertEquals(count, byDefault.getInt(edge("35", "29") + ".itemCount"));
        assertEquals(weight, byDefault.getInt(edge("35", "29") + ".weight"));
        assertEquals(List.of("DECLARED"), byDefault.getList(edge("35", "29") + ".kinds"));
        assertEquals(List.of(), byDefault.getList("edges.items.flatten()"), "by default the map is a summary");

        JsonPath three = map(params("focusRegionCode", "35", "kinds", "DECLARED", "itemsPerEdge", 3));
        assertEquals(all.subList(0, 3), three.getList(edge("35", "29") + ".items"));

        JsonPath none = map(params("focusRegionCode", "35", "kinds", "DECLARED", "itemsPerEdge", 0));
        assertEquals(count, none.getInt(edge("35", "29") + ".itemCount"));
        assertEquals(weight, none.getInt(edge("35", "29") + ".weight"));
        assertEquals(List.of(), none.getList(edge("35", "29") + ".items"));
        assertEquals(List.of(), none.getList("edges.items.flatten()"));

        JsonPath five = map(params("focusRegionCode", "35", "kinds", "DECLARED", "itemsPerEdge", 5));
        assertEquals(all.subList(0, 5), five.getList(edge("35", "29") + ".items"));
        JsonPath every = map(params("focusRegionCode", "35", "kinds", "DECLARED", "itemsPerEdge", 100));
        assertEquals(all, every.getList(edge("35", "29") + ".items"));
    }

    @Test
    void edgeEndpointAnswersExactlyTheItemsOfThePairWithTheMapsFilters() {
        Scene s = scene();
        as(TestUser.VIEWER).queryParam("year", s.year()).get(EDGES + "/16/63").then().statusCode(200)
                .body("fromRegionCode", equalTo("16")).body("toRegionCode", equalTo("63"))
                .body("kinds", contains("PRACTICE_USED", "ADOPTION"))
                .body("weight", equalTo(3)).body("itemCount", equalTo(2))
                .body("items.kind", contains("ADOPTION", "PRACTICE_USED"))
                .body("items[0].adoptionId", equalTo((int) s.adoption()))
                .body("items[1].practiceId", equalTo((int) s.practiceA()))
                .body("items.projectId", contains((int) s.projectB(), (int) s.projectB()));
        // without a year, the other year's project using the practice counts too
        as(TestUser.VIEWER).get(EDGES + "/16/63").then().statusCode(200)
                .body("itemCount", equalTo(3)).body("weight", equalTo(4))
                .body("items.findAll { it.kind == 'PRACTICE_USED' }.projectId",
                        containsInAnyOrder((int) s.projectB(), (int) s.projectBOtherYear()));
        as(TestUser.VIEWER).queryParam("year", s.year()).queryParam("kinds", "ADOPTION").get(EDGES + "/16/63").then()
                .statusCode(200).body("kinds", contains("ADOPTION")).body("weight", equalTo(2))
                .body("items.adoptionId", contains((int) s.adoption()));
        as(TestUser.EXPERT).queryParam("year", s.year()).get(EDGES + "/66/16").then().statusCode(200)
                .body("kinds", contains("DECLARED")).body("weight", equalTo(3))
                .body("items.linkId", contains((int) s.link()))
                .body("items[0].note", equalTo("Общие наставнические сети"));
    }

    @Test
    void edgeOfAPairWithoutItemsIsEmptyAndAnUnknownRegionIsNotFound() {
        Scene s = scene();
        as(TestUser.VIEWER).queryParam("year", s.year()).get(EDGES + "/63/16").then().statusCode(200)
                .body("fromRegionCode", equalTo("63")).body("toRegionCode", equalTo("16"))
                .body("kinds", empty()).body("weight", equalTo(0)).body("itemCount", equalTo(0)).body("items", empty());
        as(TestUser.VIEWER).get(EDGES + "/16/16").then().statusCode(200).body("items", empty());
        as(TestUser.VIEWER).get(EDGES + "/00/16").then().statusCode(404).body("detail", equalTo("Нет региона с кодом 00."));
        as(TestUser.VIEWER).get(EDGES + "/16/abc").then().statusCode(404);
        Api.anonymous().get(EDGES + "/16/63").then().statusCode(401);
        for (TestUser user : TestUser.values()) {
            as(user).get(EDGES + "/16/63").then().statusCode(200);
        }
    }

    @Test
    void aKeptMapAndEdgeShowALinkDeclaredRightAfterThem() {
        String pair = edge("35", "36");
        JsonPath before = map(params("focusRegionCode", "35"));
        int itemsBefore = before.get(pair) == null ? 0 : before.getInt(pair + ".itemCount");
        int edgeBefore = as(TestUser.VIEWER).get(EDGES + "/35/36").then().statusCode(200).extract().jsonPath()
                .getInt("itemCount");
        assertEquals(itemsBefore, edgeBefore);

        InfluenceData.createLink(InfluenceData.link("35", "36"));

        assertEquals(itemsBefore + 1, map(params("focusRegionCode", "35")).getInt(pair + ".itemCount"));
        as(TestUser.VIEWER).get(EDGES + "/35/36").then().statusCode(200).body("itemCount", equalTo(edgeBefore + 1))
                .body("kinds", hasItem("DECLARED"));
    }

    @Test
    void everySignedInRoleReadsTheMapAndAnonymousCallersDoNot() {
        for (TestUser user : TestUser.values()) {
            as(user).queryParam("focusRegionCode", "27").get(MAP).then().statusCode(200).body("nodes", notNullValue());
        }
        Api.anonymous().get(MAP).then().statusCode(401);
        Api.anonymous().get(MATRIX).then().statusCode(401);
        Api.anonymous().get(REGIONS + "/27").then().statusCode(401);
    }

    @Test
    void nationalMapCostsAFixedNumberOfStatementsAndHasNoSelfEdges() {
        scene();
        JsonPath map = map(params());
        assertTrue(map.getList("nodes").size() >= 4);
        assertTrue(map.getList("edges").size() >= 4);
        map.getList("edges.weight", Integer.class).forEach(w -> assertTrue(w > 0));
        as(TestUser.VIEWER).get(MAP).then().statusCode(200)
                .body("edges.findAll { it.fromRegionCode == it.toRegionCode }", empty())
                .body("edges.items.flatten().kind", not(hasItem(nullValue())));
        // After a bulk change everything is read afresh: five kinds of items, four counts, where each counted
        // object is, the regions — a fixed number, whatever the size of the data.
        long national = StatementCounter.count(() -> as(TestUser.VIEWER).get(MAP).then().statusCode(200));
        assertTrue(national <= 16, "statements for the national map: " + national);
        long region = StatementCounter.count(() -> as(TestUser.VIEWER).get(REGIONS + "/16").then().statusCode(200));
        assertTrue(region <= 16, "statements for a region: " + region);
        long edge = StatementCounter.count(() -> as(TestUser.VIEWER).get(EDGES + "/16/63").then().statusCode(200));
        assertTrue(edge <= 16, "statements for an edge: " + edge);
    }

    private static int openDeficits(String region) {
        return as(TestUser.VIEWER).get(REGIONS + "/" + region).then().statusCode(200).extract().jsonPath()
                .getInt("region.figures.openDeficits");
    }

    @Test
    void aDeficitMovedToAnotherRegionLeavesBothRegionsFiguresRight() {
        int in38 = openDeficits("38");
        int in24 = openDeficits("24");
        Map<String, Object> body = DeficitData.deficit("38");
        long deficit = DeficitData.create(body);
        assertEquals(in38 + 1, openDeficits("38"));

        body.put("regionCode", "24");
        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(deficit)).body(body)
                .put(DeficitData.DEFICITS + "/" + deficit).then().statusCode(200);
        assertEquals(in38, openDeficits("38"));
        assertEquals(in24 + 1, openDeficits("24"));
    }

    @Test
    void aWriteNoMapShowsKeepsTheDrawnMapAndAPartnerMovingToAnotherRegionShowsAtOnce() {
        long portfolio = InfluenceData.portfolios("38").portfolioIds().get(0);
        long partner = TestData.createSubject("38");
        InfluenceData.project(portfolio, List.of(), List.of(), List.of(partner));
        map(params());

        TestData.createSubject("38"); // a subject that is nobody's partner is on no map
        assertEquals(0, StatementCounter.once(() -> map(params())), "the drawn map is kept");

        String path = "/api/v1/subjects/" + partner;
        Map<String, Object> moved = TestData.subject("24");
        as(TestUser.ADMIN).header("If-Match", Api.etagOf(path)).body(moved).put(path).then().statusCode(200);
        String item = ".items.find { it.subjectId == " + partner + " }";
        assertEquals("PARTNERSHIP", map(params()).getString(edge("38", "24") + item + ".kind"));
        assertEquals(moved.get("name"), as(TestUser.VIEWER).get(EDGES + "/38/24").then().statusCode(200).extract()
                .jsonPath().getString("items.find { it.subjectId == " + partner + " }.subjectName"));
    }
}
