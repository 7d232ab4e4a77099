package ru.efs.portfolio.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers a service keeps per question (a filter and a page, a deficit and a language) and gives again while the
 * tables they were made from have not changed ({@link TableChanges#version}). A kept page or map is written as JSON
 * once ({@link KeptJson}). Past {@code limit} questions the store starts afresh: simple, and questions repeat.
 */
public final class KeptAnswers<K, V> {

    private final int limit;
    private final Map<K, Kept<V>> answers = new ConcurrentHashMap<>();

    private record Kept<V>(long version, V value) {
    }

    public KeptAnswers(int limit) {
        this.limit = limit;
    }

    /**
     * The kept answer to the question when it was made at this version of its tables, else a fresh one. The
     * version must be read before the answer is made, so that a write committing meanwhile leaves it out of date.
     */
    public V get(K question, long version, Supplier<V> answer) {
        Kept<V> kept = answers.get(question);
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        V value = KeptJson.keep(answer.get());
        if (answers.size() >= limit) {
            answers.clear();
        }
        answers.put(question, new Kept<>(version, value));
        return value;
    }
}
