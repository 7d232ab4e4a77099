package ru.efs.portfolio.deficit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.efs.portfolio.project.ProjectStage;

/**
 * A deficit's status follows its projects: being addressed while a live (not rejected) project addresses it,
 * open otherwise. A closed deficit stays closed: only a coordinator reopens it.
 */
@ApplicationScoped
public class DeficitStatusService {

    @Inject
    EntityManager em;

    /** Recomputes the status of these deficits; call it after a project's deficits or stage changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Long> deficitIds) {
        if (deficitIds == null || deficitIds.isEmpty()) {
            return;
        }
        em.flush();
        Set<Long> addressed = new HashSet<>(em.createQuery(
                "select distinct d.id from Project p join p.deficits d where d.id in :ids and p.stage <> :rejected",
                Long.class)
                .setParameter("ids", deficitIds)
                .setParameter("rejected", ProjectStage.REJECTED)
                .getResultList());
        List<Deficit> deficits = em.createQuery("select d from Deficit d where d.id in :ids", Deficit.class)
                .setParameter("ids", deficitIds).getResultList();
        for (Deficit deficit : deficits) {
            if (deficit.status == DeficitStatus.CLOSED) {
                continue;
            }
            DeficitStatus status = addressed.contains(deficit.id) ? DeficitStatus.ADDRESSED : DeficitStatus.OPEN;
            if (deficit.status != status) {
                deficit.status = status;
            }
        }
    }
}
