package ru.efs.portfolio.deficit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.DeficitData.DEFICITS;
import static ru.efs.portfolio.support.DeficitData.deficit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class DeficitListTest {

    @Inject
    DeficitStatusService statuses;

    /** A word only this test's deficits carry, so that the filters can be checked exactly. */
    private static String marker() {
        return TestData.unique("метка").replace(" ", "").replace("№", "n");
    }

    private static long create(String marker, String regionCode, String severity, List<String> categories,
            Long sessionId, Long subjectId) {
        Map<String, Object> body = deficit(regionCode);
        body.put("description", "Дефицит " + marker);
        body.put("severity", severity);
        body.put("categoryCodes", categories);
        body.put("sessionId", sessionId);
        body.put("subjectId", subjectId);
        return DeficitData.create(body);
    }

    private static RequestSpecification search(String marker) {
        return as(TestUser.VIEWER).queryParam("q", marker).queryParam("size", 100);
    }

    private static List<Integer> idsOf(RequestSpecification request) {
        return request.get(DEFICITS).then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
    }

    @Test
    void filtersNarrowTheList() {
        String marker = marker();
        long session2021 = DeficitData.insertSession(LocalDate.of(2021, 5, 10));
        long subject = TestData.createSubject("27");
        long khabarovskMentoring = create(marker, "27", "HIGH", List.of("mentoring"), session2021, subject);
        long khabarovskDigital = create(marker, "27", "LOW", List.of("digital-environment"), null, null);
        long altaiTraining = create(marker, "22", "CRITICAL", List.of("training", "deficits-methodical"), null, null);
        long altaiManagers = create(marker, "22", "MEDIUM", List.of("managers"), null, null);
        DeficitData.insertProject("REFINEMENT", altaiManagers);
        QuarkusTransaction.requiringNew().run(() -> statuses.refresh(List.of(altaiManagers)));

        assertThat(idsOf(search(marker)), containsInAnyOrder((int) khabarovskMentoring, (int) khabarovskDigital,
                (int) altaiTraining, (int) altaiManagers));
        assertThat(idsOf(search(marker).queryParam("regionCode", "27")),
                containsInAnyOrder((int) khabarovskMentoring, (int) khabarovskDigital));
        assertThat(idsOf(search(marker).queryParam("federalDistrictCode", "sibfd")),
                containsInAnyOrder((int) altaiTraining, (int) altaiManagers));
        assertThat(idsOf(search(marker).queryParam("federalDistrictCode", "FEFD")),
                containsInAnyOrder((int) khabarovskMentoring, (int) khabarovskDigital));
        // A group matches the deficits of its categories.
        assertThat(idsOf(search(marker).queryParam("categoryCode", "personnel")),
                containsInAnyOrder((int) khabarovskMentoring, (int) altaiTraining, (int) altaiManagers));
        assertThat(idsOf(search(marker).queryParam("categoryCode", "professional-deficits")),
                containsInAnyOrder((int) altaiTraining));
        assertThat(idsOf(search(marker).queryParam("categoryCode", "digital-environment")),
                containsInAnyOrder((int) khabarovskDigital));
        assertThat(idsOf(search(marker).queryParam("severity", "critical")), containsInAnyOrder((int) altaiTraining));
        assertThat(idsOf(search(marker).queryParam("status", "ADDRESSED")), containsInAnyOrder((int) altaiManagers));
        assertThat(idsOf(search(marker).queryParam("status", "OPEN")), containsInAnyOrder((int) khabarovskMentoring,
                (int) khabarovskDigital, (int) altaiTraining));
        // The year is the session's when there is one, else the year the deficit was recorded.
        assertThat(idsOf(search(marker).queryParam("year", 2021)), containsInAnyOrder((int) khabarovskMentoring));
        assertThat(idsOf(search(marker).queryParam("year", LocalDate.now().getYear())),
                containsInAnyOrder((int) khabarovskDigital, (int) altaiTraining, (int) altaiManagers));
        assertThat(idsOf(search(marker).queryParam("sessionId", session2021)),
                containsInAnyOrder((int) khabarovskMentoring));
        assertThat(idsOf(search(marker).queryParam("subjectId", subject)),
                containsInAnyOrder((int) khabarovskMentoring));
        assertThat(idsOf(search(marker).queryParam("regionCode", "22").queryParam("severity", "MEDIUM")
                .queryParam("status", "ADDRESSED")), containsInAnyOrder((int) altaiManagers));
    }

    @Test
    void sortingBySeverityAndStatusFollowsTheirMeaning() {
        String marker = marker();
        long low = create(marker, "27", "LOW", List.of("mentoring"), null, null);
        long critical = create(marker, "27", "CRITICAL", List.of("mentoring"), null, null);
        long medium = create(marker, "27", "MEDIUM", List.of("mentoring"), null, null);
        long high = create(marker, "27", "HIGH", List.of("mentoring"), null, null);
        assertThat(idsOf(search(marker).queryParam("sort", "severity,desc")),
                equalTo(List.of((int) critical, (int) high, (int) medium, (int) low)));
        assertThat(idsOf(search(marker).queryParam("sort", "severity")),
                equalTo(List.of((int) low, (int) medium, (int) high, (int) critical)));
        // By default the most recently changed come first.
        assertThat(idsOf(search(marker)), equalTo(List.of((int) high, (int) medium, (int) critical, (int) low)));
        for (String sort : List.of("title,asc", "status,desc", "createdAt,asc", "updatedAt,asc", "regionCode,desc",
                "id,desc")) {
            as(TestUser.VIEWER).queryParam("sort", sort).get(DEFICITS).then().statusCode(200);
        }
    }

    @Test
    void pagingAnswersTheEnvelope() {
        String marker = marker();
        for (int i = 0; i < 3; i++) {
            create(marker, "27", "HIGH", List.of("mentoring"), null, null);
        }
        as(TestUser.VIEWER).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1).get(DEFICITS).then()
                .statusCode(200)
                .body("items.size()", is(1))
                .body("page", is(1))
                .body("size", is(2))
                .body("totalItems", is(3))
                .body("totalPages", is(2));
    }

    @Test
    void badFiltersPagingAndSortAreA400NamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("regionCode", "00"),
                Map.entry("federalDistrictCode", "NOWHERE"),
                Map.entry("categoryCode", "no-such-category"),
                Map.entry("status", "SOLVED"),
                Map.entry("severity", "TERRIBLE"),
                Map.entry("year", "1999"),
                Map.entry("sessionId", "x"),
                Map.entry("subjectId", "-1"),
                Map.entry("page", "-1"),
                Map.entry("size", "101"),
                Map.entry("sort", "description,asc"));
        bad.forEach((parameter, value) -> as(TestUser.VIEWER).queryParam(parameter, value).get(DEFICITS).then()
                .statusCode(400).body("errors[0].field", equalTo(parameter)));
        as(TestUser.VIEWER).queryParam("year", "двадцать").get(DEFICITS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(TestUser.VIEWER).queryParam("sort", "title,sideways").get(DEFICITS).then().statusCode(400);
    }

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            long subject = TestData.createSubject(i % 2 == 0 ? "27" : "22");
            long session = DeficitData.insertSession(LocalDate.of(2023, 10, 10));
            create(marker(), i % 2 == 0 ? "27" : "22", "HIGH", List.of("mentoring", "training"), session, subject);
        }
        long small = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .get(DEFICITS).then().statusCode(200));
        long large = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .get(DEFICITS).then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(6L));
        long filtered = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .queryParam("categoryCode", "personnel").queryParam("federalDistrictCode", "FEFD")
                .queryParam("year", 2023).get(DEFICITS).then().statusCode(200));
        assertThat(filtered, lessThanOrEqualTo(9L));
    }

    @Test
    void aRepeatedPageIsAnsweredWithoutReadingTheRowsAgain() {
        String marker = marker();
        create(marker, "27", "HIGH", List.of("mentoring"), null, null);
        long repeated = StatementCounter.count(() -> search(marker).get(DEFICITS).then().statusCode(200), false);
        long fresh = StatementCounter.count(() -> search(marker).get(DEFICITS).then().statusCode(200), true);
        assertThat(repeated, lessThanOrEqualTo(fresh - 2)); // no count, no page query
    }

    @Test
    void aKeptPageShowsEveryWriteMadeAfterIt() {
        String marker = marker();
        long first = create(marker, "27", "HIGH", List.of("mentoring"), null, null);
        assertThat(idsOf(search(marker)), containsInAnyOrder((int) first));
        assertThat(idsOf(search(marker)), containsInAnyOrder((int) first));

        // Through the API: a new deficit and a changed one.
        long second = create(marker, "22", "LOW", List.of("training"), null, null);
        assertThat(idsOf(search(marker)), containsInAnyOrder((int) first, (int) second));
        Map<String, Object> changed = deficit("27");
        changed.put("title", "Переименованный дефицит " + marker);
        changed.put("description", "Дефицит " + marker);
        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(first)).body(changed)
                .put(DEFICITS + "/" + first).then().statusCode(200);
        assertThat(search(marker).get(DEFICITS).then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.id == " + first + " }.title"), equalTo("Переименованный дефицит " + marker));

        // A changed severity: the severity filter's page notices it too.
        assertThat(idsOf(search(marker).queryParam("severity", "CRITICAL")), is(List.of()));
        Map<String, Object> critical = deficit("22");
        critical.put("title", "Дефицит " + marker);
        critical.put("description", "Дефицит " + marker);
        critical.put("categoryCodes", List.of("training"));
        critical.put("severity", "CRITICAL");
        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(second)).body(critical)
                .put(DEFICITS + "/" + second).then().statusCode(200);
        assertThat(idsOf(search(marker).queryParam("severity", "CRITICAL")), containsInAnyOrder((int) second));

        as(TestUser.ADMIN).header("If-Match", DeficitData.etag(second)).delete(DEFICITS + "/" + second)
                .then().statusCode(204);
        assertThat(idsOf(search(marker)), containsInAnyOrder((int) first));
    }

    @Test
    void aKeptPageShowsTheStatusAProjectGivesTheDeficit() {
        String marker = marker();
        long id = create(marker, "27", "HIGH", List.of("mentoring"), null, null);
        assertThat(idsOf(search(marker).queryParam("status", "OPEN")), containsInAnyOrder((int) id));
        assertThat(idsOf(search(marker).queryParam("status", "ADDRESSED")), is(List.of()));

        Map<String, Object> project = ProjectData.project(ProjectData.sharedPortfolio("27"));
        project.put("deficitIds", List.of(id));
        long projectId = ProjectData.create(project);
        assertThat(idsOf(search(marker).queryParam("status", "ADDRESSED")), containsInAnyOrder((int) id));
        assertThat(idsOf(search(marker).queryParam("status", "OPEN")), is(List.of()));

        ProjectData.move(projectId, "REJECTED");
        assertThat(idsOf(search(marker).queryParam("status", "OPEN")), containsInAnyOrder((int) id));
    }
}
