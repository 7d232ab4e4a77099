package ru.efs.portfolio.practice;

/** Where the take-up of a practice by another region stands. */
public enum AdoptionOutcome {
    PLANNED,
    IN_PROGRESS,
    SUCCESSFUL,
    UNSUCCESSFUL
}
