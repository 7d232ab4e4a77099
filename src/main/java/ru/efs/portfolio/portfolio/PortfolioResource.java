package ru.efs.portfolio.portfolio;

import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Enums;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.document.DocumentRequest;
import ru.efs.portfolio.document.PdfFile;
import ru.efs.portfolio.document.PortfolioReport;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioDto;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioRequest;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioSummary;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioTransitionRequest;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/portfolios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Портфели регионов / Regional portfolios")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class PortfolioResource {

    @Inject
    Exports exports;

    @Inject
    PortfolioService service;

    @Inject
    PortfolioReport report;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Портфели регионов / Regional portfolios",
            description = "Портфели с фильтрами по региону, округу, году и статусу; у каждого — число проектов. / Portfolios filtered by region, district, year and status; each with its number of projects.")
    public RestResponse<PageResponse<PortfolioSummary>> list(
            @BeanParam RegionScopeParams scope,
            @Parameter(description = "Год (2000–2100) / Year (2000–2100)", example = "2023", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Статус / Status", example = "FORMED", schema = @Schema(implementation = PortfolioStatus.class)) @QueryParam("status") String status,
            @BeanParam PageParams paging) {
        return exports.page(paging, "portfolios", PortfolioSummary.class, PortfolioService.SORTABLE, PortfolioService.DEFAULT_SORT,
                page -> service.list(new PortfolioService.Filter(scope.regionCode(), scope.federalDistrictCode(),
                Years.parseFilter(year), Enums.parse("status", status, PortfolioStatus.class)), page));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, PdfFile.MEDIA_TYPE})
    @Operation(summary = "Портфель региона по идентификатору / Regional portfolio by id",
            description = "С координирующим субъектом, описанием и числом проектов на каждом этапе. "
                    + "С Accept: application/pdf или ?format=pdf — портфель региона за год в PDF (A4, на языке "
                    + "Accept-Language): проекты по этапам, покрытые и открытые дефициты, практики, переданные другим "
                    + "регионам и полученные от них, влияние с другими регионами; файлом (Content-Disposition). / "
                    + "With the coordinating subject, the summary and the number of projects at each stage. With "
                    + "Accept: application/pdf or ?format=pdf, the region's portfolio of the year as a PDF (A4, in the "
                    + "language of Accept-Language): projects by stage, deficits covered and open, practices given to "
                    + "and received from other regions, influence with other regions; as a file (Content-Disposition).")
    @APIResponse(responseCode = "200",
            description = "Портфель; в PDF — его отчёт для защиты / The portfolio; as PDF, its report for the defence",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "Только у PDF: имя файла / PDF only: the file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000,
                            pattern = PdfFile.DISPOSITION_PATTERN)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioDto.class)),
                @Content(mediaType = PdfFile.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = PdfFile.MAX_BYTES))})
    public Response get(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @BeanParam DocumentRequest document) {
        long portfolioId = Ids.parse(id);
        return document.pdf() ? report.file(portfolioId, document.locale()).response()
                : Versioned.ok(service.get(portfolioId)).toResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Создать портфель региона / Create a regional portfolio",
            description = "Один портфель на регион и год (повтор — 409). Координатор — только для своего региона. / One portfolio per region and year (a second one is a 409). A coordinator creates only their own region's.")
    public RestResponse<PortfolioDto> create(@Valid @NotNull PortfolioRequest request) {
        PortfolioDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/portfolios/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить портфель региона / Update a regional portfolio",
            description = "Регион не меняется; утверждённый портфель не изменяется (409). Требует If-Match с версией (или поле version); устаревшая версия — 412. / The region is fixed; an approved portfolio cannot change (409). Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<PortfolioDto> update(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PortfolioRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Перевести портфель в другой статус / Move a portfolio to another status",
            description = "DRAFT → FORMED; FORMED → DRAFT или APPROVED (утверждает только администратор, иначе 403). Другие переходы — 409. Требует If-Match (или поле version). / DRAFT → FORMED; FORMED → DRAFT or APPROVED (only an administrator approves, else 403). Any other is a 409. Requires If-Match (or the version field).")
    public RestResponse<PortfolioDto> transition(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PortfolioTransitionRequest request) {
        return Versioned.ok(service.transition(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить портфель региона / Delete a regional portfolio",
            description = "409, если в портфеле есть проекты. Требует If-Match. / 409 when the portfolio has projects. Requires If-Match.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений портфеля / Change history of a portfolio")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
