package ru.efs.portfolio.subject;

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
import ru.efs.portfolio.common.RegionScopeParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.subject.SubjectDtos.SubjectDto;
import ru.efs.portfolio.subject.SubjectDtos.SubjectRequest;
import ru.efs.portfolio.subject.SubjectDtos.SubjectSummary;

@Path("/api/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Субъекты ЕФС / ЕФС subjects")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class SubjectResource {

    @Inject
    Exports exports;

    @Inject
    SubjectService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Субъекты ЕФС / ЕФС subjects",
            description = "Организации ЕФС с фильтрами по региону, округу, типу, уровню и поиском. / ЕФС organisations filtered by region, district, type, level and text.")
    public RestResponse<PageResponse<SubjectSummary>> list(
            @BeanParam RegionScopeParams scope,
            @Parameter(description = "Тип субъекта / Subject type", example = "CNPPM", schema = @Schema(implementation = SubjectType.class)) @QueryParam("type") String type,
            @Parameter(description = "Уровень / Level", example = "REGIONAL", schema = @Schema(implementation = SubjectLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "Родительская организация / Parent organisation", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("parentId") String parentId,
            @Parameter(description = "Поиск по названию / Search by name", example = "институт развития образования", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "subjects", SubjectSummary.class, SubjectService.SORTABLE, "name,asc",
                page -> service.list(new SubjectService.Filter(scope.regionCode(), scope.federalDistrictCode(),
                Enums.parse("type", type, SubjectType.class), Enums.parse("level", level, SubjectLevel.class),
                Ids.optional("parentId", parentId), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Субъект ЕФС по идентификатору / ЕФС subject by id")
    public RestResponse<SubjectDto> get(@Parameter(description = "Идентификатор / Identifier", example = "12") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Создать субъект ЕФС / Create an ЕФС subject",
            description = "Координатор может создать субъект только своего региона и не федерального уровня (тип федерального уровня — 403 с полем type). / A coordinator may create subjects of their own region only, and none of the federal level (a federal-level type is a 403 naming the field type).")
    public RestResponse<SubjectDto> create(@Valid @NotNull SubjectRequest request) {
        SubjectDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/subjects/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить субъект ЕФС / Update an ЕФС subject",
            description = "Координатор изменяет только субъекты своего региона не федерального уровня и не делает их федеральными (403 с полем type). Требует If-Match с версией (или поле version); устаревшая версия — 412. / A coordinator changes only their region's subjects below the federal level and cannot make them federal (403 naming the field type). Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<SubjectDto> update(@Parameter(description = "Идентификатор / Identifier", example = "12") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SubjectRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить субъект ЕФС / Delete an ЕФС subject",
            description = "409, если от субъекта зависят люди, сессии или другие организации. / 409 when people, sessions or other organisations depend on it.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "12") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений субъекта / Change history of a subject")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "12") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
