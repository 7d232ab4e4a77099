package ru.efs.portfolio.common;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Optimistic concurrency: the version a writer saw must be the one stored, or the write is refused. */
public final class Versions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss 'UTC'");

    private Versions() {
    }

    /** What the 412 tells the caller about the newer version. */
    public record StaleDetails(long currentVersion, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** The version the caller expects: from {@code If-Match} ({@code "3"} or {@code W/"3"}), else the body's. */
    public static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "").trim();
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw Problem.invalid("If-Match", "validation.ifMatch");
            }
        }
        return bodyVersion;
    }

    /** Refuses the write with 428 when no version is given and 412 when the object changed since. */
    public static void check(AuditedEntity entity, Long expected) {
        if (expected == null) {
            throw Problem.preconditionRequired();
        }
        if (entity.version != expected) {
            String who = entity.updatedBy == null ? "—" : entity.updatedBy;
            String when = entity.updatedAt == null ? "—" : WHEN.format(entity.updatedAt);
            throw new Problem(412, "stale-version", "problem.stale", "problem.stale.detail",
                    new Object[] {who, when, String.valueOf(entity.version), String.valueOf(expected)}, null,
                    new StaleDetails(entity.version, entity.updatedBy, entity.updatedAt));
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
