package ru.efs.portfolio.project;

/** What an expert recommends after assessing a project. */
public enum Recommendation {
    APPROVE,
    REVISE,
    REJECT
}
