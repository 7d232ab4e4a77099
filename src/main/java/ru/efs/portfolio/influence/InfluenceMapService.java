package ru.efs.portfolio.influence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.efs.portfolio.common.KeptAnswers;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.export.Column;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.influence.InfluenceMapDtos.EdgeItem;
import ru.efs.portfolio.influence.InfluenceRows.Row;
import ru.efs.portfolio.influence.InfluenceMapDtos.InfluenceMap;
import ru.efs.portfolio.influence.InfluenceMapDtos.InfluenceMatrix;
import ru.efs.portfolio.influence.InfluenceMapDtos.KindWeight;
import ru.efs.portfolio.influence.InfluenceMapDtos.MapEdge;
import ru.efs.portfolio.influence.InfluenceMapDtos.MapNode;
import ru.efs.portfolio.influence.InfluenceMapDtos.NodeFigures;
import ru.efs.portfolio.influence.InfluenceMapDtos.RegionInfluence;
import ru.efs.portfolio.influence.InfluenceMapDtos.UncoveredDeficit;
import ru.efs.portfolio.region.FederalDistrict;

/**
 * The map of mutual influence, drawn from the items and counts {@link InfluenceRows} keeps in step with the data:
 * a map, an edge or a region's view filters and groups them in memory and reads no link table. A drawn map is kept
 * while they stay the same.
 *
 * <p>Weight of an edge = the sum of its items: a project using a practice, a project addressing a deficit and a
 * partner subject count 1 each; an adoption counts 2 when SUCCESSFUL, 1 otherwise; a declared link counts its strength.
 */
@ApplicationScoped
public class InfluenceMapService {

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    @Inject
    InfluenceRows rows;

    @Inject
    ru.efs.portfolio.region.RegionService regions;

    /** Items an edge of the map carries when the caller does not say. */
    public static final int DEFAULT_ITEMS_PER_EDGE = 0;
    /** Items an edge of the map carries at most; all of them are read edge by edge. */
    public static final int MAX_ITEMS_PER_EDGE = 100;

    /**
     * The map's filters; {@code kinds} empty means every kind. {@code itemsPerEdge} caps the items each edge carries
     * ({@code itemCount} and {@code weight} still count all of them); null keeps every item.
     */
    public record Filter(Integer year, String federalDistrictCode, Set<EdgeKind> kinds, String focusRegionCode,
            Integer itemsPerEdge) {
    }

    /** A single pair of regions the edge queries are narrowed to. */
    private record Pair(String from, String to) {
    }

    private record RegionInfo(String code, String name, String districtCode) {
    }

    /** Maps already drawn, per checked filter, while the items and counts they show are the same. */
    private final KeptAnswers<Filter, InfluenceMap> drawn = new KeptAnswers<>(256);

    static final List<String> REGION_TABLES = List.of("region", "federal_district");

    private final KeptAnswers<String, Map<String, RegionInfo>> regionsRead = new KeptAnswers<>(1);

    /** Whole edges already grouped, per pair and filter, like the maps. */
    private final KeptAnswers<EdgeQuestion, MapEdge> edgesRead = new KeptAnswers<>(1024);

    private record EdgeQuestion(Filter filter, Pair pair) {
    }

    /**
     * The map for the filter. A national map reads tens of thousands of link rows, so a drawn map is kept and
     * answered again (its JSON written once) while nothing it was drawn from has changed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InfluenceMap map(Filter filter) {
        Map<String, RegionInfo> regions = regions();
        Filter checked = check(filter, regions);
        InfluenceRows.Snapshot snapshot = rows.snapshot();
        return drawn.get(checked, version(snapshot), () -> draw(snapshot, checked, regions));
    }

    /** Moves on with the items and counts, and with the regions. */
    private long version(InfluenceRows.Snapshot snapshot) {
        return snapshot.generation() + changes.version(REGION_TABLES);
    }

