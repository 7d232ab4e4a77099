package ru.efs.portfolio.session;

import java.util.EnumSet;
import java.util.Set;

/** planned → held → post-session support → completed; a planned session may be cancelled. */
public enum SessionStatus {
    PLANNED,
    HELD,
    POST_SESSION_SUPPORT,
    COMPLETED,
    CANCELLED;

    /** The statuses a session may move to from this one. */
    public Set<SessionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(HELD, CANCELLED);
            case HELD -> EnumSet.of(POST_SESSION_SUPPORT, COMPLETED);
            case POST_SESSION_SUPPORT -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return next().contains(target);
    }
}
