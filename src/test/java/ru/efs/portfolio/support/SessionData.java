package ru.efs.portfolio.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.series.SessionSeries;

/** Builders for strategic sessions and the people and series they refer to. */
public final class SessionData {

    public static final String SESSIONS = "/api/v1/sessions";

    private SessionData() {
    }

    /** A regional session held in the past (10–11 October 2023), in the given host region, still PLANNED. */
    public static Map<String, Object> session(String hostRegionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TestData.unique(
                "Стратегическая сессия по развитию региональной управленческой и методической инфраструктуры ЕФС"));
        body.put("number", 6);
        body.put("format", "REGIONAL");
        body.put("hostRegionCode", hostRegionCode);
        body.put("city", "Хабаровск");
        body.put("startDate", "2023-10-10");
        body.put("endDate", "2023-10-11");
        return body;
    }

    /** The same session, but a year from now. */
    public static Map<String, Object> futureSession(String hostRegionCode) {
        Map<String, Object> body = session(hostRegionCode);
        LocalDate start = LocalDate.now().plusYears(1);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(1).toString());
        return body;
    }

    /** The All-Russian strategic session in Moscow, 7–8 December 2023. */
    public static Map<String, Object> allRussianSession() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TestData.unique("Всероссийская стратегическая сессия"));
        body.put("format", "ALL_RUSSIAN");
        body.put("hostRegionCode", "77");
        body.put("city", "Москва");
        body.put("startDate", "2023-12-07");
        body.put("endDate", "2023-12-08");
        body.put("participantCount", 89);
        return body;
    }

    public static long create(Map<String, Object> body) {
        return Api.as(TestUser.ADMIN).body(body).post(SESSIONS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Creates a session in the given status the shortest way: past ones directly, CANCELLED by a transition. */
    public static long createInStatus(String status) {
        Map<String, Object> body = session("27");
        if (!status.equals("CANCELLED")) {
            body.put("status", status);
            return create(body);
        }
        long id = create(body);
        Api.as(TestUser.ADMIN).header("If-Match", "\"0\"").body(Map.of("to", "CANCELLED"))
                .post(SESSIONS + "/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    /** A person stored directly (the people API is not needed to test sessions). */
    public static long createPerson(String fullName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.fullName = fullName;
            person.position = "Эксперт";
            person.persist();
            return person.id;
        });
    }

    /** A session series stored directly. */
    public static long createSeries(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SessionSeries series = new SessionSeries();
            series.title = title;
            series.year = 2023;
            series.persist();
            return series.id;
        });
    }

    /** A deficit identified at the session, stored directly (the deficits API is not needed to test sessions). */
    public static void attachDeficit(long sessionId, String regionCode) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("insert into deficit (region_code, title, severity, status, session_id, version, "
                        + "created_at, created_by, updated_at, updated_by) values (?1, ?2, 'HIGH', 'OPEN', ?3, 0, "
                        + "current_timestamp, 'system', current_timestamp, 'system')")
                .setParameter(1, regionCode)
                .setParameter(2, "Нехватка наставников для молодых педагогов")
                .setParameter(3, sessionId)
                .executeUpdate());
    }
}
