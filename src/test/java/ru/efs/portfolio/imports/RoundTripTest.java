package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * A list exported as XLSX or CSV, one cell changed as a person would change it, and the file imported back: the
 * object changed, the other rows count as unchanged, and nothing is duplicated — for every kind of import.
 */
@QuarkusTest
class RoundTripTest {

    private static byte[] edit(String format, byte[] file, String keyHeader, String key, String header,
            String value) {
        return format.equals("xlsx") ? Files.editXlsx(file, keyHeader, key, header, value)
                : Files.editCsv(file, keyHeader, key, header, value);
    }

    private static void importBack(String kind, String format, byte[] file, int changed, int same) {
        Files.upload(TestUser.ADMIN, kind, file, kind + "." + format, false).then().log().ifValidationFails()
                .statusCode(200).body("errors.size()", equalTo(0)).body("toUpdate", equalTo(changed))
                .body("unchanged", equalTo(same)).body("toCreate", equalTo(0)).body("written", equalTo(changed));
    }

    private static int count(String path, String marker) {
        return Api.as(TestUser.ADMIN).queryParam("q", marker).get(path).then().statusCode(200).extract().jsonPath()
                .getInt("totalItems");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void subjects(String format) {
        String marker = TestData.unique("Центр оборота " + format);
        Map<String, Object> first = TestData.subject("27");
        first.put("name", marker + " А");
        long id = Api.as(TestUser.ADMIN).body(first).post("/api/v1/subjects").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Map<String, Object> second = TestData.subject("27");
        second.put("name", marker + " Б");
        Api.as(TestUser.ADMIN).body(second).post("/api/v1/subjects").then().statusCode(201);
        byte[] file = Files.export("/api/v1/subjects", format, marker);
        importBack("subjects", format, edit(format, file, "Полное название", marker + " А", "Краткое название",
                "ЦНППМ ХК"), 1, 1);
        Api.as(TestUser.ADMIN).get("/api/v1/subjects/" + id).then().body("shortName", equalTo("ЦНППМ ХК"));
        assertEquals(2, count("/api/v1/subjects", marker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void people(String format) {
        String marker = TestData.unique("Оборотова " + format);
        long subject = TestData.createSubject("27");
        Map<String, Object> first = PeopleData.person(subject);
        first.put("fullName", marker + " Ирина");
        long id = Api.as(TestUser.ADMIN).body(first).post(PeopleData.PEOPLE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Map<String, Object> second = PeopleData.person(subject);
        second.put("fullName", marker + " Ольга");
        Api.as(TestUser.ADMIN).body(second).post(PeopleData.PEOPLE).then().statusCode(201);
        byte[] file = Files.export(PeopleData.PEOPLE, format, marker);
        importBack("people", format, edit(format, file, "ФИО", marker + " Ирина", "Должность", "эксперт"), 1, 1);
        Api.as(TestUser.ADMIN).get(PeopleData.PEOPLE + "/" + id).then().body("position", equalTo("эксперт"))
                .body("email", equalTo(first.get("email")));
        assertEquals(2, count(PeopleData.PEOPLE, marker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void deficits(String format) {
        String marker = TestData.unique("оборотдефицит " + format);
        Map<String, Object> first = DeficitData.deficit("27");
        first.put("title", marker + " А");
        long id = DeficitData.create(first);
        Map<String, Object> second = DeficitData.deficit("27");
        second.put("title", marker + " Б");
        second.put("categoryCodes", java.util.List.of("mentoring", "young-teachers"));
        DeficitData.create(second);
        byte[] file = Files.export(DeficitData.DEFICITS, format, marker);
        importBack("deficits", format, edit(format, file, "Название", marker + " А", "Острота", "Критическая"), 1, 1);
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id).then().body("severity", equalTo("CRITICAL"));
        assertEquals(2, count(DeficitData.DEFICITS, marker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void practices(String format) {
        String marker = TestData.unique("оборотпрактика " + format);
        Map<String, Object> first = PracticeData.practice("27");
        first.put("title", marker + " А");
        first.put("subjectId", TestData.createSubject("27"));
        long id = PracticeData.create(first);
        Map<String, Object> second = PracticeData.practice("27");
        second.put("title", marker + " Б");
        PracticeData.create(second);
        byte[] file = Files.export(PracticeData.PRACTICES, format, marker);
        importBack("practices", format, edit(format, file, "Название", marker + " А", "Краткое описание",
                "Наставнические пары в 14 школах"), 1, 1);
        Api.as(TestUser.ADMIN).get(PracticeData.PRACTICES + "/" + id).then()
                .body("summary", equalTo("Наставнические пары в 14 школах"))
                .body("results", equalTo(first.get("results")), "categoryCodes.size()", equalTo(2));
        assertEquals(2, count(PracticeData.PRACTICES, marker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void projects(String format) {
        String marker = TestData.unique("оборотпроект " + format);
        long portfolio = ProjectData.sharedPortfolio("27");
        long lead = TestData.createSubject("27");
        Map<String, Object> first = ProjectData.completeProject(portfolio, lead, ProjectData.createDeficit("27"));
        first.put("title", marker + " А");
        first.put("partnerSubjectIds", java.util.List.of(TestData.createSubject("22")));
        long id = ProjectData.create(first);
        Map<String, Object> second = ProjectData.project(portfolio);
        second.put("title", marker + " Б");
        ProjectData.create(second);
        byte[] file = Files.export(ProjectData.PROJECTS, format, marker);
        importBack("projects", format, edit(format, file, "Название", marker + " А", "Цель",
                "Закрепить молодых педагогов края"), 1, 1);
        Api.as(TestUser.ADMIN).get(ProjectData.PROJECTS + "/" + id).then()
                .body("goal", equalTo("Закрепить молодых педагогов края"))
                .body("indicators.size()", equalTo(1)).body("deficitIds.size()", equalTo(1))
                .body("partnerSubjectIds.size()", equalTo(1)).body("leadSubject.id", equalTo((int) lead));
        assertEquals(2, count(ProjectData.PROJECTS, marker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void englishExportImportsToo(String format) {
        String marker = TestData.unique("englishround " + format);
        Map<String, Object> body = PracticeData.practice("27");
        body.put("title", marker);
        long id = PracticeData.create(body);
        byte[] file = Files.export(PracticeData.PRACTICES, format, marker, "en");
        byte[] edited = format.equals("xlsx") ? Files.editXlsx(file, "Title", marker, "Maturity", "Sustainable")
                : Files.csv(englishEdited(file, marker), java.nio.charset.StandardCharsets.UTF_8, ',', true);
        Files.upload(TestUser.ADMIN, "practices", edited, "en." + format, false, "en").then().log()
                .ifValidationFails().statusCode(200).body("toUpdate", equalTo(1)).body("errors.size()", equalTo(0));
        Api.as(TestUser.ADMIN).get(PracticeData.PRACTICES + "/" + id).then().body("maturity", equalTo("SUSTAINABLE"));
    }

    private static java.util.List<java.util.List<String>> englishEdited(byte[] file, String marker) {
        java.util.List<java.util.List<String>> rows = Files.csvRows(file, java.nio.charset.StandardCharsets.UTF_8, ',');
        int title = rows.get(0).indexOf("Title");
        int maturity = rows.get(0).indexOf("Maturity");
        rows.stream().skip(1).filter(r -> r.get(title).equals(marker)).forEach(r -> r.set(maturity, "Sustainable"));
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void coordinatorImportsTheirOwnRegionsExportBack(String format) {
        String marker = TestData.unique("координаторскийоборот " + format);
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", marker);
        long id = DeficitData.create(body);
        byte[] file = Api.as(TestUser.COORDINATOR_27).queryParam("format", format).queryParam("q", marker)
                .queryParam("regionCode", "27").get(DeficitData.DEFICITS).then().statusCode(200).extract()
                .asByteArray();
        Files.upload(TestUser.COORDINATOR_27, "deficits", edit(format, file, "Название", marker, "Описание",
                "Уточнено координатором"), "d." + format, false).then().log().ifValidationFails().statusCode(200)
                .body("toUpdate", equalTo(1));
        Api.as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id).then()
                .body("description", equalTo("Уточнено координатором")).body("updatedBy", equalTo("coord27-t"));
    }
}
