package ru.efs.portfolio.common;

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
    }

    /** The service's own HTTP limits, answered with a problem ({@link HttpLayerProblems}). */
    interface Http {
        /** The longest request address, path and query ({@code EFS_HTTP_MAX_URI_LENGTH}). */
        int maxUriLength();

        /** The most header bytes of one request ({@code EFS_HTTP_MAX_HEADER_SIZE}). */
        int maxHeaderSize();
    }
}
