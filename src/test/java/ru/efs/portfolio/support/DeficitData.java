package ru.efs.portfolio.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for categories, deficits and the projects that address them in tests. */
public final class DeficitData {

    public static final String CATEGORIES = "/api/v1/categories";
    public static final String DEFICITS = "/api/v1/deficits";

    /**
     * The portfolio that test projects belong to: an unlikely region and year, so that the portfolios API's own
     * tests never meet it.
     */
    private static final String PORTFOLIO_REGION = "79";
    private static final int PORTFOLIO_YEAR = 2091;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DeficitData() {
    }

    /** A deficit of the given region in the «mentoring» category. */
    public static Map<String, Object> deficit(String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TestData.unique("Нет системы наставничества для молодых педагогов"));
        body.put("description", "Молодые педагоги уходят из школ в первые три года работы.");
        body.put("regionCode", regionCode);
        body.put("categoryCodes", new ArrayList<>(List.of("mentoring")));
        body.put("severity", "HIGH");
        return body;
    }

    /** Creates a deficit as the administrator and returns its id. */
    public static long create(Map<String, Object> body) {
        return Api.as(TestUser.ADMIN).body(body).post(DEFICITS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long create(String regionCode) {
        return create(deficit(regionCode));
    }

    /** The current version of a deficit, as a client would send it back in If-Match. */
    public static String etag(long id) {
        return Api.etagOf(DEFICITS + "/" + id);
    }

    /** A category request of the given group (or a group itself with {@code null}). */
    public static Map<String, Object> category(String code, String parentCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Партнерское наставничество " + code);
        body.put("nameEn", "Partner mentoring " + code);
        body.put("parentCode", parentCode);
        body.put("sortOrder", 500);
        return body;
    }

    /** A fresh category code that no other test uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    /**
     * Stores a project addressing the given deficits straight in the database (the projects API is not this
     * feature's) and returns its id. The deficits' statuses are not refreshed: that is what the tests check.
     */
    public static long insertProject(String stage, long... deficitIds) {
        String title = TestData.unique("Партнерское наставничество");
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            long portfolio = portfolio(em);
            em.createNativeQuery("insert into project (portfolio_id, title, stage, version, created_at, created_by, "
                    + "updated_at, updated_by) values (?1, ?2, ?3, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, "
                    + "'system')")
                    .setParameter(1, portfolio).setParameter(2, title).setParameter(3, stage).executeUpdate();
            long id = ((Number) em.createNativeQuery("select id from project where title = ?1")
                    .setParameter(1, title).getSingleResult()).longValue();
            for (long deficitId : deficitIds) {
                em.createNativeQuery("insert into project_deficit (project_id, deficit_id) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, deficitId).executeUpdate();
            }
            return id;
        });
    }

    /** Moves a stored project to another stage, straight in the database. */
    public static void setProjectStage(long projectId, String stage) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update project set stage = ?1 where id = ?2")
                .setParameter(1, stage).setParameter(2, projectId).executeUpdate());
    }

    /** Stores a verified practice of the given region with the given categories and returns its id. */
    public static long insertPractice(String regionCode, String... categoryCodes) {
        String title = TestData.unique("Школа молодого педагога");
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("insert into practice (region_code, title, maturity, status, version, created_at, "
                    + "updated_at) values (?1, ?2, 'ESTABLISHED', 'VERIFIED', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, regionCode).setParameter(2, title).executeUpdate();
            long id = ((Number) em.createNativeQuery("select id from practice where title = ?1")
                    .setParameter(1, title).getSingleResult()).longValue();
            for (String code : categoryCodes) {
                em.createNativeQuery("insert into practice_category (practice_id, category_code) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, code).executeUpdate();
            }
            return id;
        });
    }

    /** Stores a held regional session in Khabarovsk starting on the given day and returns its id. */
    public static long insertSession(LocalDate start) {
        String title = TestData.unique("Стратегическая сессия в Хабаровске");
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("insert into strategic_session (title, format, host_region_code, city, start_date, "
                    + "end_date, status, version, created_at, updated_at) values (?1, 'REGIONAL', '27', 'Хабаровск', "
                    + "?2, ?3, 'HELD', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, title).setParameter(2, start).setParameter(3, start.plusDays(1)).executeUpdate();
            return ((Number) em.createNativeQuery("select id from strategic_session where title = ?1")
                    .setParameter(1, title).getSingleResult()).longValue();
        });
    }

    private static long portfolio(EntityManager em) {
        List<?> existing = em.createNativeQuery("select id from portfolio where region_code = ?1 and year_number = ?2")
                .setParameter(1, PORTFOLIO_REGION).setParameter(2, PORTFOLIO_YEAR).getResultList();
        if (!existing.isEmpty()) {
            return ((Number) existing.get(0)).longValue();
        }
        em.createNativeQuery("insert into portfolio (region_code, year_number, status, version, created_at, "
                + "updated_at) values (?1, ?2, 'DRAFT', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .setParameter(1, PORTFOLIO_REGION).setParameter(2, PORTFOLIO_YEAR).executeUpdate();
        return ((Number) em.createNativeQuery("select id from portfolio where region_code = ?1 and year_number = ?2")
                .setParameter(1, PORTFOLIO_REGION).setParameter(2, PORTFOLIO_YEAR).getSingleResult()).longValue();
    }
}
