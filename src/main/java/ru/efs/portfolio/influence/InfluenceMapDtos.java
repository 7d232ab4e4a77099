package ru.efs.portfolio.influence;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.KeptJson;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.practice.AdoptionOutcome;

/** The API shapes of the influence map, its matrix and one region's view of it. */
public final class InfluenceMapDtos {

    private InfluenceMapDtos() {
    }

    @KeptJson.Keepable
    @Schema(name = "InfluenceMap", description = "Карта взаимного влияния портфелей регионов / Map of mutual influence of regions' portfolios")
    public record InfluenceMap(
            @Schema(description = "Регионы — узлы карты, по коду / Regions as nodes, by code", maxItems = 89) List<MapNode> nodes,
            @Schema(description = "Направленные рёбра A → B, по коду A, затем B / Directed edges A → B, by A's code, then B's", maxItems = 7832) List<MapEdge> edges) {
    }

    @Schema(name = "InfluenceMapNode", description = "Регион на карте с показателями портфеля / Region on the map with its portfolio figures")
    public record MapNode(
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String name,
            @Schema(description = "Код федерального округа / Federal district code", example = "FEFD", maxLength = 8, nullable = true) String federalDistrictCode,
            @Schema(description = "Показатели портфеля / Portfolio figures") NodeFigures figures) {
    }

