package ru.efs.portfolio.portfolio;

import java.util.EnumSet;
import java.util.Set;

/** draft → formed → approved; a formed portfolio may go back to draft. */
public enum PortfolioStatus {
    DRAFT,
    FORMED,
    APPROVED;

    public Set<PortfolioStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(FORMED);
            case FORMED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.noneOf(PortfolioStatus.class);
        };
    }

    public boolean canMoveTo(PortfolioStatus target) {
        return next().contains(target);
    }
}
