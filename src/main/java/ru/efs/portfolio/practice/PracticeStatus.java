package ru.efs.portfolio.practice;

import java.util.EnumSet;
import java.util.Set;

/** draft → submitted → verified (by an expert) → recommended for replication (by an administrator); archived. */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    RECOMMENDED,
    ARCHIVED;

    public Set<PracticeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, ARCHIVED);
            case SUBMITTED -> EnumSet.of(VERIFIED, DRAFT, ARCHIVED);
            case VERIFIED -> EnumSet.of(RECOMMENDED, ARCHIVED);
            case RECOMMENDED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    /**
     * Published: put forward for others, so another region may borrow it. A draft is not; nor is an archived
     * practice, retired by its region (links made before it was archived stay).
     */
    public boolean isPublished() {
        return this == SUBMITTED || this == VERIFIED || this == RECOMMENDED;
    }

    public boolean canMoveTo(PracticeStatus target) {
        return next().contains(target);
    }
}