    @Schema(name = "InfluenceNodeFigures", description = "Показатели региона; дефициты и практики — все, проекты — портфеля выбранного года (или всех лет) / A region's figures; deficits and practices are all of them, projects those of the chosen year's portfolio (or of all years)")
    public record NodeFigures(
            @Schema(description = "Открытые дефициты / Open deficits", example = "4", format = "int64", minimum = "0", maximum = "9223372036854775807") long openDeficits,
            @Schema(description = "Дефициты в работе / Deficits being addressed", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long addressedDeficits,
            @Schema(description = "Закрытые дефициты / Closed deficits", example = "1", format = "int64", minimum = "0", maximum = "9223372036854775807") long closedDeficits,
            @Schema(description = "Практики, кроме архивных / Practices, archived ones excepted", example = "5", format = "int64", minimum = "0", maximum = "9223372036854775807") long practices,
            @Schema(description = "Практики, рекомендованные к тиражированию / Practices recommended for replication", example = "2", format = "int64", minimum = "0", maximum = "9223372036854775807") long recommendedPractices,
            @Schema(description = "Проекты (портфеля выбранного года) / Projects (of the chosen year's portfolio)", example = "5", format = "int64", minimum = "0", maximum = "9223372036854775807") long projects,
            @Schema(description = "Годы портфелей региона / Years of the region's portfolios", example = "[2023]", maxItems = 101) List<Integer> portfolioYears) {
    }

    @KeptJson.Keepable
    @Schema(name = "InfluenceMapEdge", description = "Ребро A → B: портфель A влияет на портфель B / Edge A → B: A's portfolio influences B's")
    public record MapEdge(
            @Schema(description = "Код региона A / Code of region A", example = "27", maxLength = 2) String fromRegionCode,
            @Schema(description = "Код региона B / Code of region B", example = "22", maxLength = 2) String toRegionCode,
            @Schema(description = "Виды связи ребра / Kinds of the edge", maxItems = 5) List<EdgeKind> kinds,
            @Schema(description = "Вес: сумма весов всех элементов (0 — у пары регионов без элементов) / Weight: the sum of all its items' weights (0 for a pair of regions with no items)", example = "5", format = "int32", minimum = "0", maximum = "2147483647") int weight,
            @Schema(description = "Число всех элементов ребра / Number of all the edge's items", example = "4", format = "int32", minimum = "0", maximum = "2147483647") int itemCount,
            @Schema(description = "Вес и число элементов по каждому виду ребра, в порядке kinds / Weight and number of items of each of the edge's kinds, in the order of kinds", maxItems = 5) List<KindWeight> kindWeights,
            @Schema(description = "Элементы, объясняющие ребро: самые весомые первыми, затем по виду и идентификатору; на карте — не больше itemsPerEdge, все — в GET /api/v1/influence/edges/{fromRegionCode}/{toRegionCode} / Items that explain the edge: heaviest first, then by kind and id; on the map at most itemsPerEdge, all of them from GET /api/v1/influence/edges/{fromRegionCode}/{toRegionCode}", maxItems = 100000) List<EdgeItem> items) {

        /** The same edge with at most {@code limit} of its items; {@code itemCount} still counts all of them. */
        MapEdge limited(int limit) {
            return items.size() <= limit ? this
                    : new MapEdge(fromRegionCode, toRegionCode, kinds, weight, itemCount, kindWeights,
                            List.copyOf(items.subList(0, limit)));
        }
    }

    @Schema(name = "InfluenceKindWeight", description = "Доля одного вида в ребре / The share of one kind in an edge")
    public record KindWeight(
            @Schema(description = "Вид / Kind", example = "PRACTICE_USED") EdgeKind kind,
            @Schema(description = "Сумма весов элементов этого вида / Sum of this kind's item weights", example = "3", format = "int32", minimum = "1", maximum = "2147483647") int weight,
            @Schema(description = "Число элементов этого вида / Number of this kind's items", example = "2", format = "int32", minimum = "1", maximum = "2147483647") int itemCount) {
    }

    /** An edge as a row of an exported table, with both regions' names. */
    public record EdgeRow(
            @Schema(description = "Код региона A / Code of region A") String fromRegionCode,
            @Schema(description = "Регион A / Region A") String fromRegionName,
            @Schema(description = "Код региона B / Code of region B") String toRegionCode,
            @Schema(description = "Регион B / Region B") String toRegionName,
            @Schema(description = "Виды связи / Kinds") List<EdgeKind> kinds,
            @Schema(description = "Вес / Weight") int weight,
            @Schema(description = "Число элементов / Number of items") int itemCount) {

        static List<EdgeRow> of(InfluenceMap map) {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            map.nodes().forEach(node -> names.put(node.regionCode(), node.name()));
            return map.edges().stream().map(e -> new EdgeRow(e.fromRegionCode(), names.get(e.fromRegionCode()),
                    e.toRegionCode(), names.get(e.toRegionCode()), e.kinds(), e.weight(), e.itemCount())).toList();
        }
    }

    @Schema(name = "InfluenceEdgeItem", description = "Одна причина ребра / One reason for an edge")
    public record EdgeItem(
            @Schema(description = "Вид / Kind", example = "PRACTICE_USED") EdgeKind kind,
            @Schema(description = "Вес элемента / Weight of the item", example = "1", format = "int32", minimum = "1", maximum = "3") int weight,
            @Schema(description = "Проект (B — для PRACTICE_USED и ADOPTION, A — для прочих) / Project (B's for PRACTICE_USED and ADOPTION, A's otherwise)", example = "15", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long projectId,
            @Schema(description = "Название проекта / Project title", example = "Партнерское наставничество", maxLength = 500, nullable = true) String projectTitle,
            @Schema(description = "Практика региона A / Practice of region A", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long practiceId,
            @Schema(description = "Название практики / Practice title", example = "Школа молодого педагога", maxLength = 500, nullable = true) String practiceTitle,
            @Schema(description = "Дефицит региона B / Deficit of region B", example = "9", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long deficitId,
            @Schema(description = "Название дефицита / Deficit title", example = "Отток молодых педагогов в первые три года работы", maxLength = 500, nullable = true) String deficitTitle,
            @Schema(description = "Субъект-партнёр в регионе B / Partner subject in region B", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Название субъекта / Subject name", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", maxLength = 500, nullable = true) String subjectName,
            @Schema(description = "Внедрение практики / Adoption", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long adoptionId,
            @Schema(description = "Результат внедрения / Adoption outcome", example = "SUCCESSFUL", nullable = true) AdoptionOutcome adoptionOutcome,
            @Schema(description = "Заявленная связь / Declared link", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long linkId,
            @Schema(description = "Вид заявленной связи / Kind of the declared link", example = "PRACTICE_TRANSFER", nullable = true) InfluenceKind linkKind,
            @Schema(description = "Проект региона B в заявленной связи / Region B's project of the declared link", example = "21", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long targetProjectId,
            @Schema(description = "Название проекта региона B / Title of region B's project", example = "Молодым всегда у нас дорога!", maxLength = 500, nullable = true) String targetProjectTitle,
            @Schema(description = "Пояснение заявленной связи / Note of the declared link", example = "Обмен наставниками", maxLength = 2000, nullable = true) String note) {
    }

    @Schema(name = "InfluenceMatrix", description = "Матрица влияния регион × регион / Region × region influence matrix")
    public record InfluenceMatrix(
            @Schema(description = "Коды регионов — строки и столбцы, по порядку / Region codes of the rows and columns, in order", example = "[\"22\", \"27\"]", maxItems = 89) List<String> regionCodes,
            @Schema(description = "weights[i][j] — вес ребра regionCodes[i] → regionCodes[j], 0 без ребра / weights[i][j] is the weight of the edge regionCodes[i] → regionCodes[j], 0 without one", example = "[[0, 0], [3, 0]]", maxItems = 89) List<List<Integer>> weights) {
    }

    @Schema(name = "RegionInfluence", description = "Влияние одного региона: что он даёт, что получает и что у него не покрыто / One region's influence: what it gives, receives and what is still uncovered")
    public record RegionInfluence(
            @Schema(description = "Регион с показателями / The region with its figures") MapNode region,
            @Schema(description = "Исходящие рёбра / Outgoing edges", maxItems = 88) List<MapEdge> gives,
            @Schema(description = "Входящие рёбра / Incoming edges", maxItems = 88) List<MapEdge> receives,
            @Schema(description = "Открытые дефициты, которые ничто не покрывает / Open deficits nothing covers", maxItems = 100000) List<UncoveredDeficit> uncoveredDeficits) {
    }

    @Schema(name = "UncoveredDeficit", description = "Открытый дефицит без проекта и без практики другого региона той же категории / Open deficit with no project and no other region's practice of a shared category")
    public record UncoveredDeficit(
            @Schema(description = "Идентификатор / Identifier", example = "9", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Отток молодых педагогов в первые три года работы", maxLength = 500) String title,
            @Schema(description = "Острота / Severity", example = "HIGH") Severity severity,
            @Schema(description = "Категории / Categories", example = "[\"mentoring\"]", maxItems = 100) List<String> categoryCodes) {
    }
}
