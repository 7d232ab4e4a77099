package ru.efs.portfolio.session;

/** The scale of a strategic session. */
public enum SessionFormat {
    REGIONAL,
    INTERREGIONAL,
    ALL_RUSSIAN
}
