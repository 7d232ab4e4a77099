package ru.efs.portfolio.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builders for assessment tests: portfolios and projects stored straight in the database (the projects API is not
 * this feature's), experts of their own created through the users API, and an expert's organisation set in SQL.
 */
public final class AssessmentData {

    /** A year no other test's portfolios use, so that the one-portfolio-per-region-and-year rule never bites. */
    private static final int YEAR = 2071;

    private AssessmentData() {
    }

    /** An expert user of a test: sign in with these credentials. */
    public record Expert(long id, String username, String password) {

        public RequestSpecification api() {
            return given().auth().preemptive().basic(username, password)
                    .contentType(ContentType.JSON).accept(ContentType.JSON);
        }
    }

    /** Creates a fresh expert through the users API as the administrator. */
    public static Expert createExpert() {
        Api.ensureUsers();
        String username = "expert-a" + TestData.unique("").replaceAll("[^0-9-]", "");
        String password = "expert-assess-password";
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("fullName", "Воронушкина Оксана Васильевна");
        body.put("role", "EXPERT");
        long id = Api.as(TestUser.ADMIN).body(body).post("/api/v1/users")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Expert(id, username, password);
    }

    /** Makes the user work for the given organisation (null: none). */
    public static void setUserSubject(long userId, Long subjectId) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("update app_user set subject_id = ?1 where id = ?2")
                .setParameter(1, subjectId).setParameter(2, userId).executeUpdate());
    }

    /** The region's test portfolio, stored on first use. */
    public static long portfolio(String regionCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = em();
            List<?> found = em.createNativeQuery("select id from portfolio where region_code = ?1 and year_number = ?2")
                    .setParameter(1, regionCode).setParameter(2, YEAR).getResultList();
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
            em.createNativeQuery("insert into portfolio (region_code, year_number, status, version, created_at, "
                    + "updated_at) values (?1, ?2, 'DRAFT', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, regionCode).setParameter(2, YEAR).executeUpdate();
            return ((Number) em.createNativeQuery("select id from portfolio where region_code = ?1 and year_number = ?2")
                    .setParameter(1, regionCode).setParameter(2, YEAR).getSingleResult()).longValue();
        });
    }

    /** Stores a project of the region's test portfolio at the given stage, led by one subject with partners. */
    public static long createProject(String regionCode, String title, String stage, Long leadSubjectId,
            Long... partnerSubjectIds) {
        long portfolioId = portfolio(regionCode);
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = em();
            em.createNativeQuery("insert into project (portfolio_id, title, goal, lead_subject_id, stage, version, "
                    + "created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, portfolioId).setParameter(2, title)
                    .setParameter(3, "Закрепить молодых педагогов в профессии через партнерское наставничество")
                    .setParameter(4, leadSubjectId).setParameter(5, stage).executeUpdate();
            long id = ((Number) em.createNativeQuery("select id from project where title = ?1")
                    .setParameter(1, title).getSingleResult()).longValue();
            for (Long partner : partnerSubjectIds) {
                em.createNativeQuery("insert into project_partner (project_id, subject_id) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, partner).executeUpdate();
            }
            return id;
        });
    }

    /** A project at the given stage with a unique title and no lead or partners. */
    public static long createProject(String stage) {
        return createProject("27", TestData.unique("Партнерское наставничество"), stage, null);
    }

    /** Gives the user an e-mail: the curator of a project is the user whose e-mail the curating person has. */
    public static void setUserEmail(long userId, String email) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("update app_user set email = ?1 where id = ?2")
                .setParameter(1, email).setParameter(2, userId).executeUpdate());
    }

    /** Makes the person the project's curator expert. */
    public static void setCurator(long projectId, long personId) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("update project set curator_person_id = ?1 where id = ?2")
                .setParameter(1, personId).setParameter(2, projectId).executeUpdate());
    }

    /** Moves a project to another stage, as the transitions would. */
    public static void setStage(long projectId, String stage) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("update project set stage = ?1, updated_at = CURRENT_TIMESTAMP where id = ?2")
                .setParameter(1, stage).setParameter(2, projectId).executeUpdate());
    }

    /** A valid assessment request body with the given scores and recommendation. */
    public static Map<String, Object> assessment(int relevance, int feasibility, int resources, int measurableResults,
            int replicability, int interregionalEffect, String recommendation) {
        Map<String, Object> body = new HashMap<>();
        body.put("relevance", relevance);
        body.put("feasibility", feasibility);
        body.put("resources", resources);
        body.put("measurableResults", measurableResults);
        body.put("replicability", replicability);
        body.put("interregionalEffect", interregionalEffect);
        body.put("comment", "Проект опирается на выявленные дефициты; показатели стоит уточнить.");
        body.put("recommendation", recommendation);
        return body;
    }

    /** A valid assessment: all fours, approve. */
    public static Map<String, Object> assessment() {
        return assessment(4, 4, 4, 4, 4, 4, "APPROVE");
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
