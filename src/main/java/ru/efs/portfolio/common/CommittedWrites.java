package ru.efs.portfolio.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What a part of the service keeps in memory learns here which objects a transaction wrote, once it has committed:
 * the same keys reach it from another instance through the {@link ChangeFeed} (as the notes of a topic), so both
 * go through one method of the part's own, on the feed's applying thread, in commit order ({@link
 * ChangeFeed#afterCommit}). Keys are read at commit, when a new object's id is known.
 */
@ApplicationScoped
public class CommittedWrites {

    private static final Logger LOG = Logger.getLogger(CommittedWrites.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ChangeFeed feed;

    /** The keys one transaction wrote under one topic, and who applies them after the commit. */
    private static final class Pending {
        final List<Supplier<String>> keys = new ArrayList<>();
        final Consumer<Set<String>> apply;

        Pending(Consumer<Set<String>> apply) {
            this.apply = apply;
        }

        Set<String> read() {
            Set<String> read = new LinkedHashSet<>();
            keys.forEach(key -> {
                String value = key.get();
                if (value != null) {
                    read.add(value);
                }
            });
            return read;
        }
    }

    /**
     * The current transaction wrote the object of this key (null while unknown); once it has committed,
     * {@code apply} gets every key written under the topic, once. Other instances get them as the topic's notes.
     * Outside a transaction nothing is written through Hibernate, so nothing happens.
     */
    public void written(String topic, Supplier<String> key, Consumer<Set<String>> apply) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Pending> topics = (Map<String, Pending>) transactions.getResource(CommittedWrites.class);
        if (topics == null) {
            Map<String, Pending> fresh = new HashMap<>();
            transactions.putResource(CommittedWrites.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        Map<String, Set<String>> keys = new HashMap<>();
                        fresh.forEach((topic, pending) -> keys.put(topic, pending.read()));
                        feed.afterCommit(() -> fresh.forEach((topic, pending) -> {
                            try {
                                if (!keys.get(topic).isEmpty()) {
                                    pending.apply.accept(keys.get(topic));
                                }
                            } catch (RuntimeException e) {
                                LOG.errorf(e, "What is kept of %s missed a committed change", topic);
                            }
                        }));
                    }
                }
            });
            topics = fresh;
        }
        topics.computeIfAbsent(topic, name -> new Pending(apply)).keys.add(key);
        feed.note(topic, key);
    }
}
