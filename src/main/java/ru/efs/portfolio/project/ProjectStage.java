package ru.efs.portfolio.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * proposed → refinement (post-session) → pre-defence → defence → approved → implementation → completed.
 * Pre-defence and defence may return a project for revision (which leads back to pre-defence); a project may be
 * put on hold (and resumed where it was) or rejected.
 */
public enum ProjectStage {
    PROPOSED,
    REFINEMENT,
    PRE_DEFENSE,
    DEFENSE,
    APPROVED,
    IMPLEMENTATION,
    COMPLETED,
    REVISION,
    ON_HOLD,
    REJECTED;

    /** The stages reachable from this one; ON_HOLD also returns to the stage it interrupted. */
    public Set<ProjectStage> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(REFINEMENT, ON_HOLD, REJECTED);
            case REFINEMENT -> EnumSet.of(PRE_DEFENSE, ON_HOLD, REJECTED);
            case PRE_DEFENSE -> EnumSet.of(DEFENSE, REVISION, REJECTED);
            case DEFENSE -> EnumSet.of(APPROVED, REVISION, REJECTED);
            case REVISION -> EnumSet.of(PRE_DEFENSE, ON_HOLD, REJECTED);
            case APPROVED -> EnumSet.of(IMPLEMENTATION, ON_HOLD);
            case IMPLEMENTATION -> EnumSet.of(COMPLETED, ON_HOLD);
            case ON_HOLD -> EnumSet.of(REJECTED);
            case COMPLETED, REJECTED -> EnumSet.noneOf(ProjectStage.class);
        };
    }

    /** Stages at which experts assess a project. */
    public boolean isAssessed() {
        return this == PRE_DEFENSE || this == DEFENSE;
    }

    /** A live project is one that may still change something: everything but rejected. */
    public boolean isLive() {
        return this != REJECTED;
    }
}
