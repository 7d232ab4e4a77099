package ru.efs.portfolio.subject;

/** The level of the ЕФС a subject works at. */
public enum SubjectLevel {
    FEDERAL,
    REGIONAL,
    MUNICIPAL,
    SCHOOL
}
