package ru.efs.portfolio.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for declared influence links and the small scenes the influence map is checked on. */
public final class InfluenceData {

    public static final String LINKS = "/api/v1/influence/links";
    public static final String MAP = "/api/v1/influence/map";
    public static final String EDGES = "/api/v1/influence/edges";
    public static final String MATRIX = "/api/v1/influence/matrix";
    public static final String REGIONS = "/api/v1/influence/regions";

    private InfluenceData() {
    }

    /** A link request from one region to another. */
    public static Map<String, Object> link(String sourceRegionCode, String targetRegionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceRegionCode", sourceRegionCode);
        body.put("targetRegionCode", targetRegionCode);
        body.put("kind", "PRACTICE_TRANSFER");
        body.put("strength", 2);
        body.put("note", "Перенос практики «Партнерское наставничество» между регионами");
        return body;
    }

    public static long createLink(Map<String, Object> body) {
        return Api.as(TestUser.ADMIN).body(body).post(LINKS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * One year in which every given region gets a fresh portfolio, so that a map filtered by that year shows only
     * what the test puts there. Returns the year and the portfolio ids in the order of the regions.
     */
    public static Scene portfolios(String... regionCodes) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int year = ProjectData.nextYear();
            List<Long> ids = new ArrayList<>();
            for (String region : regionCodes) {
                var response = Api.as(TestUser.ADMIN).body(ProjectData.portfolio(region, year))
                        .post(ProjectData.PORTFOLIOS);
                if (response.statusCode() != 201) {
                    break;
                }
                ids.add(response.jsonPath().getLong("id"));
            }
            if (ids.size() == regionCodes.length) {
                return new Scene(year, ids);
            }
        }
        throw new IllegalStateException("No year free for all of the regions");
    }

    /** The year of a scene and its portfolios, one per region. */
    public record Scene(int year, List<Long> portfolioIds) {
    }

    /** A project in a portfolio with the given practices, deficits and partner subjects. */
    public static long project(long portfolioId, List<Long> practiceIds, List<Long> deficitIds, List<Long> partnerIds) {
        Map<String, Object> body = ProjectData.project(portfolioId);
        body.put("practiceIds", practiceIds);
        body.put("deficitIds", deficitIds);
        body.put("partnerSubjectIds", partnerIds);
        return ProjectData.create(body);
    }

    /** A fresh category of the «personnel» group that no other test uses. */
    public static String category() {
        String code = DeficitData.uniqueCode("influence");
        Api.as(TestUser.ADMIN).body(DeficitData.category(code, "personnel")).post(DeficitData.CATEGORIES)
                .then().statusCode(201);
        return code;
    }

    public static long deficit(String regionCode, String severity, String... categoryCodes) {
        Map<String, Object> body = DeficitData.deficit(regionCode);
        body.put("severity", severity);
        body.put("categoryCodes", List.of(categoryCodes));
        return DeficitData.create(body);
    }

    public static long practice(String regionCode, String... categoryCodes) {
        Map<String, Object> body = PracticeData.practice(regionCode);
        body.put("categoryCodes", List.of(categoryCodes));
        return PracticeData.create(body);
    }
}
