package ru.efs.portfolio.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PeopleData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/**
 * The index work after each commit runs on the committing request's thread, in whatever order the commits'
 * threads reach it. Several threads write the same objects at once, round after round; once every request has
 * answered, the search must find exactly what the database holds: the newest text, never a deleted object, and a
 * person under the region their organisation has now.
 */
@QuarkusTest
class SearchIndexRaceTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String SUBJECTS = "/api/v1/subjects";
    private static final int ROUNDS = 30;
    private static final int WRITERS = 3;
    /** Acknowledged updates each writer makes of the shared object per round. */
    private static final int UPDATES = 3;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(WRITERS + 2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void quickUpdatesDeletesAndCreatesLeaveTheIndexAsTheDatabase() throws Exception {
        List<String> bad = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String tag = word();
            long shared = createDeficit(tag, word());
            long doomed = createDeficit(tag, word());
            Set<String> sharedWords = ConcurrentHashMap.newKeySet();
            Set<String> doomedWords = ConcurrentHashMap.newKeySet();
            ConcurrentLinkedQueue<Long> created = new ConcurrentLinkedQueue<>();
            List<Runnable> tasks = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                tasks.add(() -> {
                    for (int k = 0; k < UPDATES; k++) {
                        String word = word();
                        sharedWords.add(word);
                        updateDeficitUntilAcknowledged(shared, tag, word);
                    }
                });
            }
            tasks.add(() -> { // updates the doomed one while the next task deletes it
                for (int k = 0; k < 2 * UPDATES; k++) {
                    String word = word();
                    doomedWords.add(word);
                    if (updateDeficit(doomed, tag, word) == 404) {
                        return;
                    }
                }
            });
            tasks.add(() -> {
                created.add(createDeficit(tag, word()));
                deleteUntilAcknowledged(DeficitData.DEFICITS + "/" + doomed);
                created.add(createDeficit(tag, word()));
            });
            runTogether(tasks);

            String title = as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + shared).then().statusCode(200)
                    .extract().jsonPath().getString("title");
            as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + doomed).then().statusCode(404);
            Set<Long> expected = new TreeSet<>(created);
            expected.add(shared);
            Set<Long> found = ids(tag, "DEFICIT");
            if (!found.equals(expected)) {
                bad.add("round " + round + ": «" + tag + "» finds " + found + ", the database has " + expected
                        + " (deleted " + doomed + ")");
            }
            for (String word : sharedWords) {
                boolean current = title.endsWith(" " + word);
                Set<Long> hits = ids(word, "DEFICIT");
                if (current != hits.contains(shared)) {
                    bad.add("round " + round + ": «" + word + "» " + (current ? "is" : "is not")
                            + " in the title «" + title + "» of " + shared + " but the search finds " + hits);
                }
            }
            for (String word : doomedWords) {
                if (!ids(word, "DEFICIT").isEmpty()) {
                    bad.add("round " + round + ": deleted " + doomed + " is still found by «" + word + "»");
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " of " + ROUNDS + " rounds went wrong:\n" + String.join("\n", bad));
    }

    @Test
    void personFollowsTheRegionOfTheirOrganisationWhileBothChange() throws Exception {
        List<String> bad = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> subject = TestData.subject("27");
            long subjectId = as(TestUser.ADMIN).body(subject).post(SUBJECTS).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            String name = word();
            Map<String, Object> person = PeopleData.person(subjectId);
            person.put("fullName", "Иванова " + name);
            long personId = as(TestUser.ADMIN).body(person).post(PeopleData.PEOPLE).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            List<Runnable> tasks = new ArrayList<>();
            tasks.add(() -> {
                for (String region : List.of("22", "54", "27", "22")) {
                    Map<String, Object> moved = new HashMap<>(subject);
                    moved.put("regionCode", region);
                    putUntilAcknowledged(SUBJECTS + "/" + subjectId, moved);
                }
            });
            tasks.add(() -> {
                for (int k = 0; k < 4; k++) {
                    Map<String, Object> changed = new HashMap<>(person);
                    changed.put("position", "методист " + word());
                    putUntilAcknowledged(PeopleData.PEOPLE + "/" + personId, changed);
                }
            });
            runTogether(tasks);

            String region = as(TestUser.ADMIN).get(SUBJECTS + "/" + subjectId).then().statusCode(200)
                    .extract().jsonPath().getString("regionCode");
            String position = as(TestUser.ADMIN).get(PeopleData.PEOPLE + "/" + personId).then().statusCode(200)
                    .extract().jsonPath().getString("position");
            List<Map<String, Object>> hits = search(name, "PERSON").getList("items");
            String positionWord = position.substring(position.lastIndexOf(' ') + 1);
            if (hits.size() != 1 || !region.equals(hits.get(0).get("regionCode"))) {
                bad.add("round " + round + ": the person of a subject now in " + region + " is found as " + hits);
            } else if (!ids(positionWord, "PERSON").contains(personId)) {
                bad.add("round " + round + ": the person's position «" + position + "» is not found");
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " of " + ROUNDS + " rounds went wrong:\n" + String.join("\n", bad));
    }

    /** Starts the tasks at the same moment and waits for all of them; a task's failure fails the test. */
    private static void runTogether(List<Runnable> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Runnable task : tasks) {
            running.add(pool.submit(() -> {
                start.await();
                task.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> task : running) {
            task.get(2, TimeUnit.MINUTES);
        }
    }

    private static long createDeficit(String tag, String word) {
        return DeficitData.create(deficit(tag, word));
    }

    private static Map<String, Object> deficit(String tag, String word) {
        Map<String, Object> body = DeficitData.deficit("27");
        body.put("title", "Нехватка " + tag + " " + word);
        return body;
    }

    /** One update with the version read just before; the status it answered (412 when another write came first). */
    private static int updateDeficit(long id, String tag, String word) {
        Response current = as(TestUser.ADMIN).get(DeficitData.DEFICITS + "/" + id);
        if (current.statusCode() != 200) {
            return current.statusCode();
        }
        int status = as(TestUser.ADMIN).header("If-Match", current.header("ETag")).body(deficit(tag, word))
                .put(DeficitData.DEFICITS + "/" + id).statusCode();
        assertTrue(status == 200 || status == 404 || status == 412 || status == 409, "update answered " + status);
        return status;
    }

    private static void updateDeficitUntilAcknowledged(long id, String tag, String word) {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (updateDeficit(id, tag, word) == 200) {
                return;
            }
        }
        throw new AssertionError("deficit " + id + " was never updated");
    }

    private static void putUntilAcknowledged(String path, Map<String, Object> body) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Response current = as(TestUser.ADMIN).get(path);
            int status = as(TestUser.ADMIN).header("If-Match", current.header("ETag")).body(body).put(path)
                    .statusCode();
            if (status == 200) {
                return;
            }
            assertTrue(status == 412 || status == 409, path + " answered " + status);
        }
        throw new AssertionError(path + " was never updated");
    }

    private static void deleteUntilAcknowledged(String path) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Response current = as(TestUser.ADMIN).get(path);
            int status = as(TestUser.ADMIN).header("If-Match", current.header("ETag")).delete(path).statusCode();
            if (status == 204) {
                return;
            }
            assertTrue(status == 412 || status == 409, path + " delete answered " + status);
        }
        throw new AssertionError(path + " was never deleted");
    }

    private static JsonPath search(String q, String types) {
        return as(TestUser.VIEWER).queryParam("q", q).queryParam("types", types).queryParam("size", 50)
                .get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the objects of a type a word finds (few: the words are made up). */
    private static Set<Long> ids(String word, String type) {
        Set<Long> ids = new TreeSet<>();
        search(word, type).getList("items.id", Number.class).forEach(id -> ids.add(id.longValue()));
        return ids;
    }

    /** A made-up word no demo object or other test uses: consonants only, so no ending is stemmed away. */
    private static String word() {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder word = new StringBuilder("зю");
        for (int i = 0; i < 9; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }
}
