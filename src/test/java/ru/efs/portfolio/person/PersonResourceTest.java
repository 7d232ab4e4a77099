package ru.efs.portfolio.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
import static ru.efs.portfolio.support.PeopleData.PEOPLE;
import static ru.efs.portfolio.support.PeopleData.createPerson;
import static ru.efs.portfolio.support.PeopleData.createSeries;
import static ru.efs.portfolio.support.PeopleData.insertSession;
import static ru.efs.portfolio.support.PeopleData.person;
import static ru.efs.portfolio.support.TestData.createSubject;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PersonResourceTest {

    private static long createUniversity(String regionCode) {
        Map<String, Object> body = TestData.subject(regionCode);
        body.put("name", TestData.unique("ФГБОУ ВО «Алтайский государственный педагогический университет»"));
        body.put("shortName", "АлтГПУ");
        body.put("type", "UNIVERSITY");
        return as(TestUser.ADMIN).body(body).post("/api/v1/subjects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void adminAddsPersonWithOrganisationAndEveryoneReadsIt() {
        long altspu = createUniversity("22");
        Map<String, Object> body = person(altspu);
        body.put("notes", "Руководитель серии стратегических сессий АлтГПУ");
        var created = as(TestUser.ADMIN).body(body).post(PEOPLE).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .header("ETag", "\"0\"")
                .body("fullName", equalTo(body.get("fullName")))
                .body("position", equalTo("руководитель проекта"))
                .body("subjectId", is((int) altspu))
                .body("subject.id", is((int) altspu))
                .body("subject.title", equalTo("АлтГПУ"))
                .body("regionCode", equalTo("22"))
                .body("academicTitle", equalTo("кандидат педагогических наук, доцент"))
                .body("email", equalTo("kocheshkova@altspu.ru"))
                .body("phone", equalTo("+7 3852 00-00-00"))
                .body("notes", equalTo("Руководитель серии стратегических сессий АлтГПУ"))
                .body("version", is(0))
                .body("createdBy", equalTo("admin"))
                .body("createdAt", notNullValue())
                .body("updatedBy", equalTo("admin"))
                .extract().jsonPath();
        long id = created.getLong("id");

        for (TestUser reader : TestUser.values()) {
            as(reader).get(PEOPLE + "/" + id).then().statusCode(200)
                    .header("ETag", "\"0\"").body("fullName", equalTo(body.get("fullName")));
        }
        as(TestUser.VIEWER).queryParam("q", body.get("fullName")).get(PEOPLE).then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].fullName", equalTo(body.get("fullName")))
                .body("items[0].position", equalTo("руководитель проекта"))
                .body("items[0].subjectId", is((int) altspu))
                .body("items[0].subjectName", equalTo("АлтГПУ"))
                .body("items[0].regionCode", equalTo("22"));
    }

    @Test
    void adminMayAddPersonWithoutOrganisation() {
        Map<String, Object> body = person(null);
        body.put("email", null);
        body.put("phone", null);
        body.put("notes", "   ");
        as(TestUser.ADMIN).body(body).post(PEOPLE).then().statusCode(201)
                .body("subjectId", nullValue()).body("subject", nullValue()).body("regionCode", nullValue())
                .body("email", nullValue()).body("phone", nullValue()).body("notes", nullValue());
    }

    @Test
    void listFiltersByOrganisationRegionDistrictAndText() {
        String tag = TestData.unique("методист");
        long khabarovsk = createSubject("27");
        long altai = createSubject("22");
        Map<String, Object> inKhabarovsk = person(khabarovsk);
        inKhabarovsk.put("position", "старший " + tag);
        long k = as(TestUser.ADMIN).body(inKhabarovsk).post(PEOPLE).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> inAltai = person(altai);
        inAltai.put("position", "ведущий " + tag);
        inAltai.put("email", "metodist@altspu.ru");
        long a = as(TestUser.ADMIN).body(inAltai).post(PEOPLE).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(TestUser.VIEWER).queryParam("q", tag).get(PEOPLE).then().statusCode(200)
                .body("totalItems", is(2)).body("items.id", hasItems((int) k, (int) a));
        as(TestUser.VIEWER).queryParam("q", tag.toUpperCase()).queryParam("regionCode", "27").get(PEOPLE).then()
                .statusCode(200).body("items.id", contains((int) k));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("federalDistrictCode", "sibfd").get(PEOPLE).then()
                .statusCode(200).body("items.id", contains((int) a));
        as(TestUser.VIEWER).queryParam("subjectId", khabarovsk).get(PEOPLE).then().statusCode(200)
                .body("items.id", contains((int) k));
        as(TestUser.VIEWER).queryParam("regionCode", "27").get(PEOPLE).then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("27")));
        as(TestUser.VIEWER).queryParam("q", "metodist@altspu").get(PEOPLE).then().statusCode(200)
                .body("items.id", hasItem((int) a)).body("items.id", not(hasItem((int) k)));
        as(TestUser.VIEWER).queryParam("q", "100%_").get(PEOPLE).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void listSortsAndPagesInTheDatabase() {
        String tag = TestData.unique("эксперт АлтГПУ");
        for (String name : List.of("Воронушкина Ольга Владимировна", "Андреева Анна", "Кочешкова Ирина Юрьевна")) {
            Map<String, Object> body = person(null);
            body.put("fullName", name);
            body.put("position", tag);
            as(TestUser.ADMIN).body(body).post(PEOPLE).then().statusCode(201);
        }
        as(TestUser.VIEWER).queryParam("q", tag).get(PEOPLE).then().statusCode(200)
                .body("items.fullName", contains("Андреева Анна", "Воронушкина Ольга Владимировна",
                        "Кочешкова Ирина Юрьевна"))
                .body("page", is(0)).body("size", is(20)).body("totalItems", is(3)).body("totalPages", is(1));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("sort", "fullName,desc").queryParam("size", 2)
                .queryParam("page", 1).get(PEOPLE).then().statusCode(200)
                .body("items.fullName", contains("Андреева Анна"))
                .body("page", is(1)).body("size", is(2)).body("totalItems", is(3)).body("totalPages", is(2));
        as(TestUser.VIEWER).queryParam("q", tag).queryParam("page", 5).get(PEOPLE).then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", is(3));
        for (String sort : List.of("position,asc", "id,desc", "updatedAt,asc", "fullName")) {
            as(TestUser.VIEWER).queryParam("q", tag).queryParam("sort", sort).get(PEOPLE).then().statusCode(200)
                    .body("items", hasSize(3));
        }
    }

    @Test
    void listPageCostsTheSameStatementsWhateverItsSize() {
        for (int i = 0; i < 6; i++) {
            createPerson(createSubject(i % 2 == 0 ? "27" : "22"));
        }
        long small = PeopleData.statementsOf(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .queryParam("sort", "id,desc").get(PEOPLE).then().statusCode(200));
        long large = PeopleData.statementsOf(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .queryParam("sort", "id,desc").get(PEOPLE).then().statusCode(200));
        assertThat(large, lessThanOrEqualTo(small));
        assertThat(large, lessThanOrEqualTo(6L));
    }

    @Test
    void badIdsPagingAndFiltersAreA400NamingTheParameter() {
        as(TestUser.VIEWER).get(PEOPLE + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(TestUser.VIEWER).get(PEOPLE + "/0").then().statusCode(400);
        as(TestUser.VIEWER).get(PEOPLE + "/99999999999999999999/history").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "-1").get(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("size", "101").get(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("size", "0").get(PEOPLE).then().statusCode(400);
        as(TestUser.VIEWER).queryParam("sort", "email,asc").get(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("fullName"));
        as(TestUser.VIEWER).queryParam("sort", "fullName,up").get(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(TestUser.VIEWER).queryParam("subjectId", "АлтГПУ").get(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"));
    }

    @Test
    void eachValidationRuleIsA400NamingTheField() {
        long subject = createSubject("22");
        Map<String, Object> blank = person(subject);
        blank.put("fullName", "  ");
        assertInvalid(blank, "fullName");
        Map<String, Object> missing = person(subject);
        missing.remove("fullName");
        assertInvalid(missing, "fullName");
        assertInvalid(with(subject, "fullName", "К".repeat(201)), "fullName");
        assertInvalid(with(subject, "position", "р".repeat(301)), "position");
        assertInvalid(with(subject, "academicTitle", "д".repeat(201)), "academicTitle");
        assertInvalid(with(subject, "email", "не почта"), "email");
        assertInvalid(with(subject, "phone", "позвонить"), "phone");
        assertInvalid(with(subject, "notes", "з".repeat(2001)), "notes");
        assertInvalid(with(subject, "subjectId", 0), "subjectId");
        assertInvalid(with(subject, "subjectId", "АлтГПУ"), "subjectId");
        assertInvalid(with(subject, "version", -1), "version");
        as(TestUser.ADMIN).body(with(subject, "subjectId", 987654321)).post(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"))
                .body("errors[0].message", containsString("987654321"));
        as(TestUser.ADMIN).body("{\"fullName\": ").post(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(TestUser.ADMIN).post(PEOPLE).then().statusCode(400);
        // At the limits everything passes.
        Map<String, Object> longest = person(subject);
        longest.put("fullName", "К".repeat(200));
        longest.put("position", "р".repeat(300));
        longest.put("notes", "з".repeat(2000));
        as(TestUser.ADMIN).body(longest).post(PEOPLE).then().statusCode(201);
    }

    @Test
    void missingPersonIs404() {
        as(TestUser.VIEWER).get(PEOPLE + "/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        as(TestUser.VIEWER).get(PEOPLE + "/987654321/history").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(person(null)).put(PEOPLE + "/987654321")
                .then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PEOPLE + "/987654321").then().statusCode(404);
    }

    @Test
    void staleUpdateIs412AndNamesWhoChangedIt() {
        long subject = createSubject("27");
        long id = createPerson(subject);
        Map<String, Object> first = person(subject);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(first).put(PEOPLE + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1))
                .body("updatedBy", equalTo(TestUser.COORDINATOR_27.username));

        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(person(subject)).put(PEOPLE + "/" + id)
                .then().statusCode(412)
                .body("detail", containsString(TestUser.COORDINATOR_27.username))
                .body("details.currentVersion", is(1));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(412);
        as(TestUser.VIEWER).get(PEOPLE + "/" + id).then().body("fullName", equalTo(first.get("fullName")));
    }

    @Test
    void writeWithoutVersionIs428AndVersionFieldWorksInsteadOfIfMatch() {
        long id = createPerson(null);
        as(TestUser.ADMIN).body(person(null)).put(PEOPLE + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).delete(PEOPLE + "/" + id).then().statusCode(428);
        as(TestUser.ADMIN).header("If-Match", "three").delete(PEOPLE + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        Map<String, Object> body = person(null);
        body.put("version", 0);
        as(TestUser.ADMIN).body(body).put(PEOPLE + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void anonymousCallerGets401() {
        long id = createPerson(null);
        anonymous().get(PEOPLE).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(PEOPLE + "/" + id).then().statusCode(401);
        anonymous().body(person(null)).post(PEOPLE).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(401);
    }

    @Test
    void viewerAndExpertCannotWritePeople() {
        long subject = createSubject("27");
        long id = createPerson(subject);
        for (TestUser user : List.of(TestUser.VIEWER, TestUser.EXPERT)) {
            as(user).body(person(subject)).post(PEOPLE).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(person(subject)).put(PEOPLE + "/" + id).then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(403);
        }
        as(TestUser.VIEWER).get(PEOPLE + "/" + id).then().body("version", is(0));
    }

    @Test
    void coordinatorKeepsPeopleOfOwnRegionOnly() {
        long khabarovsk = createSubject("27");
        long altai = createSubject("22");

        long own = as(TestUser.COORDINATOR_27).body(person(khabarovsk)).post(PEOPLE).then().statusCode(201)
                .body("regionCode", equalTo("27")).body("createdBy", equalTo(TestUser.COORDINATOR_27.username))
                .extract().jsonPath().getLong("id");
        as(TestUser.COORDINATOR_27).body(person(altai)).post(PEOPLE).then().statusCode(403)
                .body("detail", containsString("Алтайский край"));

        Map<String, Object> federal = TestData.subject(null);
        federal.put("type", "FEDERAL_OPERATOR");
        long academy = as(TestUser.ADMIN).body(federal).post("/api/v1/subjects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestUser.COORDINATOR_27).body(person(academy)).post(PEOPLE).then().statusCode(403);

        // Moving one's own person to another region's organisation is refused, and nothing changes.
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(person(altai)).put(PEOPLE + "/" + own)
                .then().statusCode(403);
        as(TestUser.VIEWER).get(PEOPLE + "/" + own).then().body("subjectId", is((int) khabarovsk))
                .body("version", is(0));

        long altaiPerson = createPerson(altai);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(person(khabarovsk))
                .put(PEOPLE + "/" + altaiPerson).then().statusCode(403);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").delete(PEOPLE + "/" + altaiPerson)
                .then().statusCode(403);
        as(TestUser.COORDINATOR_22).header("If-Match", "\"0\"").body(person(altai))
                .put(PEOPLE + "/" + altaiPerson).then().statusCode(200);

        long nobody = createPerson(null);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(person(khabarovsk)).put(PEOPLE + "/" + nobody)
                .then().statusCode(403);

        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(person(khabarovsk)).put(PEOPLE + "/" + own)
                .then().statusCode(200);
        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").delete(PEOPLE + "/" + own).then().statusCode(204);
    }

    @Test
    void coordinatorMustNameTheOrganisation() {
        as(TestUser.COORDINATOR_27).body(person(null)).post(PEOPLE).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"))
                .body("errors[0].message", containsString("организацию"));
        as(TestUser.COORDINATOR_27).header("Accept-Language", "en").body(person(null)).post(PEOPLE).then()
                .statusCode(400).body("errors[0].message", containsString("organisation"));
    }

    @Test
    void deletingPersonWhoLeadsSeriesOrTakesPartInSessionsIs409() {
        long subject = createSubject("22");
        long lead = createPerson(subject);
        createSeries(subject, lead, "22", "04");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PEOPLE + "/" + lead).then().statusCode(409)
                .contentType("application/problem+json")
                .body("details.dependents.type", contains("sessionSeries"))
                .body("details.dependents[0].count", is(1))
                .body("detail", containsString("серии сессий"));

        long expert = createPerson(subject);
        insertSession(null, expert);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PEOPLE + "/" + expert).then().statusCode(409)
                .body("details.dependents.type", contains("sessions"))
                .body("detail", containsString("стратегические сессии"));
        as(TestUser.ADMIN).header("Accept-Language", "en").header("If-Match", "\"0\"").delete(PEOPLE + "/" + expert)
                .then().statusCode(409).body("detail", containsString("strategic sessions: 1"));
        as(TestUser.VIEWER).get(PEOPLE + "/" + expert).then().statusCode(200);
    }

    @Test
    void deleteAnswers204AndThePersonIsGone() {
        long id = createPerson(createSubject("27"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(204);
        as(TestUser.ADMIN).get(PEOPLE + "/" + id).then().statusCode(404);
        as(TestUser.ADMIN).get(PEOPLE + "/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"));
    }

    @Test
    void deletedPersonsContactsAreHiddenFromNonAdminsInHistory() {
        long subject = createSubject("27");
        long id = createPerson(subject);
        Map<String, Object> moved = person(subject);
        moved.put("fullName", "Иванова Мария Петровна");
        moved.put("email", "ivanova.private@mail.example");
        moved.put("phone", "+7 914 111-22-33");
        as(TestUser.COORDINATOR_27).header("If-Match", "\"0\"").body(moved).put(PEOPLE + "/" + id)
                .then().statusCode(200);
        String alive = as(TestUser.VIEWER).get(PEOPLE + "/" + id + "/history").then().statusCode(200)
                .extract().asString();
        assertThat(alive, containsString("ivanova.private@mail.example"));

        as(TestUser.COORDINATOR_27).header("If-Match", "\"1\"").delete(PEOPLE + "/" + id).then().statusCode(204);

        for (TestUser reader : List.of(TestUser.VIEWER, TestUser.EXPERT, TestUser.COORDINATOR_27,
                TestUser.COORDINATOR_22)) {
            var history = as(reader).get(PEOPLE + "/" + id + "/history").then().statusCode(200)
                    .body("action", contains("DELETED", "UPDATED", "CREATED"))
                    .body("[1].changes.field", hasItem("fullName"))
                    .body("changes.flatten().field", not(hasItem("email")))
                    .body("changes.flatten().field", not(hasItem("phone")))
                    .extract().asString();
            for (String contact : List.of("ivanova.private@mail.example", "kocheshkova@altspu.ru", "111-22-33",
                    "00-00-00")) {
                assertThat(reader + " must not read " + contact, history, not(containsString(contact)));
            }
        }
        as(TestUser.ADMIN).get(PEOPLE + "/" + id + "/history").then().statusCode(200)
                .body("[1].changes.field", hasItems("email", "phone"))
                .body("[2].changes.find { it.field == 'email' }.to", equalTo("kocheshkova@altspu.ru"));
    }

    @Test
    void historyTellsWhoChangedWhatAndWhen() {
        long subject = createSubject("27");
        long other = createSubject("27");
        Map<String, Object> body = person(subject);
        long id = as(TestUser.COORDINATOR_27).body(body).post(PEOPLE).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body.put("position", "ведущий эксперт");
        body.put("subjectId", other);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PEOPLE + "/" + id).then().statusCode(200);

        as(TestUser.VIEWER).get(PEOPLE + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo("admin"))
                .body("[0].changedAt", notNullValue())
                .body("[0].changes.field", hasItems("position", "subjectId", "subject"))
                .body("[0].changes.find { it.field == 'position' }.from", equalTo("руководитель проекта"))
                .body("[0].changes.find { it.field == 'position' }.to", equalTo("ведущий эксперт"))
                .body("[0].changes.find { it.field == 'subjectId' }.to", is((int) other))
                .body("[1].action", equalTo("CREATED"))
                .body("[1].changedBy", equalTo(TestUser.COORDINATOR_27.username));
    }

    private static Map<String, Object> with(long subjectId, String field, Object value) {
        Map<String, Object> body = person(subjectId);
        body.put(field, value);
        return body;
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        as(TestUser.ADMIN).body(body).post(PEOPLE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
