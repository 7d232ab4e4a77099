package ru.efs.portfolio.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What each committed transaction changed: for the answers this instance keeps, and for every other instance on the
 * same database.
 * <p>
 * Locally, Hibernate tells the feed which tables a transaction writes (entities and collections, through
 * {@link ChangeInterceptor}); once the transaction has ended their counts move on, and a kept answer made under an
 * older count ({@link #version}) is made again. Moving on after the end, never before, is what makes it safe: an
 * answer made while a write commits is kept under the older count and made again.
 * <p>
 * On PostgreSQL the same transaction also announces its change to every instance: just before it commits it sends a
 * {@code NOTIFY} on {@value #CHANNEL} with the tables and the notes that parts of the service added ({@link #note}:
 * the search index's objects, revoked credentials). PostgreSQL delivers a notification only when its transaction
 * commits, and in commit order. Each instance listens on a connection of its own; a change made by another
 * instance moves the same counts and reaches the parts that keep state as a {@link Change} event. When the listening
 * connection is lost, the instance cannot know what it missed: it treats everything as changed once it is back.
 * The embedded H2 database serves one instance; nothing is sent there.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    static final String CHANNEL = "efs_changes";
    /** PostgreSQL refuses a payload of 8000 bytes or more; a larger change is announced as "everything". */
    static final int MAX_PAYLOAD_BYTES = 7900;
    static final long CATCH_UP_MILLIS = 500;

    /**
     * One committed change. {@code everything}: the sender could not say what (a bulk load, or a gap in listening).
     * {@code notes}: per topic, the values parts of the service added, such as {@code "search" -> ["DEFICIT:7"]}.
     */
    public record Change(String origin, boolean everything, Set<String> tables, Map<String, Set<String>> notes) {

        public Set<String> notes(String topic) {
            return notes == null ? Set.of() : notes.getOrDefault(topic, Set.of());
        }
    }

    /** What one open transaction has changed so far. */
    private static final class Pending {
        final Set<String> tables = new LinkedHashSet<>();
        final Map<String, List<Supplier<String>>> notes = new LinkedHashMap<>();
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Event<Change> changedElsewhere;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final String origin = UUID.randomUUID().toString();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong everything = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private volatile ChangeListener listener;
    /** Applies other instances' changes one at a time, in the order PostgreSQL delivered them. */
    private final ExecutorService applying = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "efs-change-feed-apply");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether changes travel between instances: on PostgreSQL. */
    public boolean shared() {
        return "postgresql".equals(dbKind);
    }

    void onStart(@Observes @Priority(5) StartupEvent event) {
        if (shared()) {
            listener = new ChangeListener(CHANNEL, url, username.orElse(null), password.orElse(null), this::receive,
                    this::missedSome);
            listener.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
        applying.shutdownNow();
    }

    /**
     * A number that grows whenever one of the tables has had a committed write since, here or on another instance;
     * equal numbers mean nothing of them changed.
     */
    public long version(Collection<String> tables) {
        long version = everything.get();
        for (String table : tables) {
            AtomicLong count = counts.get(table);
            version += count == null ? 0 : count.get();
        }
        return version;
    }

    /**
     * Runs the work on the applying thread, after the changes that came before it, this instance's or others'.
     * What keeps state of its own (the practice index, the map's items) learns of this instance's commits this way:
     * the writing request gives its connection back at once instead of holding it while the state is read again,
     * and {@link #caughtUp()} makes readers wait for it.
     */
    public void afterCommit(Runnable work) {
        received.incrementAndGet();
        applying.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("A committed change was not fully applied to what this instance keeps", e);
            } finally {
                synchronized (applied) {
                    applied.incrementAndGet();
                    applied.notifyAll();
                }
            }
        });
    }

    /**
     * Waits until the changes that have arrived (other instances') or committed here are applied, at most
     * {@value #CATCH_UP_MILLIS} ms: what keeps state of its own (the rankings' and the map's) answers with an
     * acknowledged write once it has been announced, not only once its turn on the applying thread has come.
     */
    public void caughtUp() {
        long arrived = received.get();
        if (applied.get() >= arrived) {
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP_MILLIS * 1_000_000;
        synchronized (applied) {
            long left;
            while (applied.get() < arrived && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
                try {
                    applied.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The current transaction writes this table (lower case, no schema). Outside a transaction: at once. */
    public void written(String table) {
        Pending pending = pending();
        if (pending == null) {
            count(table).incrementAndGet();
        } else {
            pending.tables.add(table);
        }
    }

    /**
     * Adds a note to the current transaction's announcement, read when it commits (an id a flush assigns is known
     * by then). Nothing happens outside a transaction.
     */
    public void note(String topic, Supplier<String> value) {
        Pending pending = pending();
        if (pending != null) {
            pending.notes.computeIfAbsent(topic, key -> new ArrayList<>()).add(value);
        }
    }

    /** Everything kept is out of date, here and elsewhere: for writes made past Hibernate, already committed. */
    public void changedAll() {
        everything.incrementAndGet();
        if (shared()) {
            try (Connection connection = dataSource.getConnection()) {
                send(connection, new Change(origin, true, Set.of(), Map.of()));
            } catch (SQLException e) {
                LOG.error("Other instances were not told of a bulk change; they see it after their restart", e);
            }
        }
    }

    /**
     * Called by Hibernate once the transaction's last flush is done and before it commits: sends the announcement
     * in the transaction, so that it is delivered when, and only if, the transaction commits.
     */
    void beforeCommit() {
        if (!shared() || transactions.getTransactionKey() == null) {
            return;
        }
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null || transactions.getResource(Change.class) != null) {
            return;
        }
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        pending.notes.forEach((topic, values) -> {
            Set<String> read = new LinkedHashSet<>();
            values.forEach(value -> {
                String text = value.get();
                if (text != null) {
                    read.add(text);
                }
            });
            notes.put(topic, read);
        });
        Change change = new Change(origin, false, new LinkedHashSet<>(pending.tables), notes);
        transactions.putResource(Change.class, change);
        // The connection the transaction writes through: the pool hands the same one out while it is open.
        try (Connection connection = dataSource.getConnection()) {
            send(connection, change);
        } catch (SQLException e) {
            // Hibernate would only log an exception here; the transaction must not commit unannounced.
            LOG.error("A change could not be announced to other instances; it is rolled back", e);
            transactions.setRollbackOnly();
        }
    }

    private void send(Connection connection, Change change) throws SQLException {
        String payload = payload(change);
        try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        }
    }

    /** The change as JSON, or "everything" when it would not fit into one notification. */
    String payload(Change change) {
        try {
            String text = json.writeValueAsString(change);
            if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES) {
                return text;
            }
            return json.writeValueAsString(new Change(origin, true, Set.of(), Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A notification arrived; another instance's change is applied in arrival order, our own is already here. */
    private void receive(String payload) {
        Change change;
        try {
            change = json.readValue(payload, Change.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Unreadable change notification ignored: %s", e.getMessage());
            return;
        }
        if (origin.equals(change.origin())) {
            return;
        }
        apply(change);
    }

    /** The listening connection was lost and is back: whatever happened meanwhile is unknown. */
    private void missedSome() {
        apply(new Change("", true, Set.of(), Map.of()));
    }

    private void apply(Change change) {
        if (change.everything()) {
            everything.incrementAndGet();
        } else {
            change.tables().forEach(table -> count(table).incrementAndGet());
        }
        received.incrementAndGet();
        applying.execute(() -> {
            try {
                changedElsewhere.fire(change);
            } catch (RuntimeException e) {
                LOG.error("A change made by another instance was not fully applied here", e);
            } finally {
                synchronized (applied) {
                    applied.incrementAndGet();
                    applied.notifyAll();
                }
            }
        });
    }

    /** The current transaction's pending change, registering the after-commit step on the first write. */
    private Pending pending() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null) {
            Pending fresh = new Pending();
            transactions.putResource(Pending.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    // Also after a rollback: it only costs a kept answer, and a failed commit may have written.
                    fresh.tables.forEach(name -> count(name).incrementAndGet());
                }
            });
            pending = fresh;
        }
        return pending;
    }

    private AtomicLong count(String table) {
        return counts.computeIfAbsent(table, name -> new AtomicLong());
    }
}
