package ru.efs.portfolio.search;

import io.smallrye.config.ConfigMapping;

/** The search settings; listed in README with their environment variables. */
@ConfigMapping(prefix = "efs.search")
public interface SearchConfig {

    /** Where the Lucene index lives ({@code EFS_SEARCH_DIR}, by default {@code $EFS_DATA_DIR/search}); {@code memory} keeps it in memory. */
    String directory();
}
