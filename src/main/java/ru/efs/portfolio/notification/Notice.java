package ru.efs.portfolio.notification;

import java.util.List;

/**
 * A notification as the feature that makes the change hands it over, in plain data: its kind, the object it is
 * about ({@code objectType} as the API names it, its id and the path the app opens), the region concerned and the
 * arguments of its title and text ({@code notification.<KIND>.title} / {@code .text}; a
 * {@link ru.efs.portfolio.common.Messages.Localizable} renders itself in each language).
 */
public record Notice(NotificationKind kind, String objectType, long objectId, String path, String regionCode,
        List<Object> args) {

    public static Notice of(NotificationKind kind, String objectType, long objectId, String path, String regionCode,
            Object... args) {
        return new Notice(kind, objectType, objectId, path, regionCode, java.util.Arrays.asList(args));
    }

    public static Notice aboutProject(NotificationKind kind, long projectId, String regionCode, Object... args) {
        return of(kind, "project", projectId, "/projects/" + projectId, regionCode, args);
    }

    public static Notice aboutPractice(NotificationKind kind, long practiceId, String regionCode, Object... args) {
        return of(kind, "practice", practiceId, "/practices/" + practiceId, regionCode, args);
    }
}
