package ru.efs.portfolio.series;

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
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.common.Years;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.series.SeriesDtos.SeriesDto;
import ru.efs.portfolio.series.SeriesDtos.SeriesRequest;
import ru.efs.portfolio.series.SeriesDtos.SeriesSummary;

@Path("/api/v1/session-series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Серии сессий / Session series")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class SeriesResource {

    @Inject
    Exports exports;

    @Inject
    SeriesService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Серии стратегических сессий / Series of strategic sessions",
            description = "Серии с фильтрами по году, региону, ведущей организации и эксперту и поиском по названию. / Series filtered by year, region, lead organisation and expert, and by text in the title.")
    public RestResponse<PageResponse<SeriesSummary>> list(
            @Parameter(description = "Год / Year", example = "2023", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Код региона, который охватывает серия / Code of a region the series covers", example = "22", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Ведущая организация / Lead organisation", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("leadSubjectId") String leadSubjectId,
            @Parameter(description = "Ведущий эксперт / Lead expert", example = "7", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("leadPersonId") String leadPersonId,
            @Parameter(description = "Поиск по названию / Search by title", example = "АлтГПУ", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "series", SeriesSummary.class, SeriesService.SORTABLE, "year,desc",
                page -> service.list(new SeriesService.Filter(Years.parseFilter(year),
                QueryParams.regionCode("regionCode", regionCode), Ids.optional("leadSubjectId", leadSubjectId),
                Ids.optional("leadPersonId", leadPersonId), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Серия сессий по идентификатору / Session series by id")
    public RestResponse<SeriesDto> get(@Parameter(description = "Идентификатор / Identifier", example = "2") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Создать серию сессий / Create a session series",
            description = "Серии ведут администраторы и эксперты. / Administrators and experts keep series.")
    public RestResponse<SeriesDto> create(@Valid @NotNull SeriesRequest request) {
        SeriesDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/session-series/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Изменить серию сессий / Update a session series",
            description = "Требует If-Match с версией (или поле version); устаревшая версия — 412. / Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<SeriesDto> update(@Parameter(description = "Идентификатор / Identifier", example = "2") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SeriesRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Удалить серию сессий / Delete a session series",
            description = "409, если в серии есть сессии. / 409 when sessions belong to the series.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "2") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений серии / Change history of a series")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "2") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
