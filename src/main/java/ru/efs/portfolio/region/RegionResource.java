package ru.efs.portfolio.region;

import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.region.RegionDtos.FederalDistrictDto;
import ru.efs.portfolio.region.RegionDtos.RegionDto;
import ru.efs.portfolio.security.Role;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Регионы / Regions")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class RegionResource {

    @Inject
    Exports exports;

    @Inject
    RegionService service;

    @GET
    @Path("/federal-districts")
    @Operation(summary = "Федеральные округа / Federal districts",
            description = "Все восемь федеральных округов с числом регионов. / All eight federal districts with their region counts.")
    public List<FederalDistrictDto> districts() {
        return service.districts();
    }

    @GET
    @Path("/federal-districts/{code}")
    @Operation(summary = "Федеральный округ по коду / Federal district by code")
    public FederalDistrictDto district(
            @Parameter(description = "Код округа / District code", example = "FEFD",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @PathParam("code") String code) {
        return service.district(QueryParams.districtCodeInPath("code", code));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/regions")
    @Operation(summary = "Регионы (субъекты РФ) / Regions",
            description = "Список 89 регионов с фильтром по федеральному округу и поиском по названию. / The 89 regions, filtered by federal district and searched by name.")
    public RestResponse<PageResponse<RegionDto>> list(
            @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD", schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Поиск по названию или коду / Search by name or code", example = "Хабаровск", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "regions", RegionDto.class, RegionService.SORTABLE, "code,asc",
                page -> service.list(QueryParams.districtCode("federalDistrictCode", federalDistrictCode), QueryParams.q(q), page));
    }

    @GET
    @Path("/regions/{code}")
    @Operation(summary = "Регион по коду / Region by code")
    public RegionDto get(@Parameter(description = "Двузначный код региона / Two-digit region code", example = "27",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @PathParam("code") String code) {
        return service.get(QueryParams.regionCodeInPath("code", code));
    }
}
