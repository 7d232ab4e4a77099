package ru.efs.portfolio.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Write locks on the rows that a delete removes and a write links to. A foreign key alone does not settle the race
 * on H2: its check does not see the other transaction's uncommitted link or delete, so both could commit. With both
 * sides holding the row's lock (PostgreSQL: {@code FOR NO KEY UPDATE}, which the foreign keys' own
 * {@code KEY SHARE} locks do not block), the later one waits and then sees what the first committed: the link that
 * makes the delete a 409, or no object to link. The objects are re-read under the lock, so their state and version
 * are current: a write made on them afterwards does not meet a stale version.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Re-reads a loaded object under a write lock; {@code null} when it was deleted meanwhile. */
    public static <E> E lock(EntityManager em, E entity) {
        if (entity == null) {
            return null;
        }
        try {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            return entity;
        } catch (EntityNotFoundException deleted) {
            return null;
        }
    }

    /** Re-reads a loaded object under a write lock, or throws {@code gone} when it was deleted meanwhile. */
    public static <E> E lock(EntityManager em, E entity, Supplier<? extends RuntimeException> gone) {
        E locked = lock(em, entity);
        if (locked == null) {
            throw gone.get();
        }
        return locked;
    }

    /** Loads an object under a write lock; {@code null} when there is none with this id. */
    public static <E> E lock(EntityManager em, Class<E> type, Long id) {
        return id == null ? null : lock(em, em.find(type, id));
    }

    /**
     * Loads the objects of one type under write locks, in ascending id order: every writer locks in the same order,
     * so two of them never wait for each other in a circle. Missing ids are left out.
     */
    public static <E> List<E> lockAll(EntityManager em, Class<E> type, Collection<Long> ids) {
        List<E> locked = new ArrayList<>();
        if (ids == null) {
            return locked;
        }
        TreeSet<Long> sorted = new TreeSet<>();
        ids.stream().filter(Objects::nonNull).forEach(sorted::add);
        for (Long id : sorted) {
            E entity = lock(em, type, id);
            if (entity != null) {
                locked.add(entity);
            }
        }
        return locked;
    }
}
