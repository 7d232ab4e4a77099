package ru.efs.portfolio.security;

import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Enums;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.security.UserDtos.UserDto;
import ru.efs.portfolio.security.UserDtos.UserRequest;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Пользователи / Users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    @Inject
    Exports exports;

    @Inject
    UserService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Пользователи (только администратор) / Users (administrators only)")
    public RestResponse<PageResponse<UserDto>> list(
            @Parameter(description = "Роль / Role", example = "REGIONAL_COORDINATOR", schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
            @Parameter(description = "Регион / Region", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Поиск по логину, ФИО, почте / Search by login, name, email", example = "иванова", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "users", UserDto.class, UserService.SORTABLE, "username,asc",
                page -> service.list(Enums.parse("role", role, Role.class), QueryParams.regionCode("regionCode", regionCode),
                QueryParams.q(q), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Пользователь по идентификатору / User by id")
    public RestResponse<UserDto> get(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Создать пользователя / Create a user",
            description = "Пароль хранится как bcrypt-хэш. Координатору нужен регион. / The password is stored as a bcrypt hash. A coordinator needs a region.")
    public RestResponse<UserDto> create(@Valid @NotNull UserRequest request) {
        UserDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/users/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Изменить пользователя / Update a user",
            description = "Смена пароля, роли, региона или отключение действуют с первого же запроса. / A new password, role, region or disabling takes effect on the very next request.")
    public RestResponse<UserDto> update(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Удалить пользователя / Delete a user")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений пользователя / Change history of a user")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
