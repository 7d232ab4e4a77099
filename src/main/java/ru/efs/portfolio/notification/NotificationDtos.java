package ru.efs.portfolio.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of one's notifications. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "Уведомление о чужом изменении, касающемся пользователя / A notice of another's change that concerns the user")
    public record NotificationDto(
            @Schema(description = "Идентификатор / Identifier", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) long id,
            @Schema(description = "О чём уведомление / What it tells", example = "PROJECT_REVISION", required = true) NotificationKind kind,
            @Schema(description = "Заголовок на языке Accept-Language / Title in the language of Accept-Language", example = "Проект «Партнерское наставничество» возвращён на доработку", maxLength = 500, required = true) String title,
            @Schema(description = "Текст на языке Accept-Language / Text in the language of Accept-Language", example = "Эксперт expert-t: уточните целевые показатели", maxLength = 4000, nullable = true) String text,
            @Schema(description = "Тип объекта / Object type", example = "project", enumeration = {"project", "practice"}, required = true) String objectType,
            @Schema(description = "Идентификатор объекта / Object id", example = "8", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) long objectId,
            @Schema(description = "Путь объекта в приложении / Path of the object in the app", example = "/projects/8", maxLength = 200, required = true) String path,
            @Schema(description = "Код региона, которого касается / Code of the region concerned", example = "27", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Кто сделал изменение / Who made the change", example = "expert-t", maxLength = 64, nullable = true) String actor,
            @Schema(description = "Создано / Created at", example = "2023-12-07T10:15:00Z", required = true) OffsetDateTime createdAt,
            @Schema(description = "Прочитано / Read at", example = "2023-12-07T11:40:00Z", nullable = true) OffsetDateTime readAt) {

        static NotificationDto from(Notification n, Locale locale) {
            return new NotificationDto(n.id, n.kind, n.title(locale), n.text(locale), n.objectType, n.objectId,
                    n.objectPath, n.regionCode, n.actor, n.createdAt, n.readAt);
        }
    }

    @Schema(name = "NotificationPage", description = "Страница уведомлений, новые первыми, и число непрочитанных / A page of notifications, newest first, and the unread count")
    public record NotificationPage(
            @Schema(description = "Элементы страницы / Items of the page", maxItems = 100, required = true) List<NotificationDto> items,
            @Schema(description = "Номер страницы с нуля / Zero-based page number", example = "0", minimum = "0", maximum = "2147483647", format = "int32", required = true) int page,
            @Schema(description = "Размер страницы / Page size", example = "20", minimum = "1", maximum = "100", format = "int32", required = true) int size,
            @Schema(description = "Всего элементов / Total items", example = "123", minimum = "0", maximum = "9223372036854775807", format = "int64", required = true) long totalItems,
            @Schema(description = "Всего страниц / Total pages", example = "7", minimum = "0", maximum = "2147483647", format = "int32", required = true) int totalPages,
            @Schema(description = "Непрочитанных всего / Unread in all", example = "3", minimum = "0", maximum = "9223372036854775807", format = "int64", required = true) long unreadCount) {
    }

    @Schema(name = "UnreadCount", description = "Число непрочитанных уведомлений / Number of unread notifications")
    public record UnreadCount(
            @Schema(description = "Непрочитанных / Unread", example = "3", minimum = "0", maximum = "9223372036854775807", format = "int64", required = true) long unreadCount) {
    }

    @Schema(name = "ReadAllResult", description = "Сколько уведомлений отмечено прочитанными / How many notifications were marked read")
    public record ReadAllResult(
            @Schema(description = "Отмечено / Marked", example = "3", minimum = "0", maximum = "2147483647", format = "int32", required = true) int marked) {
    }
}
