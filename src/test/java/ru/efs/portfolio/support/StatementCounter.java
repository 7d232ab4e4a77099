package ru.efs.portfolio.support;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the service prepares while a request runs (statistics are on in the test profile). */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static long count(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        request.run(); // warm-up: sign-in checks and caches are not what is measured
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
