package ru.efs.portfolio.influence;

import ru.efs.portfolio.influence.InfluenceMapDtos.EdgeItem;
import ru.efs.portfolio.influence.InfluenceMapDtos.EdgeRow;
import ru.efs.portfolio.common.FileFormatParam;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.deficit.DeficitService;
import ru.efs.portfolio.influence.InfluenceLinkDtos.InfluenceLinkDto;
import ru.efs.portfolio.influence.InfluenceLinkDtos.InfluenceLinkRequest;
import ru.efs.portfolio.influence.InfluenceMapDtos.InfluenceMap;
import ru.efs.portfolio.influence.InfluenceMapDtos.InfluenceMatrix;
import ru.efs.portfolio.influence.InfluenceMapDtos.MapEdge;
import ru.efs.portfolio.influence.InfluenceMapDtos.RegionInfluence;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/influence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Карта взаимного влияния / Map of mutual influence")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class InfluenceResource {

    static final String MAP_RULES = " Рёбра A → B: PRACTICE_USED — проект B использует практику A; DEFICIT_ADDRESSED — проект A "
            + "направлен на дефицит B; PARTNERSHIP — у проекта A есть субъект-партнёр в B; ADOPTION — B внедрил практику A; "
            + "DECLARED — заявленная связь A → B. Петель A → A нет. Вес ребра — сумма весов его элементов: использование "
            + "практики, дефицит и партнёр — по 1, внедрение — 2 при результате SUCCESSFUL, иначе 1, заявленная связь — её сила (1–3). "
            + "year: для PRACTICE_USED — год портфеля проекта B, для DEFICIT_ADDRESSED и PARTNERSHIP — год портфеля проекта A, "
            + "для ADOPTION — год внедрения; заявленные связи не имеют года и остаются всегда. federalDistrictCode оставляет рёбра, "
            + "оба конца которых в округе, и узлы округа. focusRegionCode оставляет рёбра, касающиеся региона, и его соседей. "
            + "Узлы — регионы, у которых есть дефициты, практики, портфели или рёбра (с фокусом — фокус и соседи). "
            + "/ Edges A → B: PRACTICE_USED — a project of B uses a practice of A; DEFICIT_ADDRESSED — a project of A addresses "
            + "a deficit of B; PARTNERSHIP — a project of A has a partner subject in B; ADOPTION — B adopted a practice of A; "
            + "DECLARED — a declared link A → B. Never A → A. An edge's weight is the sum of its items' weights: a practice "
            + "used, a deficit addressed and a partner count 1 each; an adoption 2 when SUCCESSFUL, else 1; a declared link "
            + "its strength (1–3). year: PRACTICE_USED by the year of B's project's portfolio, DEFICIT_ADDRESSED and "
            + "PARTNERSHIP by the year of A's project's portfolio, ADOPTION by the adoption year; declared links have no year "
            + "and always stay. federalDistrictCode keeps the edges with both ends in the district and the district's nodes. "
            + "focusRegionCode keeps the edges touching the region, and its neighbours. Nodes are the regions with any "
            + "deficit, practice, portfolio or edge (with a focus: the focus and its neighbours).";

    @Inject
    Exports exports;

    @Inject
    InfluenceLinkService links;

    @Inject
    InfluenceMapService maps;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/map")
    @Operation(summary = "Карта взаимного влияния / Map of mutual influence", description = "Регионы с показателями портфелей и направленные рёбра влияния с видами, весом, "
            + "числом элементов (itemCount) и не более чем itemsPerEdge самыми весомыми элементами; все элементы ребра — "
            + "GET /api/v1/influence/edges/{fromRegionCode}/{toRegionCode}. / Regions with their portfolio figures and directed "
            + "influence edges with kinds, weight, the number of items (itemCount) and at most itemsPerEdge of the heaviest items; "
            + "all of an edge's items come from GET /api/v1/influence/edges/{fromRegionCode}/{toRegionCode}." + MAP_RULES)
    public RestResponse<InfluenceMap> map(
            @BeanParam MapFilterParams filters,
            @BeanParam FileFormatParam file,
            @Parameter(description = "Сколько элементов показать у каждого ребра, 0–100 (по умолчанию 0: карта — сводка, элементы ребра отдаёт /influence/edges/{from}/{to}); itemCount и weight считают все / How many items each edge carries, 0–100 (0 by default: the map is a summary, an edge's items come from /influence/edges/{from}/{to}); itemCount and weight count all of them", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100")) @QueryParam("itemsPerEdge") String itemsPerEdge) {
        return exports.table(file.format, "edges",
                () -> maps.map(filters.toFilter(InfluenceMapService.parseItemsPerEdge(itemsPerEdge))),
                locale -> Exports.columns(EdgeRow.class), EdgeRow::of);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/edges/{fromRegionCode}/{toRegionCode}")
    @Operation(summary = "Ребро карты со всеми элементами / A map edge with all its items",
            description = "Ребро A → B с видами, весом и всеми объясняющими элементами (самые весомые первыми); фильтры year и kinds — как у карты. "
                    + "Пара регионов без элементов — ребро с весом 0 и без элементов; несуществующий регион — 404. "
                    + "/ The edge A → B with its kinds, weight and all the items that explain it (heaviest first); the year and kinds filters "
                    + "are the map's. A pair of regions with no items is an edge of weight 0 with no items; an unknown region is a 404. "
                    + "Виды и веса элементов — как на карте (GET /api/v1/influence/map). / Kinds and item weights are the map's (GET /api/v1/influence/map).")
    public RestResponse<MapEdge> edge(
            @Parameter(description = "Код региона A / Code of region A", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @PathParam("fromRegionCode") String fromRegionCode,
            @Parameter(description = "Код региона B / Code of region B", example = "22", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @PathParam("toRegionCode") String toRegionCode,
            @BeanParam EdgeFilterParams filters,
            @BeanParam FileFormatParam file) {
        return exports.table(file.format, "edge",
                () -> maps.edge(QueryParams.regionCodeInPath("fromRegionCode", fromRegionCode),
                        QueryParams.regionCodeInPath("toRegionCode", toRegionCode), filters.year(), filters.kinds()),
                locale -> Exports.columns(EdgeItem.class), MapEdge::items);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/matrix")
    @Operation(summary = "Матрица влияния регион × регион / Region × region influence matrix", description = "Те же фильтры и веса, что у карты; строки и столбцы — узлы карты по коду. / The same filters and weights as the map; rows and columns are the map's nodes by code." + MAP_RULES)
    public RestResponse<InfluenceMatrix> matrix(
            @BeanParam MapFilterParams filters,
            @BeanParam FileFormatParam file) {
        return exports.table(file.format, "matrix", () -> maps.matrix(filters.toFilter(0)), maps::matrixTable);
    }

    @GET
    @Path("/regions/{code}")
    @Operation(summary = "Влияние региона: что даёт, что получает, что не покрыто / A region's influence: gives, receives, uncovered",
            description = "gives — исходящие рёбра, receives — входящие (веса и фильтры year и kinds как у карты). uncoveredDeficits — открытые (OPEN) дефициты региона, "
                    + "на которые не направлен ни один проект (кроме отклонённых) и ни одна неархивная практика другого региона не имеет общей с ними категории; "
                    + "сначала самые острые. / gives are the outgoing edges, receives the incoming ones (weights and the year and kinds filters as on the map). "
                    + "uncoveredDeficits are the region's OPEN deficits that no project (rejected ones aside) addresses and that share no category "
                    + "with any non-archived practice of another region; most severe first.")
    public RegionInfluence region(
            @Parameter(description = "Код региона / Region code", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @PathParam("code") String code,
            @BeanParam EdgeFilterParams filters) {
        return maps.region(QueryParams.regionCodeInPath("code", code), filters.year(), filters.kinds());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/links")
    @Operation(summary = "Заявленные связи влияния / Declared influence links",
            description = "Фильтры по региону-источнику, региону-получателю и виду. / Filtered by source region, target region and kind.")
    public RestResponse<PageResponse<InfluenceLinkDto>> list(
            @Parameter(description = "Код региона-источника / Source region code", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("sourceRegionCode") String sourceRegionCode,
            @Parameter(description = "Код региона-получателя / Target region code", example = "22", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("targetRegionCode") String targetRegionCode,
            @Parameter(description = "Вид связи / Kind of link", example = "PRACTICE_TRANSFER", schema = @Schema(implementation = InfluenceKind.class)) @QueryParam("kind") String kind,
            @BeanParam PageParams paging) {
        return exports.page(paging, "links", InfluenceLinkDto.class, InfluenceLinkService.SORTABLE, "id,asc",
                page -> links.list(new InfluenceLinkService.Filter(QueryParams.regionCode("sourceRegionCode", sourceRegionCode),
                QueryParams.regionCode("targetRegionCode", targetRegionCode),
                QueryParams.enumValue("kind", kind, InfluenceKind.class)), page));
    }

    @GET
    @Path("/links/{id}")
    @Operation(summary = "Заявленная связь по идентификатору / Declared link by id")
    public RestResponse<InfluenceLinkDto> get(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return Versioned.ok(links.get(Ids.parse(id)));
    }

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Заявить связь влияния / Declare an influence link",
            description = "Администратор и эксперт — любую; координатор — только связь, у которой источник или получатель — его регион. "
                    + "Проект и практика источника — из региона-источника, проект и дефицит получателя — из региона-получателя. "
                    + "Практика источника — только опубликованная (подана на проверку, подтверждена или рекомендована), иначе 400. "
                    + "/ Administrators and experts any; a coordinator only a link whose source or target is their own region. "
                    + "The source project and practice belong to the source region, the target project and deficit to the target region. "
                    + "The source practice must be published (submitted, verified or recommended), else 400.")
    public RestResponse<InfluenceLinkDto> create(@Valid @NotNull InfluenceLinkRequest request) {
        InfluenceLinkDto created = links.create(request);
        return Versioned.created(URI.create("/api/v1/influence/links/" + created.id()), created);
    }

    @PUT
    @Path("/links/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить связь влияния / Update an influence link",
            description = "Требует If-Match с версией (или поле version); устаревшая версия — 412. Координатор — только связи своего региона (до и после изменения). "
                    + "/ Requires If-Match with the version (or the version field); a stale one answers 412. A coordinator only links of their own region (before and after).")
    public RestResponse<InfluenceLinkDto> update(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InfluenceLinkRequest request) {
        return Versioned.ok(links.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/links/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить связь влияния / Delete an influence link",
            description = "Требует If-Match с версией. / Requires If-Match with the version.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        links.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/links/{id}/history")
    @Operation(summary = "История изменений связи / Change history of a link")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return links.history(Ids.parse(id));
    }
}
