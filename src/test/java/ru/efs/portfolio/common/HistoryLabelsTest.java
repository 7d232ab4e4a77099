package ru.efs.portfolio.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.ProjectData.PROJECTS;
import static ru.efs.portfolio.support.ProjectData.indicator;
import static ru.efs.portfolio.support.ProjectData.project;
import static ru.efs.portfolio.support.ProjectData.sharedPortfolio;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.SessionData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** A history a person can read: labels, names instead of ids, enum labels and what changed in a list of rows. */
@QuarkusTest
class HistoryLabelsTest {

    @Test
    void projectHistoryNamesFieldsPeopleDeficitsStagesAndIndicatorRows() {
        long firstCurator = PeopleData.createPerson(null);
        long secondCurator = PeopleData.createPerson(null);
        String firstName = nameOf(PeopleData.PEOPLE, firstCurator, "fullName");
        String secondName = nameOf(PeopleData.PEOPLE, secondCurator, "fullName");
        long kept = ProjectData.createDeficit("27");
        long added = ProjectData.createDeficit("27");
        String keptTitle = nameOf(DeficitData.DEFICITS, kept, "title");
        String addedTitle = nameOf(DeficitData.DEFICITS, added, "title");

        Map<String, Object> body = project(sharedPortfolio("27"));
        body.put("curatorPersonId", firstCurator);
        body.put("deficitIds", List.of(kept));
        body.put("startDate", "2024-01-15");
        body.put("indicators", List.of(indicator("Число наставнических пар", "пар", 10, 40),
                indicator("Доля закреплённых педагогов", "%", 35, 80)));
        long id = ProjectData.create(body);
        body.put("curatorPersonId", secondCurator);
        body.put("deficitIds", List.of(kept, added));
        body.put("startDate", "2024-03-01");
        body.put("indicators", List.of(indicator("Число наставнических пар", "пар", 10, 55),
                indicator("Участники сообществ", "чел.", 0, 300)));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then().statusCode(200);
        ProjectData.move(id, "REFINEMENT");

        JsonPath ru = history(PROJECTS, id, "ru");
        String stage = "[0].changes.find { it.field == 'stage' }";
        assertThat(ru.getString(stage + ".label"), equalTo("Этап"));
        assertThat(ru.getString(stage + ".labelEn"), equalTo("Stage"));
        assertThat(ru.getString(stage + ".valueType"), equalTo("ENUM"));
        assertThat(ru.getString(stage + ".from"), equalTo("PROPOSED"));
        assertThat(ru.getString(stage + ".fromDisplay"), equalTo("Предложен"));
        assertThat(ru.getString(stage + ".toDisplay"), equalTo("Доработка после сессии"));

        String curator = "[1].changes.find { it.field == 'curatorPersonId' }";
        assertThat(ru.getString(curator + ".label"), equalTo("Эксперт-куратор"));
        assertThat(ru.getString(curator + ".labelEn"), equalTo("Curator expert"));
        assertThat(ru.getLong(curator + ".from"), equalTo(firstCurator));
        assertThat(ru.getString(curator + ".fromDisplay"), equalTo(firstName));
        assertThat(ru.getString(curator + ".toDisplay"), equalTo(secondName));
        assertThat(ru.getList(curator + ".refs.type"), equalTo(List.of("PERSON", "PERSON")));
        assertThat(ru.getList(curator + ".refs.id", Long.class), equalTo(List.of(firstCurator, secondCurator)));
        assertThat(ru.getList(curator + ".refs.name"), equalTo(List.of(firstName, secondName)));

        String deficits = "[1].changes.find { it.field == 'deficitIds' }";
        assertThat(ru.getString(deficits + ".label"), equalTo("Дефициты, которые закрывает проект, свои и других "
                + "регионов"));
        assertThat(ru.getString(deficits + ".toDisplay"), equalTo(keptTitle + ", " + addedTitle));
        assertThat(ru.getList(deficits + ".refs.type"), equalTo(List.of("DEFICIT", "DEFICIT")));
        assertThat(ru.getList(deficits + ".refs.name"), equalTo(List.of(keptTitle, addedTitle)));

        String start = "[1].changes.find { it.field == 'startDate' }";
        assertThat(ru.getString(start + ".label"), equalTo("Дата начала"));
        assertThat(ru.getString(start + ".valueType"), equalTo("DATE"));
        assertThat(ru.getString(start + ".from"), equalTo("2024-01-15"));
        assertThat(ru.getString(start + ".toDisplay"), equalTo("1 марта 2024 г."));

        String indicators = "[1].changes.find { it.field == 'indicators' }";
        assertThat(ru.getString(indicators + ".label"), equalTo("Показатели"));
        assertThat(ru.getString(indicators + ".valueType"), equalTo("ITEMS"));
        assertThat(ru.getList(indicators + ".items.action"), containsInAnyOrder("CHANGED", "REMOVED", "ADDED"));
        String changed = indicators + ".items.find { it.action == 'CHANGED' }";
        assertThat(ru.getString(changed + ".name"), equalTo("Число наставнических пар"));
        assertThat(ru.getList(changed + ".changes"), hasSize(1));
        assertThat(ru.getString(changed + ".changes[0].label"), equalTo("Целевое значение"));
        assertThat(ru.getString(changed + ".changes[0].labelEn"), equalTo("Target"));
        assertThat(ru.getString(changed + ".changes[0].fromDisplay"), equalTo("40"));
        assertThat(ru.getString(changed + ".changes[0].toDisplay"), equalTo("55"));
        String removed = indicators + ".items.find { it.action == 'REMOVED' }";
        assertThat(ru.getString(removed + ".name"), equalTo("Доля закреплённых педагогов"));
        assertThat(ru.getList(removed + ".changes.toDisplay"), hasItem(nullValue()));
        String addedRow = indicators + ".items.find { it.action == 'ADDED' }";
        assertThat(ru.getString(addedRow + ".name"), equalTo("Участники сообществ"));
        assertThat(ru.getList(addedRow + ".changes.label"), hasItem("Единица измерения"));
        assertThat(ru.getList(addedRow + ".changes.toDisplay"), hasItem("300"));

        JsonPath en = history(PROJECTS, id, "en");
        assertThat(en.getString(stage + ".label"), equalTo("Этап"));
        assertThat(en.getString(stage + ".labelEn"), equalTo("Stage"));
        assertThat(en.getString(stage + ".fromDisplay"), equalTo("Proposed"));
        assertThat(en.getString(stage + ".toDisplay"), equalTo("Post-session refinement"));
        assertThat(en.getString(start + ".toDisplay"), equalTo("March 1, 2024"));
        assertThat(en.getString(curator + ".toDisplay"), equalTo(secondName));
    }

