package ru.efs.portfolio.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.EntityWriteListener;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Keeps the search index in step with the database. Hibernate tells it (through the change interceptor)
 * which searchable objects a transaction inserts, changes or removes; after a successful commit (never after a
 * rollback) it takes a ticket of the index, re-reads those objects and the documents that show their fields in a
 * new transaction, and writes what it found (a delete for what is gone) before the request that wrote them answers.
 * What a transaction saw at flush time is never written: the index ends with the last committed state of every
 * object whatever order the commits' work runs in ({@link SearchIndex#apply}). At startup it rebuilds the index
 * from the database when the index is missing, of another schema, or its digests differ from the database's.
 * <p>
 * Every instance keeps an index of its own. The objects a transaction touched travel with its announcement
 * ({@link ChangeFeed}, topic {@value #TOPIC}); another instance re-reads them in the same way when the announcement
 * arrives, and checks its whole index against the database when it cannot know what it missed.
 */
@ApplicationScoped
public class SearchIndexer implements EntityWriteListener {

    static final String TOPIC = "search";

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    @Inject
    ChangeFeed feed;

    @Inject
    SearchConfig config;

    /** The searchable objects one transaction touched: the saved ones by entity (an id may come at insert). */
    private static final class Changes {
        final List<Object> saved = new ArrayList<>();
        final Map<SearchType, Set<Long>> removed = new EnumMap<>(SearchType.class);
    }

    /** What a read after a commit found: the documents of the objects that exist and the keys of those gone. */
    private record Found(List<SearchDocument> documents, Set<String> gone) {
    }

    /** A searchable object was inserted or changed in the current transaction. */
    @Override
    public void saved(Object entity) {
        SearchType type = typeOf(entity);
        Changes changes = type == null ? null : changes();
        if (changes != null) {
            changes.saved.add(entity);
            feed.note(TOPIC, () -> idOf(entity) == null ? null : SearchDocument.key(type, idOf(entity)));
        }
    }

    /** A searchable object was removed in the current transaction. */
    @Override
    public void removed(Object entity, Object id) {
        SearchType type = typeOf(entity);
        Changes changes = type == null ? null : changes();
        if (changes != null && id instanceof Number number) {
            changes.removed.computeIfAbsent(type, key -> new HashSet<>()).add(number.longValue());
            feed.note(TOPIC, () -> SearchDocument.key(type, number.longValue()));
        }
    }

    /**
     * Another instance committed a change: re-read the objects it touched, as after a commit here; when it could
     * not say which, check the whole index against the database.
     */
    void changedElsewhere(@Observes ChangeFeed.Change change) {
        if (change.everything()) {
            rebuildIfStale();
            return;
        }
        Map<SearchType, Set<Long>> touched = new EnumMap<>(SearchType.class);
        for (String key : change.notes(TOPIC)) {
            SearchDocument.Key parsed = SearchDocument.parseKey(key);
            if (parsed != null) {
                touched.computeIfAbsent(parsed.type(), type -> new HashSet<>()).add(parsed.id());
            }
        }
        if (!touched.isEmpty()) {
            reindex(touched);
        }
    }

    /** The changes of the current transaction, registering the after-commit step on the first one. */
    private Changes changes() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Changes changes = (Changes) transactions.getResource(Changes.class);
        if (changes == null) {
            Changes fresh = new Changes();
            transactions.putResource(Changes.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        reindex(fresh);
                    }
                }
            });
            changes = fresh;
        }
        return changes;
    }

    /**
     * Re-reads every object a committed transaction touched, and the documents that show their fields, and writes
     * them as they are now; a failure is logged, not thrown.
     */
    private void reindex(Changes changes) {
        Map<SearchType, Set<Long>> touched = new EnumMap<>(SearchType.class);
        changes.removed.forEach((type, ids) -> touched.computeIfAbsent(type, key -> new HashSet<>()).addAll(ids));
        for (Object entity : changes.saved) {
            Long id = idOf(entity);
            if (id != null) {
                touched.computeIfAbsent(typeOf(entity), key -> new HashSet<>()).add(id);
            }
        }
        reindex(touched);
    }

    /** Writes the current documents of the touched objects and of those that show their fields. */
    private void reindex(Map<SearchType, Set<Long>> touched) {
        long ticket = index.openTicket(); // after the commit, before the read: see SearchIndex
        try {
            Found found = QuarkusTransaction.requiringNew().call(() -> read(touched));
            index.apply(ticket, found.documents(), found.gone());
        } catch (RuntimeException e) {
            LOG.error("Search index not updated after a commit; it is rebuilt at the next start", e);
        } finally {
            index.closeTicket(ticket);
        }
    }

    /** The current documents of the objects and of those that show their fields; the keys of the missing ones. */
    private Found read(Map<SearchType, Set<Long>> touched) {
        Map<SearchType, Set<Long>> wanted = new EnumMap<>(SearchType.class);
        touched.forEach((type, ids) -> {
            wanted.computeIfAbsent(type, key -> new HashSet<>()).addAll(ids);
            sources.dependents(type, ids).forEach((dependent, dependentIds) ->
                    wanted.computeIfAbsent(dependent, key -> new HashSet<>()).addAll(dependentIds));
        });
        List<SearchDocument> documents = new ArrayList<>();
        Set<String> gone = new LinkedHashSet<>();
        wanted.forEach((type, ids) -> {
            Set<Long> missing = new HashSet<>(ids);
            for (SearchDocument document : sources.load(type, ids)) {
                documents.add(document);
                missing.remove(document.id());
            }
            missing.forEach(id -> gone.add(SearchDocument.key(type, id)));
        });
        return new Found(documents, gone);
    }

    /**
     * At startup, after the demo data: rebuild the index when it does not match the database. In the background by
     * default (the check reads every searchable object): the service is ready at once and searches the index as it
     * was until the check ends; writes made meanwhile are indexed as usual and win over the rebuild's reads.
     */
    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (config.checkInBackground()) {
            Thread check = new Thread(() -> {
                try {
                    rebuildIfStale();
                } catch (RuntimeException e) {
                    LOG.error("The search index was not checked against the database; it is checked at the next start",
                            e);
                }
            }, "efs-search-check");
            check.setDaemon(true);
            check.start();
        } else {
            rebuildIfStale();
        }
    }

    /**
     * Rebuilds when the index is of another schema or holds other objects than the database: a missing, extra or
     * changed object, or one whose region moved, changes its type's digest (id, version, last change, region).
     */
    public boolean rebuildIfStale() {
        long started = System.nanoTime();
        Map<SearchType, SearchDigest> database = QuarkusTransaction.requiringNew().call(() -> {
            Map<SearchType, SearchDigest> digests = new EnumMap<>(SearchType.class);
            for (SearchType type : SearchType.values()) {
                digests.put(type, sources.digest(type));
            }
            return digests;
        });
        long read = System.nanoTime();
        Map<SearchType, SearchDigest> indexed = index.currentSchema() ? index.digests() : Map.of();
        List<SearchType> differing = Arrays.stream(SearchType.values())
                .filter(type -> !database.get(type).equals(indexed.get(type))).toList();
        LOG.infof("Search index checked against the database (%d objects) in %d ms, the index in %d ms: %s",
                database.values().stream().mapToLong(SearchDigest::count).sum(), (read - started) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000, indexed.isEmpty() ? "another schema"
                        : differing.isEmpty() ? "current" : "differs in " + differing);
        if (differing.isEmpty()) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Reads every searchable object in batches of {@link SearchSources#BATCH} and replaces the index with them. */
    public void rebuild() {
        synchronized (index) {
            long started = System.nanoTime();
            index.clear();
            long count = 0;
            for (SearchType type : SearchType.values()) {
                long after = 0;
                while (true) {
                    long from = after;
                    long ticket = index.openTicket(); // writes committing meanwhile win over this read
                    List<SearchDocument> batch;
                    try {
                        batch = QuarkusTransaction.requiringNew().call(() -> sources.batchAfter(type, from));
                        index.add(ticket, batch);
                    } finally {
                        index.closeTicket(ticket);
                    }
                    count += batch.size();
                    if (batch.size() < SearchSources.BATCH) {
                        break;
                    }
                    after = batch.get(batch.size() - 1).id();
                }
            }
            index.finishRebuild();
            LOG.infof("Search index rebuilt: %d objects in %d ms", count, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static SearchType typeOf(Object entity) {
        if (entity instanceof Subject) {
            return SearchType.SUBJECT;
        } else if (entity instanceof Person) {
            return SearchType.PERSON;
        } else if (entity instanceof StrategicSession) {
            return SearchType.SESSION;
        } else if (entity instanceof Deficit) {
            return SearchType.DEFICIT;
        } else if (entity instanceof Practice) {
            return SearchType.PRACTICE;
        } else if (entity instanceof Project) {
            return SearchType.PROJECT;
        }
        return null;
    }

    private static Long idOf(Object entity) {
        if (entity instanceof Subject subject) {
            return subject.id;
        } else if (entity instanceof Person person) {
            return person.id;
        } else if (entity instanceof StrategicSession session) {
            return session.id;
        } else if (entity instanceof Deficit deficit) {
            return deficit.id;
        } else if (entity instanceof Practice practice) {
            return practice.id;
        } else if (entity instanceof Project project) {
            return project.id;
        }
        return null;
    }
}
