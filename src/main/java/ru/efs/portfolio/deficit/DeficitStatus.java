package ru.efs.portfolio.deficit;

/** open → being addressed (while a live project addresses it) → closed (by a coordinator, naming what closed it). */
public enum DeficitStatus {
    OPEN,
    ADDRESSED,
    CLOSED
}
