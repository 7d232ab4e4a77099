package ru.efs.portfolio.analytics;

import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.analytics.AnalyticsDtos.Funnel;
import ru.efs.portfolio.analytics.AnalyticsDtos.MonthCount;
import ru.efs.portfolio.analytics.AnalyticsDtos.Overview;
import ru.efs.portfolio.analytics.AnalyticsDtos.RegionCoverage;
import ru.efs.portfolio.analytics.AnalyticsDtos.RegionProjects;
import ru.efs.portfolio.analytics.AnalyticsDtos.UncoveredCategory;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.RegionScopeParams;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Аналитика / Analytics")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class AnalyticsResource {

    @Inject
    Exports exports;

    @Inject
    AnalyticsService service;

    @GET
    @Path("/uncovered-deficits")
    @Operation(summary = "Непокрытые дефициты по категориям / Uncovered deficits by category",
            description = "Открытые дефициты, на которые не направлен ни один живой проект и ни с одной практикой другого региона (поданной, подтверждённой или рекомендованной) нет общей категории; по категориям, больше всего первыми; в каждой — до 20 дефицитов, острые первыми. Дефицит с двумя категориями входит в обе группы. / Open deficits that no live project addresses and with which no practice of another region (submitted, verified or recommended) shares a category; by category, largest first; up to 20 deficits each, most severe first. A deficit with two categories is in both groups.")
    public List<UncoveredCategory> uncoveredDeficits(
            @BeanParam RegionScopeParams scope,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return service.uncoveredDeficits(scope(scope), Messages.resolve(acceptLanguage));
    }

    @GET
    @Path("/overview")
    @Operation(summary = "Сводка по стране или округу / Overview of the country or a district",
            description = "Регионы с портфелями, дефициты по статусам, практики по статусам, проекты по этапам, число сессий (кроме отменённых). / Regions with portfolios, deficits by status, practices by status, projects by stage, the number of sessions (not cancelled).")
    public Overview overview(
            @Parameter(description = "Код федерального округа; пусто — вся страна / Federal district code; empty for the whole country", example = "FEFD",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode) {
        return service.overview(districtScope(federalDistrictCode));
    }

    @GET
    @Path("/districts")
    @Operation(summary = "Сводка по федеральным округам / Overview per federal district",
            description = "Те же показатели, что в сводке, для каждого из восьми федеральных округов. / The overview's figures for each of the eight federal districts.")
    public List<Overview> districts() {
        return service.districts();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/coverage")
    @Operation(summary = "Покрытие дефицитов по регионам / Deficit coverage per region",
            description = "Для каждого региона: дефициты, сколько из них в работе у проектов или закрыты, доля покрытия, практики и проекты. Сортировка: regionCode (по умолчанию), regionName, coverage, deficits. / Per region: deficits, how many are addressed or closed, the covered share, practices and projects. Sort: regionCode (default), regionName, coverage, deficits.")
    public RestResponse<PageResponse<RegionCoverage>> coverage(
            @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @BeanParam PageParams paging) {
        return exports.page(paging, "coverage", RegionCoverage.class, AnalyticsService.COVERAGE_SORTABLE, AnalyticsService.COVERAGE_DEFAULT_SORT,
                page -> service.coverage(districtScope(federalDistrictCode), page));
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "Воронка проектов по этапам / Project stage funnel",
            description = "Проекты на каждом этапе сейчас и сколько когда-либо достигли этапа (по истории этапов), в порядке этапов. Год — год портфеля. / Projects at each stage now and how many ever reached it (from the stage history), in stage order. The year is the portfolio's.")
    public Funnel funnel(
            @Parameter(description = "Год портфеля / Portfolio year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @BeanParam RegionScopeParams scope) {
        return service.funnel(QueryParams.year("year", year), scope(scope));
    }

    @GET
    @Path("/projects-by-region")
    @Operation(summary = "Проекты по регионам / Projects per region",
            description = "Число проектов каждого региона, у которого они есть, на одном этапе или на всех; год — год портфеля. Одним запросом для карты России, сколько бы проектов ни было. / The number of projects of every region that has any, at one stage or at all of them; the year is the portfolio's. One answer for the map of Russia, however many projects there are.")
    public List<RegionProjects> projectsByRegion(
            @Parameter(description = "Этап; пусто — все этапы / Stage; empty for every stage", example = "PRE_DEFENSE",
                    schema = @Schema(implementation = ProjectStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Год портфеля / Portfolio year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @BeanParam RegionScopeParams scope) {
        return service.projectsByRegion(QueryParams.enumValue("stage", stage, ProjectStage.class),
                QueryParams.year("year", year), scope(scope));
    }

    @GET
    @Path("/sessions-per-month")
    @Operation(summary = "Стратегические сессии по месяцам / Strategic sessions per month",
            description = "Число сессий (кроме отменённых) по месяцу начала, каждый месяц диапазона, пустые — нулём. По умолчанию — последние 12 месяцев; диапазон не больше 120 месяцев. / Sessions (not cancelled) by the month they start, every month of the range, empty ones as 0. The last 12 months by default; at most 120 months.")
    public List<MonthCount> sessionsPerMonth(
            @Parameter(description = "Первый месяц ГГГГ-ММ / First month YYYY-MM", example = "2023-01",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = QueryParams.MONTH_PATTERN)) @QueryParam("from") String from,
            @Parameter(description = "Последний месяц ГГГГ-ММ / Last month YYYY-MM", example = "2023-12",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = QueryParams.MONTH_PATTERN)) @QueryParam("to") String to,
            @Parameter(description = "Код федерального округа региона проведения / Federal district of the host region", example = "FEFD",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Код региона проведения, две цифры / Host region code, two digits", example = "27",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode) {
        return service.sessionsPerMonth(QueryParams.month("from", from, null), QueryParams.month("to", to, null),
                new AnalyticsService.Scope(QueryParams.districtCode("federalDistrictCode", federalDistrictCode),
                        QueryParams.regionCode("regionCode", regionCode)));
    }

    private static AnalyticsService.Scope scope(RegionScopeParams params) {
        return new AnalyticsService.Scope(params.federalDistrictCode(), params.regionCode());
    }

    private static AnalyticsService.Scope districtScope(String federalDistrictCode) {
        return new AnalyticsService.Scope(QueryParams.districtCode("federalDistrictCode", federalDistrictCode), null);
    }
}
