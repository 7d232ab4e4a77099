package ru.efs.portfolio.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for practices and their adoptions, and the projects that use them. */
public final class PracticeData {

    public static final String PRACTICES = "/api/v1/practices";
    public static final String ADOPTIONS = "/api/v1/adoptions";

    private PracticeData() {
    }

    /** A complete practice of the given region (results and evidence filled in, so it can be submitted). */
    public static Map<String, Object> practice(String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TestData.unique("Партнерское наставничество"));
        body.put("summary", "Пары «опытный педагог — молодой педагог» из разных школ края");
        body.put("description", "Наставники из школ-лидеров сопровождают молодых педагогов в течение двух лет");
        body.put("regionCode", regionCode);
        body.put("categoryCodes", new ArrayList<>(List.of("mentoring", "young-teachers")));
        body.put("targetGroups", "Молодые педагоги со стажем до трёх лет");
        body.put("results", "Из 120 молодых педагогов в профессии остались 112");
        body.put("evidence", "Мониторинг ХК ИРО 2021–2023");
        body.put("yearsInOperation", 3);
        body.put("maturity", "ESTABLISHED");
        return body;
    }

    public static long create(Map<String, Object> body) {
        return Api.as(TestUser.ADMIN).body(body).post(PRACTICES).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long create(String regionCode) {
        return create(practice(regionCode));
    }

    public static long version(long practiceId) {
        return Api.as(TestUser.ADMIN).get(PRACTICES + "/" + practiceId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    public static String status(long practiceId) {
        return Api.as(TestUser.ADMIN).get(PRACTICES + "/" + practiceId).then().statusCode(200)
                .extract().jsonPath().getString("status");
    }

    /** Moves a practice to a status as the administrator, with the current version. */
    public static void moveTo(long practiceId, String status) {
        Api.as(TestUser.ADMIN).header("If-Match", "\"" + version(practiceId) + "\"")
                .body(Map.of("to", status)).post(PRACTICES + "/" + practiceId + "/transitions")
                .then().statusCode(200);
    }

    /** Moves a practice along its way to {@code status}: DRAFT → SUBMITTED → VERIFIED → RECOMMENDED, or ARCHIVED. */
    public static long createIn(String regionCode, String status) {
        long id = create(regionCode);
        List<String> way = switch (status) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.of("SUBMITTED");
            case "VERIFIED" -> List.of("SUBMITTED", "VERIFIED");
            case "RECOMMENDED" -> List.of("SUBMITTED", "VERIFIED", "RECOMMENDED");
            case "ARCHIVED" -> List.of("ARCHIVED");
            default -> throw new IllegalArgumentException(status);
        };
        way.forEach(next -> moveTo(id, next));
        return id;
    }

    public static Map<String, Object> adoption(String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", regionCode);
        body.put("outcome", "IN_PROGRESS");
        body.put("result", "Наставнические пары созданы в 14 школах края");
        body.put("adoptedYear", 2024);
        return body;
    }

    public static long adopt(long practiceId, String regionCode) {
        return Api.as(TestUser.ADMIN).body(adoption(regionCode)).post(PRACTICES + "/" + practiceId + "/adoptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A project of the region's shared test portfolio, created through the projects API. */
    public static long project(String regionCode) {
        return ProjectData.create(projectBody(regionCode));
    }

    /** A project of the region that uses the practice. */
    public static long projectUsing(String regionCode, long practiceId) {
        Map<String, Object> body = projectBody(regionCode);
        body.put("practiceIds", List.of(practiceId));
        return ProjectData.create(body);
    }

    private static Map<String, Object> projectBody(String regionCode) {
        Map<String, Object> body = ProjectData.project(ProjectData.sharedPortfolio(regionCode));
        body.put("title", TestData.unique("Молодым всегда у нас дорога!"));
        return body;
    }
}
