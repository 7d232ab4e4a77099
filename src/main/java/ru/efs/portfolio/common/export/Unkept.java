package ru.efs.portfolio.common.export;

import java.util.function.Supplier;

/**
 * Marks the reads of an export: its chunks of a thousand rows are read once, and keeping them
 * ({@code common/KeptAnswers}) would only push out the pages people ask for again.
 */
public final class Unkept {

    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    private Unkept() {
    }

    public static boolean reading() {
        return READING.get();
    }

    static <V> V read(Supplier<V> read) {
        boolean before = READING.get();
        READING.set(true);
        try {
            return read.get();
        } finally {
            READING.set(before);
        }
    }
}
