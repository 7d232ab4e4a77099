package ru.efs.portfolio.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** The product's own settings; each is listed in README with its environment variable. */
@ConfigMapping(prefix = "efs")
public interface EfsConfig {

    /** Where the embedded database keeps its files ({@code EFS_DATA_DIR}). */
    String dataDir();

    /** Load the demo data at startup ({@code EFS_DEMO_DATA}). */
    boolean demoData();

    Admin admin();

    Auth auth();

    Http http();

    Recommendations recommendations();

    H2 h2();

    Imports imports();

    interface Admin {
        /** The first administrator's login ({@code EFS_ADMIN_USER}). */
        String user();

        /** Its password ({@code EFS_ADMIN_PASSWORD}); generated and logged once when absent. */
        Optional<String> password();
    }

    interface Auth {
        /** How long a verified identity is reused without checking the password hash again. */
        Duration identityCacheTtl();

        /** How many verified identities are kept at most. */
        int identityCacheSize();

        /** How long a browser session or bearer token lives. */
        Duration sessionTtl();

        /** Send the session cookie only over HTTPS. */
        boolean secureCookie();

        /** Growing delays after failed sign-ins ({@code efs.auth.throttle.*}, README "Защита от подбора"). */
        Throttle throttle();
    }

    interface Throttle {
        /** The delay after the first failure beyond a rule's free ones; each further failure doubles it. */
        Duration firstDelay();

        /** How long failures are remembered after the last one. */
        Duration window();

        /** Counters kept per rule at most; the least recently used go first. */
        int maxEntries();

        /** One account from one client address. */
        Rule pair();

        /** One account from all addresses together: looser and shorter, so nobody can lock a user out. */
        Rule account();

        /** One client address against all accounts (password spraying). */
        Rule address();
    }

    interface Rule {
        /** Failures allowed before the delays start. */
        int freeFailures();

        /** The longest delay. */
        Duration maxDelay();
    }

    /** The embedded database's upkeep ({@link EmbeddedDatabaseCompaction}). */
    interface H2 {
        /** How often the file is compacted while the service runs ({@code EFS_H2_COMPACTION_INTERVAL}); 0: never. */
        Duration compactionInterval();
    }

    /** The service's own HTTP limits, answered with a problem ({@link HttpLayerProblems}). */
    interface Http {
        /** The longest request address, path and query ({@code EFS_HTTP_MAX_URI_LENGTH}). */
        int maxUriLength();

        /** The most header bytes of one request ({@code EFS_HTTP_MAX_HEADER_SIZE}). */
        int maxHeaderSize();
    }

    /** Spreadsheet and CSV imports ({@code imports/ImportService}): what a file may hold, and for how long it runs. */
    interface Imports {
        /** The largest file taken ({@code EFS_IMPORT_MAX_FILE_SIZE}); the HTTP body limit is set above it. */
        MemorySize maxFileSize();

        /** The most data rows one file may hold ({@code EFS_IMPORT_MAX_ROWS}). */
        int maxRows();

        /** How long one import may write before it is given up, and nothing kept ({@code EFS_IMPORT_TIMEOUT}). */
        Duration timeout();
    }

    interface Recommendations {
        /** How many deficits' rankings are kept at most ({@code EFS_KEPT_RANKINGS}); each holds 250 ids and scores. */
        int keptRankings();
    }
}
