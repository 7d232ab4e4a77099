package ru.efs.portfolio.category;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.category.CategoryDtos.CategoryDto;
import ru.efs.portfolio.category.CategoryDtos.CategoryRequest;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Категории / Categories")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class CategoryResource {

    @Inject
    Exports exports;

    @Inject
    CategoryService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Классификатор категорий / The category taxonomy",
            description = "Группы и категории одним плоским списком (у категории есть parentCode), по умолчанию в порядке sortOrder; с parentCode — только категории этой группы. / Groups and categories as one flat list (a category has a parentCode), by sortOrder by default; with parentCode, only that group's categories.")
    public RestResponse<PageResponse<CategoryDto>> list(
            @Parameter(description = "Код группы / Group code", example = "personnel", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Поиск по коду и названиям / Search by code and names", example = "наставничество", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "categories", CategoryDto.class, CategoryService.SORTABLE, CategoryService.DEFAULT_SORT,
                page -> service.list(QueryParams.categoryCode("parentCode", parentCode), QueryParams.q(q), page));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Категория по коду / Category by code")
    public RestResponse<CategoryDto> get(@Parameter(description = "Код категории / Category code", example = "mentoring", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @PathParam("code") String code) {
        return Versioned.ok(service.get(QueryParams.categoryCodeInPath("code", code)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Создать категорию / Create a category",
            description = "Только администратор. Уровней два: parentCode — группа верхнего уровня. / Administrators only. Two levels: parentCode is a top-level group.")
    public RestResponse<CategoryDto> create(@Valid @NotNull CategoryRequest request) {
        CategoryDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/categories/" + created.code()), created);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Изменить категорию / Update a category",
            description = "Только администратор; код не меняется. Требует If-Match с версией (или поле version); устаревшая версия — 412. / Administrators only; the code never changes. Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<CategoryDto> update(@Parameter(description = "Код категории / Category code", example = "mentoring", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CategoryRequest request) {
        return Versioned.ok(service.update(QueryParams.categoryCodeInPath("code", code), request,
                Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Удалить категорию / Delete a category",
            description = "Только администратор. 409, если категорией отмечены дефициты или практики или в группе есть категории. / Administrators only. 409 when deficits or practices carry the category or the group has categories.")
    public void delete(@Parameter(description = "Код категории / Category code", example = "mentoring", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(QueryParams.categoryCodeInPath("code", code), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "История изменений категории / Change history of a category")
    public List<HistoryEntry> history(@Parameter(description = "Код категории / Category code", example = "mentoring", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @PathParam("code") String code) {
        return service.history(QueryParams.categoryCodeInPath("code", code));
    }
}
