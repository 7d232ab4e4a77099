package ru.efs.portfolio.deficit;

/** How badly a deficit hurts the region's support system. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
