package ru.efs.portfolio.recommendation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class RecommendationResourceTest {

    /** The deficit's region, two donor regions and a region that adopted a practice. */
    private static final String OWN = "44";
    private static final String DONOR = "57";
    private static final String OTHER = "58";
    private static final String ADOPTER = "69";

    private static final String DEFICIT_TITLE = "Нет программ этнокультурного краеведения в сельских школах";
    private static final String DEFICIT_TEXT = "Учителя сельских школ не владеют методиками этнокультурного краеведения";

    private static String path(long deficitId) {
        return DeficitData.DEFICITS + "/" + deficitId + "/recommendations";
    }

    private static String category(String name, String nameEn, String parentCode) {
        String code = DeficitData.uniqueCode("rec");
        Map<String, Object> body = DeficitData.category(code, parentCode);
        body.put("name", name);
        body.put("nameEn", nameEn);
        as(TestUser.ADMIN).body(body).post(DeficitData.CATEGORIES).then().statusCode(201);
        return code;
    }

    private static long deficit(String title, String description, String... categories) {
        Map<String, Object> body = DeficitData.deficit(OWN);
        body.put("title", title);
        body.put("description", description);
        body.put("categoryCodes", new ArrayList<>(List.of(categories)));
        return DeficitData.create(body);
    }

    /** A practice with the given texts and category, moved to the status along its allowed way. */
    private static long practice(String region, String status, String maturity, String title, String summary,
            String description, String category) {
        Map<String, Object> body = PracticeData.practice(region);
        body.put("title", title);
        body.put("summary", summary);
        body.put("description", description);
        body.put("maturity", maturity);
        body.put("categoryCodes", new ArrayList<>(List.of(category)));
        long id = PracticeData.create(body);
        List<String> way = switch (status) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.of("SUBMITTED");
            case "VERIFIED" -> List.of("SUBMITTED", "VERIFIED");
            case "RECOMMENDED" -> List.of("SUBMITTED", "VERIFIED", "RECOMMENDED");
            case "ARCHIVED" -> List.of("ARCHIVED");
            default -> throw new IllegalArgumentException(status);
        };
        way.forEach(next -> PracticeData.moveTo(id, next));
        return id;
    }

    /** A practice whose texts share no word with the deficit's. */
    private static long unrelatedText(String region, String status, String maturity, String category) {
        return practice(region, status, maturity, TestData.unique("Летний математический лагерь"),
                "Олимпиадная подготовка по геометрии", "Занятия по алгебре и геометрии", category);
    }

    private static void adopt(long practiceId, String region, String outcome) {
        Map<String, Object> body = PracticeData.adoption(region);
        body.put("outcome", outcome);
        as(TestUser.ADMIN).body(body).post(PracticeData.PRACTICES + "/" + practiceId + "/adoptions")
                .then().statusCode(201);
    }

    /** The first 50 recommendations for the deficit, as a viewer reads them. */
    private static JsonPath ranking(long deficit) {
        return as(TestUser.VIEWER).queryParam("size", 50).get(path(deficit)).then().statusCode(200).extract()
                .jsonPath();
    }

    /**
     * The order in which the deficit's recommendations rank these practices (texts of other tests' practices may be
     * close enough to rank too; they are left out).
     */
    private static List<Long> ranked(long deficit, List<Long> practices) {
        return ids(ranking(deficit)).stream().filter(practices::contains).toList();
    }

    private static List<Long> ids(JsonPath json) {
        return json.getList("items.practice.id", Long.class);
    }

    @Test
    void rankingPutsSharedCategoryRecommendedSustainableAdoptedPracticeFirstAndExplainsEveryPoint() {
        String group = category("Этнокультурное образование", "Ethnocultural education", null);
        String shared = category("Этнокультурное воспитание", "Ethnocultural upbringing", group);
        String sibling = category("Школьные музеи", "School museums", group);
        long deficit = deficit(DEFICIT_TITLE, DEFICIT_TEXT, shared);

        long best = unrelatedText(DONOR, "RECOMMENDED", "SUSTAINABLE", shared);
        adopt(best, ADOPTER, "SUCCESSFUL");
        adopt(best, OTHER, "IN_PROGRESS");
        long verifiedEmerging = unrelatedText(DONOR, "VERIFIED", "EMERGING", shared);
        long sameGroup = unrelatedText(OTHER, "VERIFIED", "ESTABLISHED", sibling);
        long closeText = practice(OTHER, "SUBMITTED", "EMERGING", DEFICIT_TITLE, DEFICIT_TEXT, null,
                "digital-environment");
        long ownRegion = unrelatedText(OWN, "RECOMMENDED", "SUSTAINABLE", shared);
        long archived = unrelatedText(DONOR, "ARCHIVED", "SUSTAINABLE", shared);
        long draft = unrelatedText(DONOR, "DRAFT", "SUSTAINABLE", shared);
        long unrelated = unrelatedText(OTHER, "RECOMMENDED", "SUSTAINABLE", "digital-environment");

        JsonPath json = as(TestUser.VIEWER).queryParam("size", 50).get(path(deficit)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(best, verifiedEmerging, closeText, sameGroup), ids(json));
        assertEquals(4, json.getInt("totalItems"));
        assertEquals(List.of(1, 2, 3, 4), json.getList("items.rank", Integer.class));
        assertEquals(List.of(55.0, 38.0, 32.0, 24.0), json.getList("items.score", Double.class));
        assertTrue(!ids(json).contains(ownRegion) && !ids(json).contains(archived) && !ids(json).contains(draft)
                && !ids(json).contains(unrelated));

        assertEquals(List.of("SHARED_CATEGORIES", "STATUS", "MATURITY", "SUCCESSFUL_ADOPTIONS"),
                json.getList("items[0].reasons.code", String.class));
        assertEquals(List.of("Общие категории: этнокультурное воспитание", "Рекомендована к тиражированию",
                "Зрелость: устойчивая", "Успешно внедрена в 1 регионе"),
                json.getList("items[0].reasons.text", String.class));
        assertEquals(List.of(30.0, 10.0, 10.0, 5.0), json.getList("items[0].reasons.points", Double.class));
        assertEquals(DONOR, json.getString("items[0].practice.regionCode"));
        assertEquals("RECOMMENDED", json.getString("items[0].practice.status"));
        assertEquals("SUSTAINABLE", json.getString("items[0].practice.maturity"));
        assertEquals("Орловская область", json.getString("items[0].practice.regionName"));

        assertEquals(List.of("Общие категории: этнокультурное воспитание", "Подтверждена экспертом",
                "Зрелость: формирующаяся"), json.getList("items[1].reasons.text", String.class));
        assertEquals(List.of("TEXT_SIMILARITY", "MATURITY"), json.getList("items[2].reasons.code", String.class));
        assertEquals(List.of("Тексты близки (1,00)", "Зрелость: формирующаяся"),
                json.getList("items[2].reasons.text", String.class));
        assertEquals(List.of("RELATED_CATEGORIES", "STATUS", "MATURITY"),
                json.getList("items[3].reasons.code", String.class));
        assertEquals("Категории той же группы: этнокультурное образование",
                json.getString("items[3].reasons[0].text"));
        assertEquals(12.0, json.getDouble("items[3].reasons[0].points"));

        JsonPath english = as(TestUser.EXPERT).header("Accept-Language", "en").get(path(deficit)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("Shared categories: ethnocultural upbringing", "Recommended for replication",
                "Maturity: sustainable", "Successfully adopted in 1 region"),
                english.getList("items[0].reasons.text", String.class));
        assertEquals("Texts are close (1.00)", english.getString("items[2].reasons[0].text"));
    }

    @Test
    void aKeptRankingFollowsEveryChangeOfThePracticesBehindIt() {
        String shared = category("Сельские малокомплектные школы", "Small rural schools", null);
        long deficit = deficit("Малокомплектные школы без методиста", null, shared);
        long verified = unrelatedText(DONOR, "VERIFIED", "SUSTAINABLE", shared);
        long submitted = unrelatedText(OTHER, "SUBMITTED", "SUSTAINABLE", shared);
        List<Long> mine = new ArrayList<>(List.of(verified, submitted));
        assertEquals(List.of(verified, submitted), ranked(deficit, mine));

        // A successful adoption elsewhere lifts the submitted practice above the verified one (5 + 5 > 6).
        adopt(submitted, ADOPTER, "SUCCESSFUL");
        adopt(submitted, DONOR, "SUCCESSFUL");
        assertEquals(List.of(submitted, verified), ranked(deficit, mine));
        JsonPath adopted = ranking(deficit);
        assertEquals(List.of("Общие категории: сельские малокомплектные школы", "Зрелость: устойчивая",
                "Успешно внедрена в 2 регионах"), adopted.getList("items.find { it.practice.id == " + submitted
                + " }.reasons.text", String.class));

        // An archived practice is offered no more; a new one of the category is.
        PracticeData.moveTo(verified, "ARCHIVED");
        long fresh = unrelatedText(OTHER, "VERIFIED", "SUSTAINABLE", shared);
        mine.add(fresh);
        assertEquals(List.of(submitted, fresh), ranked(deficit, mine));
    }

    @Test
    void pagesAreSlicesOfTheSameRanking() {
        String shared = category("Школьное краеведение", "School local history", null);
        long deficit = deficit("Краеведческие кружки закрываются", null, shared);
        long first = unrelatedText(DONOR, "RECOMMENDED", "SUSTAINABLE", shared);
        long second = unrelatedText(DONOR, "VERIFIED", "SUSTAINABLE", shared);
        long third = unrelatedText(OTHER, "VERIFIED", "SUSTAINABLE", shared);

        as(TestUser.COORDINATOR_22).queryParam("size", 2).get(path(deficit)).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("size", equalTo(2));
        JsonPath second2 = as(TestUser.ADMIN).queryParam("size", 2).queryParam("page", 1).get(path(deficit)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(third), ids(second2));
        assertEquals(3, second2.getInt("items[0].rank"));
        // Equal scores: the smaller id first.
        JsonPath all = as(TestUser.ADMIN).get(path(deficit)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, second, third), ids(all));
        assertEquals(all.getDouble("items[1].score"), all.getDouble("items[2].score"));
    }

    @Test
    void russianMorphologyBringsAMentorForAYoungTeacherAboveAnUnrelatedPractice() {
        String shared = category("Наставничество в сельских школах", "Mentoring in rural schools", null);
        long deficit = deficit("Наставничество молодых педагогов", null, shared);
        long close = practice(DONOR, "VERIFIED", "ESTABLISHED", "Наставник", "для молодого педагога", null, shared);
        long far = unrelatedText(DONOR, "RECOMMENDED", "SUSTAINABLE", shared);

        JsonPath json = as(TestUser.ADMIN).queryParam("size", 50).get(path(deficit)).then().statusCode(200)
                .extract().jsonPath();
        List<Long> ids = ids(json);
        assertTrue(ids.contains(close) && ids.contains(far), ids.toString());
        assertTrue(ids.indexOf(close) < ids.indexOf(far), ids.toString());
        int index = ids.indexOf(close);
        assertEquals(List.of("SHARED_CATEGORIES", "TEXT_SIMILARITY", "STATUS", "MATURITY"),
                json.getList("items[" + index + "].reasons.code", String.class));
        assertEquals("Тексты близки (0,67)", json.getString("items[" + index + "].reasons[1].text"));
        assertEquals(20.0, json.getDouble("items[" + index + "].reasons[1].points"));
        assertEquals(62.0, json.getDouble("items[" + index + "].score"));
    }

    @Test
    void aDeficitNothingMatchesHasNoRecommendations() {
        String lonely = category("Морское образование", "Maritime education", null);
        long deficit = deficit("Яхтенные секции без тренеров", null, lonely);
        as(TestUser.ADMIN).get(path(deficit)).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }

    @Test
    void unknownDeficitIsNotFound() {
        as(TestUser.ADMIN).get(path(987654321L)).then().statusCode(404);
    }

    @Test
    void badIdOrSizeIsABadRequestNamingTheParameter() {
        as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/abc/recommendations").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        long deficit = DeficitData.create(OWN);
        for (String size : List.of("0", "51", "x")) {
            as(TestUser.ADMIN).queryParam("size", size).get(path(deficit)).then().statusCode(400)
                    .body("errors.field", hasItem("size"));
        }
        as(TestUser.ADMIN).queryParam("page", "-1").get(path(deficit)).then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        long deficit = DeficitData.create(OWN);
        anonymous().get(path(deficit)).then().statusCode(401);
    }
}
