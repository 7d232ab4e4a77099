package ru.efs.portfolio.remark;

/** The part of a project's passport a remark is about, named after the project's fields; none: the whole passport. */
public enum RemarkPart {
    TITLE,
    GOAL,
    DESCRIPTION,
    EXPECTED_RESULTS,
    INDICATORS,
    DATES,
    LEAD_SUBJECT,
    PARTNERS,
    DEFICITS,
    PRACTICES,
    SESSION,
    CURATOR
}
