package ru.efs.portfolio.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.region.Region;

/** Builders for portfolios, projects and the deficits and practices they refer to. */
public final class ProjectData {

    public static final String PORTFOLIOS = "/api/v1/portfolios";
    public static final String PROJECTS = "/api/v1/projects";

    /** Years handed out to fresh portfolios; a year already taken by someone else is skipped. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);
    private static final Map<String, Long> SHARED = new ConcurrentHashMap<>();

    private ProjectData() {
    }

    public static Map<String, Object> portfolio(String regionCode, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", regionCode);
        body.put("year", year);
        body.put("summary", "Проектные решения стратегической сессии, среди них «Партнерское наставничество»");
        return body;
    }

    /** Creates a draft portfolio of the region for a year no other portfolio of it has; returns its id. */
    public static long createPortfolio(String regionCode) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int year = nextYear();
            var response = Api.as(TestUser.ADMIN).body(portfolio(regionCode, year)).post(PORTFOLIOS);
            if (response.statusCode() == 201) {
                return response.jsonPath().getLong("id");
            }
            if (response.statusCode() != 409) {
                throw new IllegalStateException("Portfolio not created: " + response.asString());
            }
        }
        throw new IllegalStateException("No free year for a portfolio of " + regionCode);
    }

    /** A draft portfolio of the region shared by tests that only need somewhere to put projects. */
    public static long sharedPortfolio(String regionCode) {
        return SHARED.computeIfAbsent(regionCode, ProjectData::createPortfolio);
    }

    public static int nextYear() {
        int year = NEXT_YEAR.getAndIncrement();
        if (year > 2100) {
            NEXT_YEAR.set(2000);
            year = NEXT_YEAR.getAndIncrement();
        }
        return year;
    }

    /** A project with a title only (and the portfolio). */
    public static Map<String, Object> project(long portfolioId) {
        Map<String, Object> body = new HashMap<>();
        body.put("portfolioId", portfolioId);
        body.put("title", TestData.unique("Партнерское наставничество"));
        return body;
    }

    /** A project with a passport complete enough for pre-defence. */
    public static Map<String, Object> completeProject(long portfolioId, long leadSubjectId, long deficitId) {
        Map<String, Object> body = project(portfolioId);
        body.put("goal", "Закрепить молодых педагогов в школах края через наставничество");
        body.put("description", "Пары «наставник — молодой педагог» из школ края и вузов-партнёров");
        body.put("expectedResults", "Не менее 80 % молодых педагогов остаются в профессии через три года");
        body.put("indicators", new ArrayList<>(List.of(indicator("Доля закреплённых молодых педагогов", "%", 35, 80))));
        body.put("startDate", "2024-01-15");
        body.put("endDate", "2025-12-31");
        body.put("leadSubjectId", leadSubjectId);
        body.put("deficitIds", new ArrayList<>(List.of(deficitId)));
        return body;
    }

    public static Map<String, Object> indicator(String name, String unit, Number baseline, Number target) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("name", name);
        indicator.put("unit", unit);
        indicator.put("baseline", baseline);
        indicator.put("target", target);
        return indicator;
    }

    public static long create(Map<String, Object> body) {
        return Api.as(TestUser.ADMIN).body(body).post(PROJECTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A complete project of region 27 in the shared portfolio, with a fresh lead subject and deficit. */
    public static long createComplete(String regionCode) {
        long lead = TestData.createSubject(regionCode);
        long deficit = createDeficit(regionCode);
        return create(completeProject(sharedPortfolio(regionCode), lead, deficit));
    }

    /** Moves a project as the administrator, checking that the move passes; returns the new version. */
    public static int move(long projectId, String to) {
        int version = Api.as(TestUser.ADMIN).get(PROJECTS + "/" + projectId).then().statusCode(200)
                .extract().jsonPath().getInt("version");
        return Api.as(TestUser.ADMIN).header("If-Match", "\"" + version + "\"")
                .body(Map.of("to", to, "comment", "Переход " + to)).post(PROJECTS + "/" + projectId + "/transitions")
                .then().statusCode(200).extract().jsonPath().getInt("version");
    }

    /** A deficit of the region stored directly (its own API is another feature's). */
    public static long createDeficit(String regionCode) {
        return createDeficit(regionCode, TestData.unique("Отток молодых педагогов в первые три года работы"));
    }

    /** A deficit of the region with the given title, stored directly. */
    public static long createDeficit(String regionCode, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Deficit deficit = new Deficit();
            deficit.region = Region.findById(regionCode);
            deficit.title = title;
            deficit.severity = Severity.HIGH;
            deficit.persist();
            return deficit.id;
        });
    }

    /** A verified practice of the region stored directly. */
    public static long createPractice(String regionCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Practice practice = new Practice();
            practice.region = Region.findById(regionCode);
            practice.title = TestData.unique("Школа молодого педагога");
            practice.maturity = Maturity.ESTABLISHED;
            practice.status = PracticeStatus.VERIFIED;
            practice.persist();
            return practice.id;
        });
    }

    public static DeficitStatus deficitStatus(long deficitId) {
        return QuarkusTransaction.requiringNew().call(() -> Deficit.<Deficit>findById(deficitId).status);
    }
}
