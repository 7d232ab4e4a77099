package ru.efs.portfolio.support;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import ru.efs.portfolio.common.ChangeFeed;

/**
 * Counts the SQL statements the service prepares while a request runs (statistics are on in the test profile). The
 * answers services keep are put out of date first, so what is counted is the work of a fresh answer.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static long count(Runnable request) {
        return count(request, true);
    }

    /**
     * The statements of the request's second run; with {@code fresh} false a kept answer may serve it. The counter
     * is the process's: work that earlier writes left to other threads (the map, the rankings) counts while it runs,
     * so the request is measured three times and the least is its own.
     */
    public static long count(Runnable request, boolean fresh) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        request.run(); // warm-up: sign-in checks and caches are not what is measured
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (fresh) {
                Arc.container().instance(ChangeFeed.class).get().changedAll();
            }
            long before = statistics.getPrepareStatementCount();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount() - before);
        }
        return least;
    }

    /**
     * The statements of one run of the request, as it comes: kept answers serve it if they can. What earlier writes
     * still apply on the feed's thread is waited for first: it is their work, not the request's.
     */
    public static long once(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        Arc.container().instance(ChangeFeed.class).get().caughtUp();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