    private InfluenceMap draw(InfluenceRows.Snapshot snapshot, Filter checked, Map<String, RegionInfo> regions) {
        List<MapEdge> edges = edges(snapshot.rows(), checked, regions, null);
        Map<String, NodeFigures> figures = figures(snapshot.counts(), checked.year());
        Set<String> codes = new TreeSet<>();
        if (checked.focusRegionCode() != null) {
            codes.add(checked.focusRegionCode());
        } else {
            for (Map.Entry<String, NodeFigures> entry : figures.entrySet()) {
                if (inDistrict(regions.get(entry.getKey()), checked.federalDistrictCode())) {
                    codes.add(entry.getKey());
                }
            }
        }
        for (MapEdge edge : edges) {
            codes.add(edge.fromRegionCode());
            codes.add(edge.toRegionCode());
        }
        List<MapNode> nodes = codes.stream().map(code -> node(regions.get(code), figures.get(code))).toList();
        return new InfluenceMap(nodes, edges);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InfluenceMatrix matrix(Filter filter) {
        InfluenceMap map = map(new Filter(filter.year(), filter.federalDistrictCode(), filter.kinds(),
                filter.focusRegionCode(), 0));
        List<String> codes = map.nodes().stream().map(MapNode::regionCode).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        int[][] cells = new int[codes.size()][codes.size()];
        for (MapEdge edge : map.edges()) {
            cells[index.get(edge.fromRegionCode())][index.get(edge.toRegionCode())] = edge.weight();
        }
        List<List<Integer>> weights = new ArrayList<>();
        for (int[] row : cells) {
            weights.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new InfluenceMatrix(codes, weights);
    }

    /** What a region gives and receives (with the map's year and kinds filters) and its uncovered deficits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionInfluence region(String code, Integer year, Set<EdgeKind> kinds) {
        Map<String, RegionInfo> regions = regions();
        RegionInfo region = regions.get(code);
        if (region == null) {
            throw Problem.notFound("region.notFound", code);
        }
        Filter filter = check(new Filter(year, null, kinds, code, null), regions);
        InfluenceRows.Snapshot snapshot = rows.snapshot();
        List<MapEdge> edges = edges(snapshot.rows(), filter, regions, null);
        NodeFigures figures = figures(snapshot.counts(), year).get(code);
        return new RegionInfluence(node(region, figures),
                edges.stream().filter(e -> e.fromRegionCode().equals(code)).toList(),
                edges.stream().filter(e -> e.toRegionCode().equals(code)).toList(),
                uncovered(code));
    }

    /**
     * The region's OPEN deficits that no project (of any region, in any stage but REJECTED) addresses and that share
     * no category with a practice (not archived) of another region. Most severe first, then by id.
     */
    List<UncoveredDeficit> uncovered(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, d.title, d.severity, dc.category_code from deficit d "
                        + "left join deficit_category dc on dc.deficit_id = d.id "
                        + "where d.region_code = ?1 and d.status = 'OPEN' "
                        + "and not exists (select 1 from project_deficit pd join project p on p.id = pd.project_id "
                        + "where pd.deficit_id = d.id and p.stage <> 'REJECTED') "
                        + "and not exists (select 1 from deficit_category c join practice_category pc "
                        + "on pc.category_code = c.category_code join practice pr on pr.id = pc.practice_id "
                        + "where c.deficit_id = d.id and pr.region_code <> d.region_code and pr.status <> 'ARCHIVED') "
                        + "order by d.id, dc.category_code")
                .setParameter(1, code).getResultList();
        Map<Long, UncoveredDeficit> deficits = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            UncoveredDeficit deficit = deficits.computeIfAbsent(id, key -> new UncoveredDeficit(key, (String) row[1],
                    Severity.valueOf((String) row[2]), new ArrayList<>()));
            if (row[3] != null) {
                deficit.categoryCodes().add((String) row[3]);
            }
        }
        return deficits.values().stream()
                .sorted(Comparator.comparing((UncoveredDeficit d) -> d.severity().ordinal()).reversed()
                        .thenComparing(UncoveredDeficit::id))
                .map(d -> new UncoveredDeficit(d.id(), d.title(), d.severity(), List.copyOf(d.categoryCodes())))
                .toList();
    }

