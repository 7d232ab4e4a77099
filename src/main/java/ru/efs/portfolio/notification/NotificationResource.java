package ru.efs.portfolio.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.notification.NotificationDtos.NotificationDto;
import ru.efs.portfolio.notification.NotificationDtos.NotificationPage;
import ru.efs.portfolio.notification.NotificationDtos.ReadAllResult;
import ru.efs.portfolio.notification.NotificationDtos.UnreadCount;
import ru.efs.portfolio.security.Role;

/** One's own notifications: every signed-in user has theirs and sees nobody else's. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Уведомления / Notifications")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class NotificationResource {

    @Inject
    NotificationService service;

    @GET
    @Operation(summary = "Мои уведомления / My notifications",
            description = "Уведомления вызывающего, новые первыми (sort=createdAt,asc — старые первыми), и число непрочитанных. / The caller's notifications, newest first (sort=createdAt,asc: oldest first), and the unread count.")
    public NotificationPage list(@BeanParam PageParams paging,
            @Parameter(description = "Только непрочитанные / Unread only", example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unread") String unread,
            @Parameter(description = "Язык текстов / Language of the texts", example = "ru") @HeaderParam("Accept-Language") String language) {
        QueryParams.oneOf("format", paging.format, FileFormat.JSON);
        return service.list(paging.toRequest(NotificationService.SORTABLE, "createdAt,desc"),
                QueryParams.bool("unread", unread), Messages.resolve(language));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Число моих непрочитанных уведомлений / Number of my unread notifications")
    public UnreadCount unreadCount() {
        return new UnreadCount(service.unreadCount());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Отметить уведомление прочитанным / Mark a notification read",
            description = "Только своё; чужое или несуществующее — 404. Повторная отметка сохраняет первое время прочтения. / Only one's own; another's or a missing one answers 404. Marking again keeps the first time it was read.")
    public NotificationDto read(
            @Parameter(description = "Идентификатор уведомления / Notification id", example = "12") @PathParam("id") String id,
            @Parameter(description = "Язык текстов / Language of the texts", example = "ru") @HeaderParam("Accept-Language") String language) {
        return service.read(Ids.parse(id), Messages.resolve(language));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Отметить все мои уведомления прочитанными / Mark all my notifications read")
    public ReadAllResult readAll() {
        return new ReadAllResult(service.readAll());
    }
}
