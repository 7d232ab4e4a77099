package ru.efs.portfolio.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search settings; listed in README with their environment variables. */
@ConfigMapping(prefix = "efs.search")
public interface SearchConfig {

    /** Where the Lucene index lives ({@code EFS_SEARCH_DIR}, by default {@code $EFS_DATA_DIR/search}); {@code memory} keeps it in memory. */
    String directory();

    /**
     * Whether the startup check of the index against the database runs in the background
     * ({@code EFS_SEARCH_CHECK_IN_BACKGROUND}, default true) or before the service is ready.
     */
    @WithDefault("true")
    boolean checkInBackground();
}