    @Test
    void deficitHistoryShowsSeverityLabelsCategoryNamesAndRegionName() {
        Map<String, Object> body = DeficitData.deficit("27");
        long id = DeficitData.create(body);
        body.put("severity", "CRITICAL");
        body.put("categoryCodes", new ArrayList<>(List.of("mentoring", "young-teachers")));
        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(id)).body(body).put(DeficitData.DEFICITS + "/" + id)
                .then().statusCode(200);

        JsonPath ru = history(DeficitData.DEFICITS, id, "ru");
        String severity = "[0].changes.find { it.field == 'severity' }";
        assertThat(ru.getString(severity + ".label"), equalTo("Острота"));
        assertThat(ru.getString(severity + ".labelEn"), equalTo("Severity"));
        assertThat(ru.getString(severity + ".from"), equalTo("HIGH"));
        assertThat(ru.getString(severity + ".fromDisplay"), equalTo("Высокая"));
        assertThat(ru.getString(severity + ".toDisplay"), equalTo("Критическая"));
        String categories = "[0].changes.find { it.field == 'categoryCodes' }";
        assertThat(ru.getString(categories + ".toDisplay"), equalTo("Наставничество, "
                + "Молодые педагоги и закрепление кадров"));
        assertThat(ru.getList(categories + ".refs.code"), equalTo(List.of("mentoring", "young-teachers")));
        String region = "[1].changes.find { it.field == 'regionCode' }";
        assertThat(ru.getString(region + ".to"), equalTo("27"));
        assertThat(ru.getString(region + ".toDisplay"), equalTo("Хабаровский край"));
        assertThat(ru.getString(region + ".refs[0].type"), equalTo("REGION"));
        assertThat(ru.getString(region + ".refs[0].code"), equalTo("27"));

