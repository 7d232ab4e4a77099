package ru.efs.portfolio.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * After start, in one background thread, lets the parts that keep data in memory read it ({@link Part}), so that
 * the service is ready without waiting for them and the first requests find them filled. A part asked before its
 * turn reads its data then, as it would without this.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    /** A part that reads what it keeps on its first use; {@link #warmUp()} does that first use. */
    public interface Part {
        void warmUp();
    }

    @Inject
    Instance<Part> parts;

    void onStart(@Observes @Priority(40) StartupEvent event) {
        Thread thread = new Thread(() -> parts.forEach(part -> {
            try {
                part.warmUp();
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s was not filled after start; its first request fills it", part.getClass().getName());
            }
        }), "efs-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
