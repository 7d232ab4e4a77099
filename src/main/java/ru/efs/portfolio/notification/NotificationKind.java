package ru.efs.portfolio.notification;

/** What a notification tells; each kind has its title and text in {@code i18n/notifications}. */
public enum NotificationKind {
    /** An expert returned the region's project for revision (with the expert's comment). */
    PROJECT_REVISION,
    /** An expert assessed the region's project. */
    PROJECT_ASSESSED,
    /** The region's project moved through the pre-defence and defence stages. */
    PROJECT_STAGE,
    /** A project entered the experts' queue: it is ready for pre-defence or defence. */
    PROJECT_QUEUED,
    /** A project of another region started using the region's practice. */
    PRACTICE_BORROWED,
    /** Another region adopted the region's practice. */
    PRACTICE_ADOPTED,
    /** Another region declared an influence link from the region's practice. */
    PRACTICE_LINKED,
    /** An expert verified the region's practice. */
    PRACTICE_VERIFIED,
    /** An expert made a remark on the region's project. */
    REMARK_CREATED,
    /** The region's coordinator answered one's remark. */
    REMARK_ANSWERED
}