    private Filter check(Filter filter, Map<String, RegionInfo> regions) {
        String district = filter.federalDistrictCode() == null || filter.federalDistrictCode().isBlank() ? null
                : filter.federalDistrictCode().trim().toUpperCase();
        if (district != null && FederalDistrict.findById(district) == null) {
            throw Problem.invalid("federalDistrictCode", "validation.unknownFederalDistrict", district);
        }
        String focus = filter.focusRegionCode() == null || filter.focusRegionCode().isBlank() ? null
                : filter.focusRegionCode().trim();
        if (focus != null && !regions.containsKey(focus)) {
            throw Problem.invalid("focusRegionCode", "validation.unknownRegion", focus);
        }
        Set<EdgeKind> kinds = filter.kinds() == null || filter.kinds().isEmpty() ? EnumSet.allOf(EdgeKind.class)
                : EnumSet.copyOf(filter.kinds());
        Integer itemsPerEdge = filter.itemsPerEdge();
        if (itemsPerEdge != null && (itemsPerEdge < 0 || itemsPerEdge > MAX_ITEMS_PER_EDGE)) {
            throw Problem.invalid("itemsPerEdge", "validation.range", 0, MAX_ITEMS_PER_EDGE);
        }
        return new Filter(filter.year(), district, kinds, focus, itemsPerEdge);
    }

    /** An {@code itemsPerEdge} query parameter: absent is the default; anything but a whole number in 0–100 is a 400. */
    public static int parseItemsPerEdge(String value) {
        return QueryParams.integer("itemsPerEdge", value, DEFAULT_ITEMS_PER_EDGE, 0, MAX_ITEMS_PER_EDGE);
    }

    /**
     * The whole edge from → to with every item, read with the edge queries narrowed to the pair (never the national
     * map) and kept like the map. A pair with no items is an edge of weight 0 with no items, so that a client may ask for any pair.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MapEdge edge(String fromRegionCode, String toRegionCode, Integer year, Set<EdgeKind> kinds) {
        Map<String, RegionInfo> regions = regions();
        for (String code : List.of(fromRegionCode, toRegionCode)) {
            if (!regions.containsKey(code)) {
                throw Problem.notFound("region.notFound", code);
            }
        }
        Filter filter = check(new Filter(year, null, kinds, null, null), regions);
        Pair pair = new Pair(fromRegionCode, toRegionCode);
        InfluenceRows.Snapshot snapshot = rows.snapshot();
        return edgesRead.get(new EdgeQuestion(filter, pair), version(snapshot), () -> {
            List<MapEdge> edges = edges(snapshot.rows(), filter, regions, pair);
            return edges.isEmpty() ? new MapEdge(fromRegionCode, toRegionCode, List.of(), 0, 0, List.of(), List.of())
                    : edges.get(0);
        });
    }

    private static List<MapEdge> edges(List<Row> all, Filter filter, Map<String, RegionInfo> regions, Pair pair) {
        List<Row> rows = new ArrayList<>();
        for (Row row : all) {
            if (filter.kinds().contains(row.item().kind())
                    && (filter.year() == null || row.year() == null || filter.year().equals(row.year()))
                    && (filter.focusRegionCode() == null || filter.focusRegionCode().equals(row.from())
                            || filter.focusRegionCode().equals(row.to()))
                    && (pair == null || pair.from().equals(row.from()) && pair.to().equals(row.to()))) {
                rows.add(row);
            }
        }
        Map<String, List<Row>> byPair = new TreeMap<>();
        for (Row row : rows) {
            if (row.from().equals(row.to())) {
                continue; // never a self-edge, whatever the query returned
            }
            if (filter.federalDistrictCode() != null && !(inDistrict(regions.get(row.from()), filter.federalDistrictCode())
                    && inDistrict(regions.get(row.to()), filter.federalDistrictCode()))) {
                continue;
            }
            byPair.computeIfAbsent(row.from() + ">" + row.to(), key -> new ArrayList<>()).add(row);
        }
        List<MapEdge> edges = new ArrayList<>();
        // the heaviest items first, so that the few a map edge carries are the ones that explain it best
        Comparator<EdgeItem> order = Comparator.comparing((EdgeItem i) -> -i.weight())
                .thenComparing(i -> i.kind().ordinal())
                .thenComparing(i -> firstNonNull(i.linkId(), i.adoptionId(), i.projectId()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> firstNonNull(i.practiceId(), i.deficitId(), i.subjectId()), Comparator.nullsLast(Comparator.naturalOrder()));
        for (List<Row> group : byPair.values()) {
            List<EdgeItem> items = group.stream().map(Row::item).sorted(order).toList();
            int[] weights = new int[EdgeKind.values().length];
            int[] counts = new int[weights.length];
            int weight = 0;
            for (EdgeItem item : items) {
                weights[item.kind().ordinal()] += item.weight();
                counts[item.kind().ordinal()]++;
                weight += item.weight();
            }
            List<EdgeKind> kinds = new ArrayList<>();
            List<KindWeight> kindWeights = new ArrayList<>();
            for (EdgeKind kind : EdgeKind.values()) {
                if (counts[kind.ordinal()] > 0) {
                    kinds.add(kind);
                    kindWeights.add(new KindWeight(kind, weights[kind.ordinal()], counts[kind.ordinal()]));
                }
            }
            MapEdge edge = new MapEdge(group.get(0).from(), group.get(0).to(), List.copyOf(kinds), weight, items.size(),
                    List.copyOf(kindWeights), items);
            edges.add(filter.itemsPerEdge() == null ? edge : edge.limited(filter.itemsPerEdge()));
        }
        return edges;
    }

    private static Long firstNonNull(Long... values) {
        for (Long value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The regions and their districts, which every map and edge request checks its filter against. */
    private Map<String, RegionInfo> regions() {
        return regionsRead.get("all", changes.version(REGION_TABLES), this::readRegions);
    }

