package ru.efs.portfolio.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for people and session series in tests; each call makes a fresh object with a unique name. */
public final class PeopleData {

    public static final String PEOPLE = "/api/v1/people";
    public static final String SERIES = "/api/v1/session-series";

    private PeopleData() {
    }

    /** A request body for a person working for the given organisation (or none). */
    public static Map<String, Object> person(Long subjectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", TestData.unique("Кочешкова Ирина Юрьевна"));
        body.put("position", "руководитель проекта");
        body.put("subjectId", subjectId);
        body.put("academicTitle", "кандидат педагогических наук, доцент");
        body.put("email", "kocheshkova@altspu.ru");
        body.put("phone", "+7 3852 00-00-00");
        return body;
    }

    /** Creates a person as the administrator and returns its id. */
    public static long createPerson(Long subjectId) {
        return Api.as(TestUser.ADMIN).body(person(subjectId)).post(PEOPLE)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A request body for a series over the given regions, led by the given organisation and expert. */
    public static Map<String, Object> series(Long leadSubjectId, Long leadPersonId, String... regionCodes) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TestData.unique("Стратегические сессии АлтГПУ в регионах Сибири"));
        body.put("year", 2023);
        body.put("leadSubjectId", leadSubjectId);
        body.put("leadPersonId", leadPersonId);
        body.put("regionCodes", new ArrayList<>(List.of(regionCodes)));
        body.put("description", "Эксперты АлтГПУ провели стратегические сессии в шести регионах.");
        return body;
    }

    /** Creates a series as the administrator and returns its id. */
    public static long createSeries(Long leadSubjectId, Long leadPersonId, String... regionCodes) {
        return Api.as(TestUser.ADMIN).body(series(leadSubjectId, leadPersonId, regionCodes)).post(SERIES)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Stores a bare strategic session of the series straight in the database (the sessions API is not this
     * feature's) and returns its id; with {@code personId} the person takes part in it as an expert.
     */
    public static long insertSession(Long seriesId, Long personId) {
        String title = TestData.unique("Стратегическая сессия в Хабаровске");
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("insert into strategic_session (title, format, series_id, start_date, end_date, "
                    + "status, version, created_at, updated_at) values (?1, 'REGIONAL', "
                    + (seriesId == null ? "null" : String.valueOf(seriesId)) + ", DATE '2023-10-10', "
                    + "DATE '2023-10-11', 'HELD', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, title).executeUpdate();
            long id = ((Number) em.createNativeQuery("select id from strategic_session where title = ?1")
                    .setParameter(1, title).getSingleResult()).longValue();
            if (personId != null) {
                em.createNativeQuery("insert into session_person (session_id, person_id, role) values (?1, ?2, 'EXPERT')")
                        .setParameter(1, id).setParameter(2, personId).executeUpdate();
            }
            return id;
        });
    }

    /** The SQL statements one request prepares, measured after a warm-up call (sign-in caches are not counted). */
    public static long statementsOf(Runnable request) {
        org.hibernate.stat.Statistics statistics = Arc.container().instance(org.hibernate.SessionFactory.class).get()
                .getStatistics();
        request.run();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
