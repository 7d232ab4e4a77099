package ru.efs.portfolio.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** Rankings are kept per deficit, and a write makes again only those it can change, also while others read. */
@QuarkusTest
class KeptRankingsTest {

    private static final String OWN = "44";
    private static final String DONOR = "57";

    private static String category() {
        String code = DeficitData.uniqueCode("kept");
        as(TestUser.ADMIN).body(DeficitData.category(code, null)).post(DeficitData.CATEGORIES).then().statusCode(201);
        return code;
    }

    private static long deficit(String title, String category) {
        Map<String, Object> body = DeficitData.deficit(OWN);
        body.put("title", title);
        body.put("description", null);
        body.put("categoryCodes", new ArrayList<>(List.of(category)));
        return DeficitData.create(body);
    }

    /** A verified practice of the donor region in the category, with texts no deficit here shares. */
    private static Map<String, Object> practice(String category) {
        Map<String, Object> body = PracticeData.practice(DONOR);
        body.put("title", TestData.unique("Летний математический лагерь"));
        body.put("summary", "Олимпиадная подготовка по геометрии");
        body.put("description", "Занятия по алгебре и геометрии");
        body.put("categoryCodes", new ArrayList<>(List.of(category)));
        return body;
    }

    private static long verified(Map<String, Object> body) {
        long id = PracticeData.create(body);
        PracticeData.moveTo(id, "SUBMITTED");
        PracticeData.moveTo(id, "VERIFIED");
        return id;
    }

    private static void rename(long practiceId, Map<String, Object> body, String title) {
        body.put("title", title);
        String path = PracticeData.PRACTICES + "/" + practiceId;
        as(TestUser.ADMIN).header("If-Match", "\"" + PracticeData.version(practiceId) + "\"").body(body).put(path)
                .then().statusCode(200);
    }

    private static List<String> titles(long deficitId) {
        return as(TestUser.VIEWER).queryParam("size", 50).get(DeficitData.DEFICITS + "/" + deficitId
                + "/recommendations").then().statusCode(200).extract().jsonPath().getList("items.practice.title");
    }

    @Test
    void aPracticeWriteMakesAgainTheRankingsOfItsCategoryAndKeepsTheOthers() {
        String first = category();
        String second = category();
        long near = deficit("Нет кружков робототехники в сельских школах", first);
        long far = deficit("Яхтенные секции без тренеров", second);
        Map<String, Object> body = practice(first);
        long practice = verified(body);
        verified(practice(second));
        titles(near);
        titles(far);

        String renamed = TestData.unique("Математический лагерь «Квадрат»");
        rename(practice, body, renamed);

        assertEquals(0, StatementCounter.once(() -> titles(far)), "the other category's ranking is kept");
        assertTrue(StatementCounter.once(() -> assertTrue(titles(near).contains(renamed))) > 0,
                "the practice's own ranking is made again");
    }

    @Test
    void aRankingAskedWhilePracticesChangeShowsEveryAcknowledgedWrite() throws Exception {
        String shared = category();
        long deficit = deficit("Нет кружков робототехники в сельских школах", shared);
        Map<String, Object> body = practice(shared);
        long practice = verified(body);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 25; round++) {
                AtomicBoolean writing = new AtomicBoolean(true);
                List<Future<?>> reading = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    reading.add(readers.submit(() -> {
                        while (writing.get()) {
                            titles(deficit);
                        }
                    }));
                }
                String title = TestData.unique("Лагерь, круг " + round);
                rename(practice, body, title);
                List<String> seen = titles(deficit);
                writing.set(false);
                for (Future<?> reader : reading) {
                    reader.get();
                }
                assertTrue(seen.contains(title), "round " + round + ": the ranking after the write shows " + seen);
            }
        } finally {
            readers.shutdownNow();
        }
    }
}
