package ru.efs.portfolio.remark;

/** A remark is open until its author (or an administrator) finds it resolved; it may be reopened. */
public enum RemarkStatus {
    OPEN,
    RESOLVED
}
