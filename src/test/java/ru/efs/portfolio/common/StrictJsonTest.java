package ru.efs.portfolio.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.TestUser;

/** A value of the wrong JSON type is a 400 naming the field: never quietly turned into text, a number or a flag. */
@QuarkusTest
class StrictJsonTest {

    private static final String WRONG_TYPE = "Значение неверного типа.";

    private static ValidatableResponse post(String path, String json) {
        return Api.as(TestUser.ADMIN).body(json).post(path).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(startsWith(ProblemMapper.PROBLEM_JSON))
                .body("status", equalTo(400)).body("title", equalTo("Некорректный запрос"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo(field));
    }

    @Test
    void aNumberWhereTextBelongsIsRefused() {
        refused(post("/api/v1/subjects", "{\"name\": 12, \"type\": \"FEDERAL_OPERATOR\"}"), "name");
        refused(post("/api/v1/subjects", "{\"name\": \"Школа\", \"shortName\": 1.5, \"type\": \"REGIONAL_AUTHORITY\"}"),
                "shortName");
        refused(post("/api/v1/portfolios", "{\"regionCode\": 27, \"year\": 2023}"), "regionCode");
        post("/api/v1/subjects", "{\"name\": true, \"type\": \"REGIONAL_AUTHORITY\"}").statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo(WRONG_TYPE));
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        refused(post("/api/v1/portfolios", "{\"regionCode\": \"27\", \"year\": \"2023\"}"), "year");
        refused(post("/api/v1/portfolios", "{\"regionCode\": \"27\", \"year\": \"\"}"), "year");
        refused(post("/api/v1/portfolios", "{\"regionCode\": \"27\", \"year\": 2023.5}"), "year");
        String subject = "{\"name\": \"Школа\", \"type\": \"REGIONAL_AUTHORITY\", \"regionCode\": \"27\", ";
        refused(post("/api/v1/subjects", subject + "\"parentId\": \"5\"}"), "parentId");
        refused(post("/api/v1/subjects", subject + "\"parentId\": \"\"}"), "parentId");
    }

    @Test
    void aFlagIsTrueOrFalseNotTextOrANumber() {
        String user = "{\"username\": \"strict-json\", \"password\": \"strict-json-password\", "
                + "\"fullName\": \"Строгий JSON\", \"role\": \"VIEWER\", \"enabled\": ";
        refused(post("/api/v1/users", user + "\"true\"}"), "enabled");
        refused(post("/api/v1/users", user + "1}"), "enabled");
    }

    @Test
    void anEnumerationIsNamedNotNumbered() {
        refused(post("/api/v1/subjects", "{\"name\": \"Школа\", \"type\": 0, \"regionCode\": \"27\"}"), "type");
    }
}
