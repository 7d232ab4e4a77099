package ru.efs.portfolio.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for the objects tests need; each call makes a fresh object with a unique name. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {
    }

    public static String unique(String text) {
        return text + " №" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** A request body for a regional subject of the given region. */
    public static Map<String, Object> subject(String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Центр непрерывного повышения профессионального мастерства"));
        body.put("shortName", "ЦНППМ");
        body.put("type", "CNPPM");
        body.put("regionCode", regionCode);
        return body;
    }

    /** Creates a subject as the administrator and returns its id. */
    public static long createSubject(String regionCode) {
        return Api.as(TestUser.ADMIN).body(subject(regionCode)).post("/api/v1/subjects")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
