package ru.efs.portfolio.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the finished writing transactions of each table, so that a kept answer can tell without a query whether
 * what it was made from may have changed. Hibernate shows its statement inspector ({@link Inspector}) every statement
 * it prepares — entity and collection writes as well as native SQL — and the tables an {@code insert},
 * {@code update}, {@code delete} or {@code merge} names move on once their transaction has ended (a rolled-back one
 * only costs a kept answer).
 * Moving on after the end, never before, is what makes it safe: an answer made while a write commits is kept
 * under the older count and made again. Writes past Hibernate (the national dataset's batched JDBC) call
 * {@link #changedAll()}. Like the search index, the counts belong to the process: one service per database.
 */
@ApplicationScoped
public class TableChanges {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge");

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong everything = new AtomicLong();

    /** Hibernate's statements go through this inspector; it only reads them. */
    @ApplicationScoped
    @PersistenceUnitExtension
    static class Inspector implements StatementInspector {

        @Inject
        TableChanges changes;

        @Override
        public String inspect(String sql) {
            String table = writtenTable(sql);
            if (table != null) {
                changes.written(table);
            }
            return sql;
        }
    }

    /**
     * A number that grows whenever one of the tables has had a write since; equal numbers mean nothing of them
     * changed in this process.
     */
    public long version(List<String> tables) {
        long version = everything.get();
        for (String table : tables) {
            AtomicLong count = counts.get(table);
            version += count == null ? 0 : count.get();
        }
        return version;
    }

    /** Everything kept is out of date: for writes that Hibernate does not see. */
    public void changedAll() {
        everything.incrementAndGet();
    }

    void written(String table) {
        if (transactions.getTransactionKey() == null) {
            count(table).incrementAndGet();
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> tables = (Set<String>) transactions.getResource(TableChanges.class);
        if (tables == null) {
            Set<String> fresh = new HashSet<>();
            transactions.putResource(TableChanges.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    fresh.forEach(name -> count(name).incrementAndGet());
                }
            });
            tables = fresh;
        }
        tables.add(table);
    }

    private AtomicLong count(String table) {
        return counts.computeIfAbsent(table, name -> new AtomicLong());
    }

    /**
     * The table a writing statement names ({@code insert into t}, {@code update t}, {@code delete from t},
     * {@code merge into t}), lower case and without schema or quotes; {@code null} for anything else.
     */
    static String writtenTable(String sql) {
        int[] at = {sql.startsWith("/*") && sql.contains("*/") ? sql.indexOf("*/") + 2 : 0};
        String verb = word(sql, at);
        if (verb == null || !WRITES.contains(verb)) {
            return null;
        }
        String name = word(sql, at);
        if (("into".equals(name) && !"update".equals(verb)) || ("from".equals(name) && "delete".equals(verb))) {
            name = word(sql, at);
        }
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : name;
    }

    /** The next word (letters, digits, _, ., quotes dropped) from {@code at[0]}, lower case. */
    private static String word(String sql, int[] at) {
        int i = at[0];
        while (i < sql.length() && !isWordChar(sql.charAt(i))) {
            i++;
        }
        int start = i;
        StringBuilder word = new StringBuilder();
        while (i < sql.length() && (isWordChar(sql.charAt(i)) || sql.charAt(i) == '"')) {
            if (sql.charAt(i) != '"') {
                word.append(sql.charAt(i));
            }
            i++;
        }
        at[0] = i;
        return i == start ? null : word.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
