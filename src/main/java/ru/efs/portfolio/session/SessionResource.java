package ru.efs.portfolio.session;

import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Years;
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
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Enums;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.session.SessionDtos.SessionDto;
import ru.efs.portfolio.session.SessionDtos.SessionRequest;
import ru.efs.portfolio.session.SessionDtos.SessionSummary;
import ru.efs.portfolio.session.SessionDtos.TransitionRequest;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Стратегические сессии / Strategic sessions")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class SessionResource {

    @Inject
    Exports exports;

    @Inject
    SessionService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Стратегические сессии / Strategic sessions",
            description = "Сессии с фильтрами по региону (проведения или участия), округу региона проведения, формату, статусу, году начала, серии и поиском по названию и городу; по умолчанию новые сверху. / Sessions filtered by region (host or participating), the host region's district, format, status, start year, series and text in the title or city; newest first by default.")
    public RestResponse<PageResponse<SessionSummary>> list(
            @Parameter(description = "Код региона: регион проведения или регион-участник / Region code: host or participating region", example = "27",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Код федерального округа региона проведения / Federal district code of the host region", example = "FEFD",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Формат сессии / Session format", example = "REGIONAL", schema = @Schema(implementation = SessionFormat.class)) @QueryParam("sessionFormat") String sessionFormat,
            @Parameter(description = "Статус / Status", example = "HELD", schema = @Schema(implementation = SessionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Год начала, 2000–2100 / Start year, 2000–2100", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Серия сессий / Session series", example = "2",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = "9223372036854775807")) @QueryParam("seriesId") String seriesId,
            @Parameter(description = "Поиск по названию и городу / Search in the title and city", example = "Хабаровск", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "sessions", SessionSummary.class, SessionService.SORTABLE, SessionService.DEFAULT_SORT,
                page -> service.list(new SessionService.Filter(QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("federalDistrictCode", federalDistrictCode),
                Enums.parse("sessionFormat", sessionFormat, SessionFormat.class), Enums.parse("status", status, SessionStatus.class),
                Years.parseFilter(year), Ids.optional("seriesId", seriesId), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Стратегическая сессия по идентификатору / Strategic session by id")
    public RestResponse<SessionDto> get(@Parameter(description = "Идентификатор / Identifier", example = "6") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Создать стратегическую сессию / Create a strategic session",
            description = "Администратор и эксперт — любую сессию, координатор — только проводимую в своём регионе. Статус по умолчанию PLANNED; прошедшую сессию можно сразу записать как HELD, POST_SESSION_SUPPORT или COMPLETED. / Administrators and experts create any session, a coordinator only one hosted in their own region. The status defaults to PLANNED; a past session may be recorded as HELD, POST_SESSION_SUPPORT or COMPLETED.")
    public RestResponse<SessionDto> create(@Valid @NotNull SessionRequest request) {
        SessionDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/sessions/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить стратегическую сессию / Update a strategic session",
            description = "Меняет все поля, кроме статуса (статус — через /transitions; другой статус в теле — 400). Требует If-Match с версией (или поле version); устаревшая версия — 412. / Changes every field but the status (use /transitions; a different status in the body is a 400). Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<SessionDto> update(@Parameter(description = "Идентификатор / Identifier", example = "6") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SessionRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Перевести сессию в другой статус / Move a session to another status",
            description = "PLANNED → HELD (не раньше даты начала) или CANCELLED; HELD → POST_SESSION_SUPPORT или COMPLETED; POST_SESSION_SUPPORT → COMPLETED. Другие переходы — 409. Требует If-Match (или поле version); отвечает сессией с новым ETag. / PLANNED → HELD (not before the start date) or CANCELLED; HELD → POST_SESSION_SUPPORT or COMPLETED; POST_SESSION_SUPPORT → COMPLETED. Any other is a 409. Requires If-Match (or the version field); answers the session with its new ETag.")
    public RestResponse<SessionDto> transition(@Parameter(description = "Идентификатор / Identifier", example = "6") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Versioned.ok(service.transition(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить стратегическую сессию / Delete a strategic session",
            description = "Требует If-Match. Координатор — только сессии своего региона. / Requires If-Match. A coordinator deletes only sessions hosted in their own region.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "6") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений сессии / Change history of a session",
            description = "Каждое изменение, включая смену статуса: кто, когда, что было и что стало. / Every change, status changes included: who, when, what it was and what it became.")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "6") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
