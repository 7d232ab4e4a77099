package ru.efs.portfolio.deficit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import ru.efs.portfolio.common.RowLocks;
import ru.efs.portfolio.project.ProjectStage;

/**
 * A deficit's status follows its projects: being addressed while a live project ({@link ProjectStage#isLive()})
 * addresses it, open otherwise. A closed deficit stays closed: only a coordinator reopens it. A status that moves is
 * an ordinary change of the deficit: its version (so its ETag) moves on and its history records it, so an edit made
 * on the deficit as it was before answers 412 and the coordinator reloads it, status included.
 */
@ApplicationScoped
public class DeficitStatusService {

    /** The stages of the projects that keep a deficit addressed. */
    private static final List<ProjectStage> LIVE = Arrays.stream(ProjectStage.values()).filter(ProjectStage::isLive)
            .toList();

    @Inject
    EntityManager em;

    /**
     * Recomputes the status of these deficits within the caller's transaction; call it after a project's
     * deficits or stage changed (with the deficits it addressed before and after). Unknown ids are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Long> deficitIds) {
        if (deficitIds == null) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(deficitIds);
        ids.removeIf(Objects::isNull);
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        // Each deficit is re-read under its row lock before its projects are counted: concurrent project writes on
        // it take turns, the later one counting what the earlier committed, and none meets a stale version.
        List<Deficit> deficits = RowLocks.lockAll(em, Deficit.class, ids);
        Set<Long> addressed = new HashSet<>(em.createQuery(
                "select distinct d.id from Project p join p.deficits d where d.id in :ids and p.stage in :live",
                Long.class)
                .setParameter("ids", ids)
                .setParameter("live", LIVE)
                .getResultList());
        deficits.removeIf(deficit -> deficit.status == DeficitStatus.CLOSED);
        for (Deficit deficit : deficits) {
            DeficitStatus status = addressed.contains(deficit.id) ? DeficitStatus.ADDRESSED : DeficitStatus.OPEN;
            if (deficit.status != status) {
                deficit.status = status;
            }
        }
    }
}
