package ru.efs.portfolio.common;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers a service keeps per question (a filter and a page, a deficit and a language) and gives again while the
 * tables they were made from have not changed ({@link ChangeFeed#version}). A kept page or map is written as JSON
 * once ({@link KeptJson}). Callers asking the same question while its answer is being made wait for that answer
 * instead of making it again: after a write, thirty-two connections asking for one page make it once. Past
 * {@code limit} questions the store starts afresh: simple, and questions repeat.
 */
public final class KeptAnswers<K, V> {

    private final int limit;
    private final Map<K, Kept<V>> answers = new ConcurrentHashMap<>();

    private record Kept<V>(long version, CompletableFuture<V> value) {
    }

    public KeptAnswers(int limit) {
        this.limit = limit;
    }

    /**
     * The kept answer to the question when it was made at this version of its tables (or a later one), else a
     * fresh one. The version must be read before the answer is made, so that a write committing meanwhile leaves it
     * out of date.
     * A failure to make the answer (a 404, say) is not kept: it reaches the callers waiting for it, and the next
     * caller tries again.
     */
    public V get(K question, long version, Supplier<V> answer) {
        if (ru.efs.portfolio.common.export.Unkept.reading()) {
            return answer.get();
        }
        while (true) {
            Kept<V> current = answers.get(question);
            if (current != null && current.version() >= version) {
                return await(current.value()); // made at this version, or after a later write: no older
            }
            Kept<V> mine = new Kept<>(version, new CompletableFuture<>());
            boolean claimed = current == null ? answers.putIfAbsent(question, mine) == null
                    : answers.replace(question, current, mine);
            if (!claimed) {
                continue;
            }
            try {
                V value = KeptJson.keep(answer.get());
                mine.value().complete(value);
                if (answers.size() > limit) {
                    answers.clear();
                }
                return value;
            } catch (RuntimeException | Error e) {
                answers.remove(question, mine);
                mine.value().completeExceptionally(e);
                throw e;
            }
        }
    }

    private static <V> V await(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
