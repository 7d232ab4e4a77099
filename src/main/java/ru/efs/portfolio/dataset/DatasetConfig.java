package ru.efs.portfolio.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The national dataset settings; listed in README with their environment variables. */
@ConfigMapping(prefix = "efs.national-data")
public interface DatasetConfig {

    /** Generate the national dataset at startup at this scale ({@code EFS_NATIONAL_DATA}, 1.0 = national); off when empty. */
    Optional<Double> scale();

    /** The seed of its random choices ({@code EFS_NATIONAL_DATA_SEED}): the same seed gives the same data. */
    @WithDefault("20231207")
    long seed();
}
