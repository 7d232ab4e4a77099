package ru.efs.portfolio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    private final KeptAnswers<String, String> answers = new KeptAnswers<>(10);
    private final AtomicInteger made = new AtomicInteger();

    private String make(String text) {
        made.incrementAndGet();
        return text;
    }

    @Test
    void theSameQuestionAtTheSameVersionIsAnsweredOnce() {
        assertEquals("a1", answers.get("a", 1, () -> make("a1")));
        assertEquals("a1", answers.get("a", 1, () -> make("other")));
        assertEquals(1, made.get());
    }

    @Test
    void aWriteSinceMakesTheAnswerAgainAndAnOlderReaderTakesTheNewerAnswer() {
        answers.get("a", 1, () -> make("a1"));
        assertEquals("a2", answers.get("a", 2, () -> make("a2")));
        assertEquals("a2", answers.get("a", 1, () -> make("a1 again")));
        assertEquals(2, made.get());
    }

    @Test
    void aFailureIsPassedOnAndNotKept() {
        assertThrows(IllegalStateException.class, () -> answers.get("a", 1, () -> {
            throw new IllegalStateException("no such thing");
        }));
        assertEquals("a1", answers.get("a", 1, () -> make("a1")));
    }

    @Test
    void callersAskingWhileTheAnswerIsMadeWaitForItInsteadOfMakingItAgain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch started = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> answers.get("page", 7, () -> {
                started.countDown();
                sleep(300);
                return make("page at 7");
            })));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 15; i++) {
                results.add(pool.submit(() -> answers.get("page", 7, () -> make("made twice"))));
            }
            for (Future<String> result : results) {
                assertEquals("page at 7", result.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, made.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
