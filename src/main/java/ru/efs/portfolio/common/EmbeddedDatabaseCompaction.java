package ru.efs.portfolio.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded H2 file close to the size of its data while the service runs (docs/benchmark.md, "Размер
 * встроенной базы / Embedded database size").
 * <p>
 * H2 writes every commit as a new chunk of pages into a free place of the file; the chunks it replaces keep a few
 * live pages each and stay. H2 rewrites such chunks and moves the rest together in its background writer, but
 * {@code WRITE_DELAY=0} (a commit reaches the file before it is acknowledged) stops that thread, and its settings
 * for compaction ({@code MAX_COMPACT_TIME}, {@code SHUTDOWN COMPACT}) act only when the database closes: a tenth of
 * the country loaded through the API left a 440 MiB file, some 36 MiB of it live. So this pass does what the background
 * writer would, every {@code efs.h2.compaction-interval}: {@link MVStore#compact(int, int)} rewrites the live pages
 * of the emptiest chunks, and {@code RETENTION_TIME=0} in the JDBC URL lets the emptied chunks be reused at once;
 * when the file has had no writes since the last pass, the chunks are moved together and the file shrinks.
 * No SQL statement compacts an open database, hence the way to the store through H2's engine classes.
 * <p>
 * A pass does not wait for requests: {@code compact} gives up after 10 ms when a commit holds the store, and holds
 * it for tens of milliseconds; moving holds it until done, so it runs only on an idle file. Both are H2's own steps,
 * which write the new place before they free the old one: kill -9 finds the last complete version. Nothing runs on
 * PostgreSQL nor on an in-memory database.
 */
@ApplicationScoped
public class EmbeddedDatabaseCompaction {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseCompaction.class);

    /** Rewrite while less of the chunks' bytes (%) is live: H2's own aim, which leaves its close little to do. */
    static final int TARGET_FILL_RATE = 90;
    /** Live bytes rewritten per pass: some 30 ms of the store's time, more than a busy second turns into garbage. */
    static final int REWRITE_BYTES = 4 << 20;
    /** Chunk bytes moved per idle pass, towards the start of the file. */
    static final int MOVE_BYTES = 16 << 20;
    /** Fewer file writes than this since the last pass: idle, as H2's background writer counts it. */
    static final int IDLE_WRITES = 10;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EfsConfig config;

    private ScheduledExecutorService timer;
    /** The file's write count after the last pass. */
    private long writesSeen;

    void onStart(@Observes StartupEvent event) {
        Duration interval = config.h2().compactionInterval();
        Optional<MVStore> store = interval.isZero() || interval.isNegative() ? Optional.empty() : store();
        if (store.isEmpty()) {
            return;
        }
        writesSeen = store.get().getFileStore().getWriteCount();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "efs-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::compact, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (timer != null) {
            // No interrupt: an interrupted file channel closes under H2. A pass ends within milliseconds.
            timer.shutdown();
            timer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One pass; the connection it borrows keeps the database open meanwhile. */
    void compact() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = store(connection);
            if (store == null || store.isClosed()) {
                return;
            }
            long start = System.nanoTime();
            FileStore<?> file = store.getFileStore();
            boolean idle = file.getWriteCount() - writesSeen < IDLE_WRITES;
            store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
            if (idle && file instanceof RandomAccessStore chunks && store.getFillRate() < TARGET_FILL_RATE) {
                chunks.compactMoveChunks(TARGET_FILL_RATE, MOVE_BYTES, store);
            }
            writesSeen = file.getWriteCount();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 0) {
                LOG.debugf("Compacted in %d ms%s: %d KiB, %d%% in use", millis, idle ? " (idle)" : "",
                        file.size() / 1024, store.getFillRate());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("The embedded database was not compacted this time: %s", e.toString());
        }
    }

    /** The store of an embedded H2 database kept in a file, if the service runs on one. */
    private Optional<MVStore> store() {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(store(connection));
        } catch (SQLException e) {
            LOG.warnf("The embedded database will not be compacted while the service runs: %s", e.toString());
            return Optional.empty();
        }
    }

    private static MVStore store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || !session.getDatabase().isPersistent()) {
            return null;
        }
        return session.getDatabase().getStore().getMvStore();
    }
}
