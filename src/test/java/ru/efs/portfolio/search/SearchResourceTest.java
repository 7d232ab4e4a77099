package ru.efs.portfolio.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexer indexer;

    @Test
    void mentorFindsPartnerMentoring() {
        Map<String, Object> body = PracticeData.practice("27");
        body.put("summary", "Пары опытных и начинающих учителей из разных школ");
        body.put("description", "Сопровождение в течение двух лет");
        body.put("results", "Из 120 учителей в профессии остались 112");
        long id = PracticeData.create(body);

        Map<String, Object> hit = findAll("наставник", "PRACTICE").stream()
                .filter(item -> ((Number) item.get("id")).longValue() == id).findFirst().orElse(null);
        assertNotNull(hit, "«наставник» finds «Партнерское наставничество»");
        assertTrue(((String) hit.get("title")).startsWith("Партнерское наставничество"));
        assertTrue(((String) hit.get("highlight")).contains("<mark>наставничество</mark>"), (String) hit.get("highlight"));
        assertEquals("/api/v1/practices/" + id, hit.get("url"));
        assertEquals("27", hit.get("regionCode"));
    }

    @Test
    void aWordWithATypoIsReadAsTheWordsOneLetterAway() {
        Map<String, Object> mentor = PracticeData.practice("27");
        mentor.put("title", TestData.unique("Каждому молодому учителю — наставник"));
        long mentorId = PracticeData.create(mentor);
        Map<String, Object> mentoring = PracticeData.practice("27");
        mentoring.put("title", TestData.unique("Сетевое наставничество"));
        long mentoringId = PracticeData.create(mentoring);

        List<Long> found = findAll("настовник", "PRACTICE").stream()
                .map(item -> ((Number) item.get("id")).longValue()).toList();
        assertTrue(found.contains(mentorId), "«настовник» finds «наставник»");
        assertTrue(found.contains(mentoringId), "«настовник» finds «наставничество» as «наставник» would");
        Map<String, Object> hit = findAll("настовник", "PRACTICE").stream()
                .filter(item -> ((Number) item.get("id")).longValue() == mentorId).findFirst().orElseThrow();
        assertTrue(((String) hit.get("highlight")).contains("<mark>наставник</mark>"), (String) hit.get("highlight"));

        List<Long> exact = findAll("наставник", "PRACTICE").stream()
                .map(item -> ((Number) item.get("id")).longValue()).toList();
        assertTrue(exact.contains(mentorId) && exact.contains(mentoringId));
    }

    @Test
    void youngTeachersInGenitiveFindYoungTeachers() {
        Map<String, Object> body = ProjectData.project(ProjectData.sharedPortfolio("27"));
        body.put("title", TestData.unique("Школа, где молодые педагоги остаются"));
        long id = ProjectData.create(body);

        assertTrue(findAll("молодых педагогов", "PROJECT").stream()
                .anyMatch(item -> ((Number) item.get("id")).longValue() == id), "«молодых педагогов» finds «молодые педагоги»");
    }

    @Test
    void renamedSubjectIsFoundByItsNewNameOnlyRightAfterTheUpdate() {
        String before = word();
        String after = word();
        Map<String, Object> body = TestData.subject("27");
        body.put("name", "Центр " + before);
        long id = as(TestUser.ADMIN).body(body).post("/api/v1/subjects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        search(before).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].type", equalTo("SUBJECT")).body("items[0].url", equalTo("/api/v1/subjects/" + id));

        body.put("name", "Центр " + after);
        as(TestUser.ADMIN).header("If-Match", Api.etagOf("/api/v1/subjects/" + id)).body(body)
                .put("/api/v1/subjects/" + id).then().statusCode(200);

        search(after).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
        search(before).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void deletedDeficitDisappears() {
        String unique = word();
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "Нехватка " + unique);
        long id = DeficitData.create(body);
        search(unique).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].type", equalTo("DEFICIT"));

        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(id)).delete(DeficitData.DEFICITS + "/" + id)
                .then().statusCode(204);

        search(unique).then().statusCode(200).body("totalItems", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void titleMatchRanksFirst() {
        String unique = word();
        Map<String, Object> inText = PracticeData.practice("27");
        inText.put("description", "Опыт " + unique + " в сельских школах");
        long textId = PracticeData.create(inText);
        Map<String, Object> inTitle = PracticeData.practice("27");
        inTitle.put("title", "Практика " + unique);
        long titleId = PracticeData.create(inTitle);

        search(unique).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].id", equalTo((int) titleId)).body("items[1].id", equalTo((int) textId));
    }

    @Test
    void typesFilterKeepsOnlyTheAskedTypes() {
        String unique = word();
        Map<String, Object> subject = TestData.subject("27");
        subject.put("name", "Центр " + unique);
        as(TestUser.ADMIN).body(subject).post("/api/v1/subjects").then().statusCode(201);
        Map<String, Object> deficit = DeficitData.deficit("27");
        deficit.put("description", "Нет методиста " + unique);
        DeficitData.create(deficit);

        search(unique).then().statusCode(200).body("totalItems", equalTo(2));
        as(TestUser.VIEWER).queryParam("q", unique).queryParam("types", "deficit").get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].type", equalTo("DEFICIT"));
        as(TestUser.VIEWER).queryParam("q", unique).queryParam("types", "SUBJECT, DEFICIT").get(SEARCH).then()
                .statusCode(200).body("totalItems", equalTo(2));
        as(TestUser.VIEWER).queryParam("q", unique).queryParam("types", "PROJECT").get(SEARCH).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void highlightMarksTheWordsAndEscapesTheRest() {
        String unique = word();
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "Теги <script> & " + unique);
        DeficitData.create(body);

        String highlight = search(unique).then().statusCode(200).extract().jsonPath().getString("items[0].highlight");
        assertTrue(highlight.contains("<mark>" + unique + "</mark>"), highlight);
        assertTrue(highlight.contains("&lt;script&gt;"), highlight);
        assertFalse(highlight.contains("<script>"), highlight);
    }

    @Test
    void pagingEnvelopeAndPages() {
        String unique = word();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = DeficitData.deficit("27");
            body.put("description", "Нет " + unique);
            DeficitData.create(body);
        }
        as(TestUser.EXPERT).queryParam("q", unique).queryParam("size", 2).queryParam("page", 1).get(SEARCH).then()
                .statusCode(200).body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2)).body("items.size()", equalTo(1));
        as(TestUser.EXPERT).queryParam("q", unique).queryParam("page", 7).get(SEARCH).then()
                .statusCode(200).body("totalItems", equalTo(3)).body("items.size()", equalTo(0));
    }

    @Test
    void badParametersAnswer400NamingTheParameter() {
        as(TestUser.VIEWER).get(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("а").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("  я  ").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("я".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        as(TestUser.VIEWER).queryParam("q", "педагог").queryParam("types", "PRACTICE,FOO").get(SEARCH).then()
                .statusCode(400).body("errors[0].field", equalTo("types"))
                .body("errors[0].message", containsString("PRACTICE"));
        as(TestUser.VIEWER).queryParam("q", "педагог").queryParam("size", 51).get(SEARCH).then().statusCode(400)
                .body("errors.field", hasItem("size")).body("errors[0].message", containsString("50"));
        as(TestUser.VIEWER).queryParam("q", "педагог").queryParam("size", "many").get(SEARCH).then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(TestUser.VIEWER).queryParam("q", "педагог").queryParam("size", 0).get(SEARCH).then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(TestUser.VIEWER).queryParam("q", "педагог").queryParam("page", "-1").get(SEARCH).then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void querySyntaxNeverBreaksTheSearch() {
        for (String q : List.of("\"(*?:[", "AND OR NOT", "педагог~2^3 \\", "**", "и в на", "---", "a:b OR c*")) {
            search(q).then().statusCode(200);
        }
    }

    @Test
    void anonymousIsRefused() {
        Api.anonymous().queryParam("q", "педагог").get(SEARCH).then().statusCode(401);
    }

    @Test
    void indexIsRebuiltFromTheDatabaseWhenLost() {
        String unique = word();
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "Нехватка " + unique);
        DeficitData.create(body);
        search(unique).then().statusCode(200).body("totalItems", equalTo(1));

        index.clear();
        search(unique).then().statusCode(200).body("totalItems", equalTo(0));

        assertTrue(indexer.rebuildIfStale());
        search(unique).then().statusCode(200).body("totalItems", equalTo(1));
        assertFalse(indexer.rebuildIfStale(), "a current index is left alone");
    }

    @Test
    void personIsFoundUnderTheNewRegionOfTheirOrganisation() {
        Map<String, Object> subject = TestData.subject("27");
        long subjectId = as(TestUser.ADMIN).body(subject).post("/api/v1/subjects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String name = word();
        Map<String, Object> person = PeopleData.person(subjectId);
        person.put("fullName", "Петрова " + name);
        as(TestUser.ADMIN).body(person).post(PeopleData.PEOPLE).then().statusCode(201);
        searchPeople(name).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].regionCode", equalTo("27"));

        subject.put("regionCode", "22");
        as(TestUser.ADMIN).header("If-Match", Api.etagOf("/api/v1/subjects/" + subjectId)).body(subject)
                .put("/api/v1/subjects/" + subjectId).then().statusCode(200);

        searchPeople(name).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].regionCode", equalTo("22"));
    }

    @Test
    void startupCheckRebuildsAnIndexThatDisagreesWithTheDatabase() {
        String unique = word();
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "Нехватка " + unique);
        long deficitId = DeficitData.create(body);
        long subjectId = TestData.createSubject("27");
        String name = word();
        Map<String, Object> person = PeopleData.person(subjectId);
        person.put("fullName", "Сидорова " + name);
        as(TestUser.ADMIN).body(person).post(PeopleData.PEOPLE).then().statusCode(201);
        indexer.rebuildIfStale(); // other tests write rows past Hibernate: start from an index that agrees
        assertFalse(indexer.rebuildIfStale(), "an index that agrees with the database is left alone");

        sql("update deficit set region_code = '22' where id = " + deficitId);
        assertTrue(indexer.rebuildIfStale(), "a region changed past Hibernate is seen");
        search(unique).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].regionCode", equalTo("22"));

        sql("update subject set region_code = '54' where id = " + subjectId);
        assertTrue(indexer.rebuildIfStale(), "a person's region that follows their organisation is checked too");
        searchPeople(name).then().statusCode(200).body("items[0].regionCode", equalTo("54"));

        sql("update deficit set version = version + 1 where id = " + deficitId);
        assertTrue(indexer.rebuildIfStale(), "a newer version of a row is seen");

        long ticket = index.openTicket();
        index.apply(ticket, List.of(), List.of(SearchDocument.key(SearchType.DEFICIT, deficitId)));
        index.closeTicket(ticket);
        search(unique).then().statusCode(200).body("totalItems", equalTo(0));
        assertTrue(indexer.rebuildIfStale(), "a document missing from the index is seen");
        search(unique).then().statusCode(200).body("totalItems", equalTo(1));
        assertFalse(indexer.rebuildIfStale());
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery(statement).executeUpdate());
    }

    private static io.restassured.response.Response searchPeople(String q) {
        return as(TestUser.VIEWER).queryParam("q", q).queryParam("types", "PERSON").get(SEARCH);
    }

    private static io.restassured.response.Response search(String q) {
        return as(TestUser.VIEWER).queryParam("q", q).get(SEARCH);
    }

    /** Every hit of a query, page by page. */
    private static List<Map<String, Object>> findAll(String q, String types) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = as(TestUser.VIEWER).queryParam("q", q).queryParam("types", types)
                    .queryParam("size", 50).queryParam("page", page).get(SEARCH).then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(json.getList("items"));
            if (page + 1 >= json.getInt("totalPages")) {
                return all;
            }
        }
    }

    /** A made-up word no demo object or other test uses: consonants only, so no ending is stemmed away. */
    private static String word() {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder word = new StringBuilder("зю");
        for (int i = 0; i < 9; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }
}
