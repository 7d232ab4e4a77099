package ru.efs.portfolio.influence;

/** Why an edge A → B of the influence map exists; an edge may have several kinds. */
public enum EdgeKind {
    /** A project of B uses a practice of A. */
    PRACTICE_USED,
    /** A project of A addresses a deficit of B. */
    DEFICIT_ADDRESSED,
    /** A project of A has a partner subject in B. */
    PARTNERSHIP,
    /** B adopted a practice of A. */
    ADOPTION,
    /** A declared influence link from A to B. */
    DECLARED
}
