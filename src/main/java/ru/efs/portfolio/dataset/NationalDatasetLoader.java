package ru.efs.portfolio.dataset;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.ChangeFeed;

/**
 * Generates {@link NationalDataset} at startup when {@code efs.national-data.scale} is set, once per database: a
 * database that holds a generated dataset already is left as it is. Runs after the demo data and before the search
 * index check, which then finds the index behind the database and rebuilds it.
 */
@ApplicationScoped
public class NationalDatasetLoader {

    private static final Logger LOG = Logger.getLogger(NationalDatasetLoader.class);

    @Inject
    DatasetConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeFeed changes;

    void onStart(@Observes @Priority(25) StartupEvent event) throws SQLException {
        if (config.scale().isEmpty()) {
            return;
        }
        double scale = config.scale().get();
        try (Connection connection = dataSource.getConnection()) {
            if (NationalDataset.present(connection)) {
                LOG.infof("Национальный набор данных уже загружен. / The national dataset is loaded already.");
                return;
            }
            long started = System.nanoTime();
            NationalDataset.Counts counts = NationalDataset.generate(connection, scale, config.seed());
            changes.changedAll(); // written past Hibernate: nothing kept before it is right any more
            LOG.infof("Национальный набор данных (масштаб %s): субъектов %d, людей %d, сессий %d, дефицитов %d, "
                    + "практик %d, портфелей %d, проектов %d, внедрений %d, заявленных связей %d; строк %d за %d мс. "
                    + "/ National dataset (scale %s): %d rows in %d ms.", scale, counts.subjects(), counts.people(),
                    counts.sessions(), counts.deficits(), counts.practices(), counts.portfolios(), counts.projects(),
                    counts.adoptions(), counts.links(), counts.rows(), (System.nanoTime() - started) / 1_000_000,
                    scale, counts.rows(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
