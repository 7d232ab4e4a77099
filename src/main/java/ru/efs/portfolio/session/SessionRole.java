package ru.efs.portfolio.session;

/** The role a person plays at a session. */
public enum SessionRole {
    LEAD_EXPERT,
    EXPERT,
    MODERATOR,
    SPEAKER,
    PARTICIPANT
}
