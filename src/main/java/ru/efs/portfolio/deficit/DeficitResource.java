package ru.efs.portfolio.deficit;

import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.RegionScopeParams;
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
import ru.efs.portfolio.common.export.ExportFile;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitDto;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitRequest;
import ru.efs.portfolio.deficit.DeficitDtos.DeficitSummary;
import ru.efs.portfolio.deficit.DeficitDtos.TransitionRequest;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/deficits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Дефициты / Deficits")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class DeficitResource {

    @Inject
    DeficitService service;

    @Inject
    Exports exports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Дефициты / Deficits",
            description = "Дефициты регионов и субъектов ЕФС с фильтрами, поиском, страницами и сортировкой (по умолчанию updatedAt,desc). / Deficits of regions and ЕФС subjects with filters, search, paging and sorting (updatedAt,desc by default).")
    public RestResponse<PageResponse<DeficitSummary>> list(
            @BeanParam RegionScopeParams scope,
            @Parameter(description = "Код категории; код группы отбирает и её категории / Category code; a group code matches its categories too", example = "personnel", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @QueryParam("categoryCode") String categoryCode,
            @Parameter(description = "Статус / Status", example = "OPEN", schema = @Schema(implementation = DeficitStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Острота / Severity", example = "HIGH", schema = @Schema(implementation = Severity.class)) @QueryParam("severity") String severity,
            @Parameter(description = "Год: год стратегической сессии, выявившей дефицит, а если сессии нет — год его внесения / Year: the year of the strategic session that identified the deficit, or, without a session, the year it was recorded", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Стратегическая сессия / Strategic session", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("sessionId") String sessionId,
            @Parameter(description = "Субъект ЕФС / ЕФС subject", example = "12", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Поиск по названию и описанию / Search by title and description", example = "наставничество", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        DeficitService.Filter filter = new DeficitService.Filter(scope.regionCode(), scope.federalDistrictCode(),
                QueryParams.categoryCode("categoryCode", categoryCode),
                Enums.parse("status", status, DeficitStatus.class), Enums.parse("severity", severity, Severity.class),
                Years.parseFilter(year), Ids.optional("sessionId", sessionId),
                Ids.optional("subjectId", subjectId), QueryParams.q(q));
        return exports.page(paging, "deficits", DeficitSummary.class, DeficitService.SORTABLE,
                DeficitService.DEFAULT_SORT, page -> service.list(filter, page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Дефицит по идентификатору / Deficit by id",
            description = "Полностью: категории, субъект, сессия, проекты, направленные на его устранение, и чем он закрыт. / In full: categories, subject, session, the projects that address it and what closed it.")
    public RestResponse<DeficitDto> get(@Parameter(description = "Идентификатор / Identifier", example = "41") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Внести дефицит / Record a deficit",
            description = "Новый дефицит открыт (OPEN). Координатор вносит дефициты только своего региона. / A new deficit is OPEN. A coordinator records deficits of their own region only.")
    public RestResponse<DeficitDto> create(@Valid @NotNull DeficitRequest request) {
        DeficitDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/deficits/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить дефицит / Update a deficit",
            description = "Статус так не меняется (см. /transitions). Координатор — только дефициты своего региона и только в своём регионе. Требует If-Match с версией (или поле version); устаревшая версия — 412. / The status does not change here (see /transitions). A coordinator edits only their own region's deficits and keeps them there. Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<DeficitDto> update(@Parameter(description = "Идентификатор / Identifier", example = "41") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DeficitRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Закрыть или снова открыть дефицит / Close or reopen a deficit",
            description = "CLOSED: нужны обоснование (comment) и то, что закрыло дефицит — его проект (closedByProjectId) и/или практика с общей категорией (closedByPracticeId; практика другого региона — только опубликованная). OPEN: снова открыть закрытый; статус затем следует за проектами (может стать ADDRESSED). Иные переходы — 409. Требует If-Match. / CLOSED needs a reason (comment) and what closed it: one of its projects (closedByProjectId) and/or a practice sharing a category (closedByPracticeId; another region's only when published). OPEN reopens a closed deficit; its status then follows its projects (it may become ADDRESSED). Other transitions answer 409. Requires If-Match.")
    public RestResponse<DeficitDto> transition(@Parameter(description = "Идентификатор / Identifier", example = "41") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Versioned.ok(service.transition(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить дефицит / Delete a deficit",
            description = "409, если на устранение дефицита направлены проекты. / 409 when projects address the deficit.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "41") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений дефицита / Change history of a deficit",
            description = "Включая смены статуса, которые следуют за проектами. / Including status changes when a project starts or stops addressing it.")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "41") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
