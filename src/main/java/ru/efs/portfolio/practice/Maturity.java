package ru.efs.portfolio.practice;

/** How established a practice is. */
public enum Maturity {
    EMERGING,
    ESTABLISHED,
    SUSTAINABLE
}