    private Map<String, RegionInfo> readRegions() {
        Map<String, RegionInfo> regions = new HashMap<>();
        for (Object[] r : em.createQuery("select r.code, r.name, d.code from Region r left join r.federalDistrict d",
                Object[].class).getResultList()) {
            regions.put((String) r[0], new RegionInfo((String) r[0], (String) r[1], (String) r[2]));
        }
        return Collections.unmodifiableMap(regions);
    }

    private static boolean inDistrict(RegionInfo region, String districtCode) {
        return districtCode == null || region != null && districtCode.equals(region.districtCode());
    }

    private static MapNode node(RegionInfo region, NodeFigures figures) {
        return new MapNode(region.code(), region.name(), region.districtCode(),
                figures == null ? new NodeFigures(0, 0, 0, 0, 0, 0, List.of()) : figures);
    }

    /** The figures of every region that has any deficit, practice, portfolio or project, from the kept counts. */
    private static Map<String, NodeFigures> figures(InfluenceRows.Counts counts, Integer year) {
        Map<String, NodeFigures> figures = new HashMap<>();
        counts.byRegion().forEach((code, c) -> {
            Map<Integer, Long> perYear = counts.projectsByYear().getOrDefault(code, Map.of());
            long projects = year == null ? perYear.values().stream().mapToLong(Long::longValue).sum()
                    : perYear.getOrDefault(year, 0L);
            figures.put(code, new NodeFigures(c[0], c[1], c[2], c[3], c[4], projects,
                    counts.portfolioYears().getOrDefault(code, List.of())));
        });
        return figures;
    }

    /** The matrix as a table: a row per region A, its code and name, then its weight towards each region B. */
    public Exports.Table<?> matrixTable(InfluenceMatrix matrix) {
        List<String> codes = matrix.regionCodes();
        Map<String, String> names = regions.names(codes);
        List<Column<Integer>> columns = new ArrayList<>();
        columns.add(Column.of("Код региона A / Code of region A", row -> codes.get(row)));
        columns.add(Column.of("Регион A / Region A", row -> names.get(codes.get(row))));
        for (int j = 0; j < codes.size(); j++) {
            int column = j;
            String header = codes.get(j) + " " + names.getOrDefault(codes.get(j), "");
            columns.add(new Column<>(header, header, row -> matrix.weights().get(row).get(column)));
        }
        List<Integer> rows = java.util.stream.IntStream.range(0, codes.size()).boxed().toList();
        return new Exports.Table<>(columns, rows);
    }
}