        JsonPath en = history(DeficitData.DEFICITS, id, "en");
        assertThat(en.getString(severity + ".toDisplay"), equalTo("Critical"));
        assertThat(en.getString(categories + ".toDisplay"), equalTo("Mentoring, Young teachers and staff retention"));
        assertThat(en.getString("[1].changes.find { it.field == 'regionCode' }.labelEn"), not(equalTo("regionCode")));
    }

    @Test
    void personHistoryNamesTheOrganisationBothAsItsIdAndAsItsReference() {
        long first = TestData.createSubject("27");
        long second = TestData.createSubject("27");
        String secondName = nameOf("/api/v1/subjects", second, "name");
        Map<String, Object> body = PeopleData.person(first);
        long id = as(TestUser.ADMIN).body(body).post(PeopleData.PEOPLE).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        body.put("subjectId", second);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PeopleData.PEOPLE + "/" + id).then()
                .statusCode(200);

        JsonPath ru = history(PeopleData.PEOPLE, id, "ru");
        String subjectId = "[0].changes.find { it.field == 'subjectId' }";
        assertThat(ru.getString(subjectId + ".label"), equalTo("Организация"));
        assertThat(ru.getString(subjectId + ".valueType"), equalTo("REFERENCE"));
        assertThat(ru.getString(subjectId + ".toDisplay"), equalTo(secondName));
        assertThat(ru.getString(subjectId + ".refs[1].type"), equalTo("SUBJECT"));
        String subject = "[0].changes.find { it.field == 'subject' }";
        assertThat(ru.getString(subject + ".label"), equalTo("Организация"));
        assertThat(ru.getString(subject + ".toDisplay"), equalTo(nameOf(PeopleData.PEOPLE, id, "subject.title")));
        assertThat(ru.getList(subject + ".items"), hasSize(0));
    }

    @Test
    void sessionHistoryNamesOrganisersAndPeopleInTheirRoles() {
        long organiser = TestData.createSubject("27");
        long partner = TestData.createSubject("27");
        long expert = PeopleData.createPerson(null);
        String expertName = nameOf(PeopleData.PEOPLE, expert, "fullName");
        Map<String, Object> body = SessionData.session("27");
        body.put("organizerIds", List.of(organiser));
        body.put("people", List.of(Map.of("personId", expert, "role", "EXPERT")));
        long id = SessionData.create(body);
        body.put("organizerIds", List.of(organiser, partner));
        body.put("people", List.of(Map.of("personId", expert, "role", "LEAD_EXPERT")));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(SessionData.SESSIONS + "/" + id).then()
                .statusCode(200);

        JsonPath ru = history(SessionData.SESSIONS, id, "ru");
        String organisers = "[0].changes.find { it.field == 'organizerIds' }";
        assertThat(ru.getString(organisers + ".label"), equalTo("Организаторы"));
        assertThat(ru.getList(organisers + ".refs.type"), equalTo(List.of("SUBJECT", "SUBJECT")));
        assertThat(ru.getList(organisers + ".refs.id", Long.class), equalTo(List.of(organiser, partner)));
        String people = "[0].changes.find { it.field == 'people' }";
        assertThat(ru.getString(people + ".valueType"), equalTo("ITEMS"));
        assertThat(ru.getString(people + ".toDisplay"), equalTo(expertName + " — Ведущий эксперт"));
        assertThat(ru.getList(people + ".items.action"), containsInAnyOrder("ADDED", "REMOVED"));
        assertThat(ru.getString(people + ".items.find { it.action == 'REMOVED' }.name"),
                equalTo(expertName + " — Эксперт"));
    }

    @Test
    void namesAreReadInTheSameStatementsHoweverManyObjectsTheHistoryNames() {
        long few = projectNaming(1);
        long many = projectNaming(6);
        long forFew = StatementCounter.count(() -> as(TestUser.VIEWER).get(PROJECTS + "/" + few + "/history")
                .then().statusCode(200));
        long forMany = StatementCounter.count(() -> as(TestUser.VIEWER).get(PROJECTS + "/" + many + "/history")
                .then().statusCode(200));
        assertThat(forMany, lessThanOrEqualTo(forFew));
        as(TestUser.VIEWER).get(PROJECTS + "/" + many + "/history").then()
                .body("[0].changes.find { it.field == 'deficitIds' }.refs", hasSize(6))
                .body("[0].changes.find { it.field == 'deficitIds' }.refs.name", not(hasItem(nullValue())));
    }

    /** A project created with no deficits and then given {@code count} of them and as many curator changes. */
    private static long projectNaming(int count) {
        Map<String, Object> body = project(sharedPortfolio("27"));
        long id = ProjectData.create(body);
        List<Long> deficits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deficits.add(ProjectData.createDeficit("27"));
        }
        body.put("deficitIds", deficits);
        body.put("curatorPersonId", PeopleData.createPerson(null));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(PROJECTS + "/" + id).then().statusCode(200);
        return id;
    }

    private static JsonPath history(String base, long id, String language) {
        return as(TestUser.VIEWER).header("Accept-Language", language).get(base + "/" + id + "/history").then()
                .statusCode(200).body("size()", is(lessThanOrEqualTo(10))).extract().jsonPath();
    }

    private static String nameOf(String base, long id, String field) {
        return as(TestUser.ADMIN).get(base + "/" + id).then().statusCode(200).extract().jsonPath().getString(field);
    }
}
