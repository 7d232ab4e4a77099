package ru.efs.portfolio.series;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.PeopleData.SERIES;
import static ru.efs.portfolio.support.PeopleData.createPerson;
import static ru.efs.portfolio.support.PeopleData.createSeries;
import static ru.efs.portfolio.support.PeopleData.insertSession;
import static ru.efs.portfolio.support.PeopleData.series;
import static ru.efs.portfolio.support.TestData.createSubject;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class SeriesResourceTest {

    private static final String[] SIBERIAN = {"22", "04", "42", "19", "17", "75"};

    @Test
    void adminCreatesTheAltaiSeriesOverSixRegions() {
        long altspu = createSubject("22");
        long kocheshkova = createPerson(altspu);
        Map<String, Object> body = series(altspu, kocheshkova, SIBERIAN);
        var created = as(TestUser.ADMIN).body(body).post(SERIES).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/session-series/"))
                .header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("year", is(2023))
                .body("leadSubjectId", is((int) altspu))
                .body("leadSubject.id", is((int) altspu))
                .body("leadSubject.title", equalTo("ЦНППМ"))
                .body("leadPersonId", is((int) kocheshkova))
                .body("leadPerson.id", is((int) kocheshkova))
                .body("leadPerson.title", containsString("Кочешкова Ирина Юрьевна"))
                .body("regionCodes", contains("04", "17", "19", "22", "42", "75"))
                .body("regions[0].code", equalTo("04"))
                .body("regions[0].name", equalTo("Республика Алтай"))
                .body("regions.find { it.code == '75' }.name", equalTo("Забайкальский край"))
                .body("description", containsString("шести регионах"))
                .body("version", is(0))
                .body("createdBy", equalTo("admin"))
                .body("updatedAt", notNullValue())
                .extract().jsonPath();
        long id = created.getLong("id");

        for (TestUser reader : TestUser.values()) {
            as(reader).get(SERIES + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                    .body("regionCodes", hasSize(6));
        }
        as(TestUser.VIEWER).queryParam("q", body.get("title")).get(SERIES).then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].year", is(2023))
                .body("items[0].leadSubjectId", is((int) altspu))
                .body("items[0].leadSubjectName", equalTo("ЦНППМ"))
                .body("items[0].leadPersonId", is((int) kocheshkova))
                .body("items[0].regionCodes", contains("04", "17", "19", "22", "42", "75"));
    }

    @Test
    void seriesNeedsNoLeadNorRegions() {
        Map<String, Object> body = series(null, null);
        body.remove("regionCodes");
        body.remove("description");
        as(TestUser.EXPERT).body(body).post(SERIES).then().statusCode(201)
                .body("leadSubject", nullValue()).body("leadPerson", nullValue())
                .body("regionCodes", hasSize(0)).body("regions", hasSize(0))
                .body("createdBy", equalTo(TestUser.EXPERT.username));
    }

    @Test
    void expertCreatesUpdatesAndDeletesSeries() {
        long id = as(TestUser.EXPERT).body(series(null, null, "27")).post(SERIES).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> changed = series(createSubject("27"), null, "27", "25");
        changed.put("year", 2024);
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(changed).put(SERIES + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("year", is(2024)).body("regionCodes", contains("25", "27"))
                .body("updatedBy", equalTo(TestUser.EXPERT.username));
        as(TestUser.EXPERT).header("If-Match", "\"1\"").delete(SERIES + "/" + id).then().statusCode(204);
        as(TestUser.EXPERT).get(SERIES + "/" + id).then().statusCode(404);
    }

    @Test
    void changingOnlyTheRegionsMovesTheVersion() {
        Map<String, Object> body = series(null, null, "22", "04");
        long id = as(TestUser.ADMIN).body(body).post(SERIES).then().statusCode(201).extract().jsonPath().getLong("id");

        body.put("regionCodes", List.of("22", "04", "42"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(SERIES + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", is(1)).body("regionCodes", contains("04", "22", "42"));

        body.put("regionCodes", List.of("42", "22"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(SERIES + "/" + id).then().statusCode(200)
                .body("version", is(2)).body("regionCodes", contains("22", "42"));

        // The same regions in another order are no change.
        body.put("regionCodes", List.of("22", "42"));
        as(TestUser.ADMIN).header("If-Match", "\"2\"").body(body).put(SERIES + "/" + id).then().statusCode(200)
                .body("version", is(2));

        // A writer who saw the old regions cannot overwrite the new ones.
        body.put("regionCodes", List.of("22"));
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(SERIES + "/" + id).then().statusCode(412);
        as(TestUser.VIEWER).get(SERIES + "/" + id).then().header("ETag", "\"2\"").body("regionCodes", contains("22", "42"));
    }

    @Test
    void eachValidationRuleIsA400NamingTheField() {
        Map<String, Object> blank = series(null, null, "22");
        blank.put("title", " ");
        assertInvalid(blank, "title");
        assertInvalid(with("title", "С".repeat(501)), "title");
        Map<String, Object> noYear = series(null, null, "22");
        noYear.remove("year");
        assertInvalid(noYear, "year");
        assertInvalid(with("year", 1999), "year");
        assertInvalid(with("year", 2101), "year");
        assertInvalid(with("year", "двадцать третий"), "year");
        assertInvalid(with("year", 99999999999L), "year");
        assertInvalid(with("description", "о".repeat(4001)), "description");
        assertInvalid(with("leadSubjectId", 0), "leadSubjectId");
        assertInvalid(with("leadPersonId", -3), "leadPersonId");
        assertInvalid(with("version", -1), "version");
        assertInvalid(with("regionCodes", "22"), "regionCodes");
        assertInvalid(with("regionCodes", List.of("22", "4")), "regionCodes[1]");
        assertInvalid(with("regionCodes", List.of("22", "04", "Алтай")), "regionCodes[2]");
        List<String> withNull = new ArrayList<>(List.of("22"));
        withNull.add(null);
        assertInvalid(with("regionCodes", withNull), "regionCodes[1]");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            tooMany.add("22");
        }
        assertInvalid(with("regionCodes", tooMany), "regionCodes");

        as(TestUser.ADMIN).body(with("regionCodes", List.of("22", "04", "00"))).post(SERIES).then()
                .statusCode(400).body("errors[0].field", equalTo("regionCodes[2]"))
                .body("errors[0].message", containsString("00"));
        as(TestUser.ADMIN).body(with("regionCodes", List.of("22", "04", "22"))).post(SERIES).then()
                .statusCode(400).body("errors[0].field", equalTo("regionCodes[2]"))
                .body("errors[0].message", containsString("22"));
        as(TestUser.ADMIN).body(with("leadSubjectId", 987654321)).post(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("leadSubjectId"));
        as(TestUser.ADMIN).body(with("leadPersonId", 987654321)).post(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("leadPersonId"))
                .body("errors[0].message", containsString("987654321"));
        as(TestUser.ADMIN).body("{\"title\": ").post(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).post(SERIES).then().statusCode(400);

        Map<String, Object> limits = series(null, null, "22");
        limits.put("title", "С".repeat(500));
        limits.put("year", 2100);
        limits.put("description", "о".repeat(4000));
        as(TestUser.ADMIN).body(limits).post(SERIES).then().statusCode(201);
    }

    @Test
    void listFiltersByYearRegionLeadAndTitle() {
        String tag = TestData.unique("Сибирь");
        long altspu = createSubject("22");
        long lead = createPerson(altspu);
        Map<String, Object> siberian = series(altspu, lead, SIBERIAN);
        siberian.put("title", "Сессии АлтГПУ " + tag);
        long s2023 = as(TestUser.ADMIN).body(siberian).post(SERIES).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> farEast = series(null, null, "27", "25");
        farEast.put("title", "Дальний Восток " + tag);
        farEast.put("year", 2022);
        long s2022 = as(TestUser.ADMIN).body(farEast).post(SERIES).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).queryParam("q", tag).get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2023, (int) s2022));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("sort", "year,asc").get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2022, (int) s2023));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("sort", "title").get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2022, (int) s2023));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("year", 2022).get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2022));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("regionCode", "75").get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2023))
                .body("items[0].regionCodes", hasSize(6));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("regionCode", "27").get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2022));
        as(TestUser.VIEWER).queryParam("regionCode", "17").get(SERIES).then().statusCode(200)
                .body("items.regionCodes", everyItem(hasItem("17")))
                .body("items.id", hasItem((int) s2023)).body("items.id", not(hasItem((int) s2022)));
        as(TestUser.VIEWER).queryParam("leadSubjectId", altspu).get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2023));
        as(TestUser.VIEWER).queryParam("leadPersonId", lead).get(SERIES).then().statusCode(200)
                .body("items.id", contains((int) s2023));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("size", 1).queryParam("page", 1).get(SERIES).then()
                .statusCode(200).body("items.id", contains((int) s2022))
                .body("totalItems", is(2)).body("totalPages", is(2)).body("size", is(1)).body("page", is(1));
    }

    @Test
    void listPageCostsTheSameStatementsWhateverItsSize() {
        for (int i = 0; i < 6; i++) {
            long subject = createSubject("22");
            createSeries(subject, createPerson(subject), SIBERIAN);
        }
        long small = PeopleData.statementsOf(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .queryParam("sort", "id,desc").get(SERIES).then().statusCode(200));
        long large = PeopleData.statementsOf(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .queryParam("sort", "id,desc").get(SERIES).then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(6)));
        assertThat(large, lessThanOrEqualTo(small));
        assertThat(large, lessThanOrEqualTo(6L));
    }

    @Test
    void badIdsPagingAndFiltersAreA400NamingTheParameter() {
        as(TestUser.VIEWER).get(SERIES + "/первая").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(SERIES + "/-1/history").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "x").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("size", "500").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("sort", "leadSubjectId").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort")).body("errors[0].message", containsString("year"));
        as(TestUser.VIEWER).queryParam("sort", "year,newest").get(SERIES).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("year", "две тысячи").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("year", "1999").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2000"));
        as(TestUser.VIEWER).queryParam("leadSubjectId", "0").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("leadSubjectId"));
        as(TestUser.VIEWER).queryParam("leadPersonId", "x").get(SERIES).then().statusCode(400)
                .body("errors[0].field", equalTo("leadPersonId"));
    }

    @Test
    void missingSeriesIs404() {
        as(TestUser.VIEWER).get(SERIES + "/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        as(TestUser.VIEWER).get(SERIES + "/987654321/history").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(series(null, null)).put(SERIES + "/987654321")
                .then().statusCode(404);
        as(TestUser.EXPERT).header("If-Match", "\"0\"").delete(SERIES + "/987654321").then().statusCode(404);
    }

    @Test
    void staleUpdateIs412AndNamesWhoChangedIt() {
        long id = createSeries(null, null, "22");
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(series(null, null, "22")).put(SERIES + "/" + id)
                .then().statusCode(200).body("version", is(1));
        as(TestUser.ADMIN).header("If-Match", "W/\"0\"").body(series(null, null, "04")).put(SERIES + "/" + id)
                .then().statusCode(412)
                .body("detail", containsString(TestUser.EXPERT.username))
                .body("details.currentVersion", is(1));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(SERIES + "/" + id).then().statusCode(412);
        as(TestUser.VIEWER).get(SERIES + "/" + id).then().body("regionCodes", contains("22"));
    }

    @Test
    void writeWithoutVersionIs428AndVersionFieldWorksInsteadOfIfMatch() {
        long id = createSeries(null, null, "22");
        as(TestUser.ADMIN).body(series(null, null, "22")).put(SERIES + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).delete(SERIES + "/" + id).then().statusCode(428);
        Map<String, Object> body = series(null, null, "22");
        body.put("version", 0);
        as(TestUser.ADMIN).body(body).put(SERIES + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void anonymousCallerGets401() {
        long id = createSeries(null, null, "22");
        anonymous().get(SERIES).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(SERIES + "/" + id).then().statusCode(401);
        anonymous().body(series(null, null)).post(SERIES).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").delete(SERIES + "/" + id).then().statusCode(401);
    }

    @Test
    void coordinatorsAndViewersCannotWriteSeries() {
        long id = createSeries(null, null, "27");
        for (TestUser user : List.of(TestUser.VIEWER, TestUser.COORDINATOR_27, TestUser.COORDINATOR_22)) {
            as(user).body(series(null, null, "27")).post(SERIES).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(series(null, null, "27")).put(SERIES + "/" + id)
                    .then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(SERIES + "/" + id).then().statusCode(403);
        }
        as(TestUser.VIEWER).get(SERIES + "/" + id).then().statusCode(200).body("version", is(0));
    }

    @Test
    void deletingSeriesWithSessionsIs409ListingThem() {
        long id = createSeries(null, null, "27");
        insertSession(id, null);
        insertSession(id, null);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(SERIES + "/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("details.dependents.type", contains("sessions"))
                .body("details.dependents[0].count", is(2))
                .body("detail", containsString("стратегические сессии: 2"));
        as(TestUser.VIEWER).get(SERIES + "/" + id).then().statusCode(200);
    }

    @Test
    void deleteAnswers204AndTheHistoryKeepsTheSeries() {
        long id = createSeries(null, null, "22", "04");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(SERIES + "/" + id).then().statusCode(204);
        as(TestUser.ADMIN).get(SERIES + "/" + id).then().statusCode(404);
        as(TestUser.ADMIN).get(SERIES + "/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"))
                .body("[1].action", equalTo("CREATED"));
    }

    @Test
    void historyTellsWhoChangedTheRegionsAndWhen() {
        Map<String, Object> body = series(null, null, "22", "04");
        long id = as(TestUser.ADMIN).body(body).post(SERIES).then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("regionCodes", List.of("22", "04", "75"));
        as(TestUser.EXPERT).header("If-Match", "\"0\"").body(body).put(SERIES + "/" + id).then().statusCode(200);
        body.put("title", "Стратегические сессии АлтГПУ в регионах Сибири и Забайкалья");
        as(TestUser.ADMIN).header("If-Match", "\"1\"").body(body).put(SERIES + "/" + id).then().statusCode(200);

        as(TestUser.VIEWER).get(SERIES + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].changedBy", equalTo("admin"))
                .body("[0].changes.field", contains("title"))
                .body("[0].changes[0].to", equalTo("Стратегические сессии АлтГПУ в регионах Сибири и Забайкалья"))
                .body("[1].action", equalTo("UPDATED"))
                .body("[1].changedBy", equalTo(TestUser.EXPERT.username))
                .body("[1].changedAt", notNullValue())
                .body("[1].changes.field", hasItems("regionCodes", "regions"))
                .body("[1].changes.find { it.field == 'regionCodes' }.from", contains("04", "22"))
                .body("[1].changes.find { it.field == 'regionCodes' }.to", contains("04", "22", "75"))
                .body("[2].action", equalTo("CREATED"))
                .body("[2].changedBy", equalTo("admin"));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        as(TestUser.VIEWER).header("Accept-Language", "en").get(SERIES + "/987654321").then().statusCode(404)
                .body("detail", containsString("no session series"));
        as(TestUser.ADMIN).header("Accept-Language", "en").body(with("regionCodes", List.of("27", "27")))
                .post(SERIES).then().statusCode(400).body("errors[0].message", containsString("twice"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = series(null, null, "22");
        body.put(field, value);
        return body;
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        as(TestUser.ADMIN).body(body).post(SERIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
