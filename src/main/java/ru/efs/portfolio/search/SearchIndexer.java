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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/**
 * Keeps the search index in step with the database. Hibernate tells it (through {@link SearchChangeInterceptor})
 * which searchable objects a transaction inserts, changes or removes; after a successful commit (never after a rollback) it re-reads those objects in a
 * new transaction and updates the index before the request that wrote them answers. At startup it rebuilds the
 * index from the database when the index is missing, of another schema, or behind the database.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    /** The searchable objects one transaction touched. */
    private static final class Changes {
        final List<Object> saved = new ArrayList<>();
        final Set<String> removed = new LinkedHashSet<>();
    }

    /** A searchable object was inserted or changed in the current transaction. */
    void saved(Object entity) {
        Changes changes = typeOf(entity) == null ? null : changes();
        if (changes != null) {
            changes.saved.add(entity);
        }
    }

    /** A searchable object was removed in the current transaction. */
    void removed(Object entity, Object id) {
        SearchType type = typeOf(entity);
        Changes changes = type == null ? null : changes();
        if (changes != null && id instanceof Number number) {
            changes.removed.add(SearchDocument.key(type, number.longValue()));
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

    /** Re-reads what a committed transaction saved and updates the index; a failure is logged, not thrown. */
    private void reindex(Changes changes) {
        try {
            Map<SearchType, Set<Long>> saved = new EnumMap<>(SearchType.class);
            for (Object entity : changes.saved) {
                Long id = idOf(entity);
                if (id != null && !changes.removed.contains(SearchDocument.key(typeOf(entity), id))) {
                    saved.computeIfAbsent(typeOf(entity), type -> new HashSet<>()).add(id);
                }
            }
            List<SearchDocument> documents = saved.isEmpty() ? List.of()
                    : QuarkusTransaction.requiringNew().call(() -> {
                        List<SearchDocument> found = new ArrayList<>();
                        saved.forEach((type, ids) -> found.addAll(sources.load(type, ids)));
                        return found;
                    });
            Set<String> removed = new LinkedHashSet<>(changes.removed);
            Set<String> present = new HashSet<>();
            documents.forEach(document -> present.add(document.key()));
            saved.forEach((type, ids) -> ids.stream().map(id -> SearchDocument.key(type, id))
                    .filter(key -> !present.contains(key)).forEach(removed::add));
            index.apply(documents, removed);
        } catch (RuntimeException e) {
            LOG.error("Search index not updated after a commit; it is rebuilt at the next start", e);
        }
    }

    /** At startup, after the demo data: rebuild the index when it does not match the database. */
    void onStart(@Observes @Priority(30) StartupEvent event) {
        rebuildIfStale();
    }

    /** Rebuilds when the index is empty, of another schema, or its counts or latest changes differ from the database. */
    public boolean rebuildIfStale() {
        Map<SearchType, long[]> database = QuarkusTransaction.requiringNew().call(() -> {
            Map<SearchType, long[]> fingerprints = new LinkedHashMap<>();
            for (SearchType type : SearchType.values()) {
                fingerprints.put(type, sources.fingerprint(type));
            }
            return fingerprints;
        });
        if (index.matches(database)) {
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
                    List<SearchDocument> batch = QuarkusTransaction.requiringNew()
                            .call(() -> sources.batchAfter(type, from));
                    index.add(batch);
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
