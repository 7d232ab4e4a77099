package ru.efs.portfolio.influence;

/** What a declared influence link says about two regions' portfolios. */
public enum InfluenceKind {
    PRACTICE_TRANSFER,
    DEFICIT_CLOSURE,
    PARTNERSHIP,
    SYNERGY,
    CONFLICT
}
