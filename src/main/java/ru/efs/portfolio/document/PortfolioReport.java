package ru.efs.portfolio.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.document.PortfolioFacts.CoveredDeficit;
import ru.efs.portfolio.document.PortfolioFacts.OpenDeficit;
import ru.efs.portfolio.document.PortfolioFacts.ProjectLine;
import ru.efs.portfolio.influence.EdgeKind;
import ru.efs.portfolio.influence.InfluenceMapDtos.EdgeItem;
import ru.efs.portfolio.influence.InfluenceMapDtos.MapEdge;
import ru.efs.portfolio.influence.InfluenceMapDtos.RegionInfluence;
import ru.efs.portfolio.influence.InfluenceMapDtos.UncoveredDeficit;
import ru.efs.portfolio.influence.InfluenceMapService;
import ru.efs.portfolio.portfolio.PortfolioDtos.PortfolioDto;
import ru.efs.portfolio.portfolio.PortfolioService;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.region.RegionService;

/**
 * A region's portfolio of a year, as a PDF: its projects by stage, the deficits they cover and the region's open
 * ones, the practices it gave to and received from other regions, and its ties with each other region, all from the
 * influence map of that year. Read through the portfolio's and the map's services in a fixed number of statements.
 */
@ApplicationScoped
public class PortfolioReport {

    private static final Set<EdgeKind> PRACTICE_KINDS = EnumSet.of(EdgeKind.PRACTICE_USED, EdgeKind.ADOPTION);

    @Inject
    PortfolioService portfolios;

    @Inject
    InfluenceMapService influence;

    @Inject
    RegionService regions;

    @Inject
    PortfolioFacts facts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PdfFile file(long portfolioId, Locale locale) {
        PortfolioDto portfolio = portfolios.get(portfolioId);
        String year = String.valueOf(portfolio.year());
        List<ProjectLine> projects = facts.projects(portfolioId);
        List<CoveredDeficit> covered = facts.covered(portfolioId, portfolio.regionCode(), portfolio.year());
        List<OpenDeficit> open = facts.open(portfolio.regionCode());
        RegionInfluence ties = influence.region(portfolio.regionCode(), portfolio.year(), Set.of());
        Set<String> codes = new TreeSet<>();
        covered.forEach(d -> {
            codes.add(d.regionCode());
            d.projects().forEach(p -> codes.add(p.regionCode()));
        });
        ties.gives().forEach(e -> codes.add(e.toRegionCode()));
        ties.receives().forEach(e -> codes.add(e.fromRegionCode()));
        Map<String, String> names = regions.names(codes);

        PdfDocument pdf = PdfDocument.a4(Messages.text(locale, "report.title", portfolio.regionName(), year),
                Messages.text(locale, "report.footer", portfolio.regionName(), year), locale);
        about(pdf, portfolio, year);
        projects(pdf, projects);
        covered(pdf, covered, portfolio.regionCode(), names);
        open(pdf, open, ties.uncoveredDeficits());
        practices(pdf, "report.given", "report.toRegion", ties.gives(), MapEdge::toRegionCode, names);
        practices(pdf, "report.received", "report.fromRegion", ties.receives(), MapEdge::fromRegionCode, names);
        ties(pdf, ties, names);
        return new PdfFile(Messages.text(locale, "report.fileName", portfolio.regionName(), year),
                "portfolio-" + portfolio.regionCode() + "-" + year, pdf.finish());
    }

    private static void about(PdfDocument pdf, PortfolioDto portfolio, String year) {
        pdf.kind(pdf.text("report.kind"));
        pdf.title(pdf.text("report.title", portfolio.regionName(), year));
        pdf.fields()
                .add(pdf.text("report.status"), Labels.of(portfolio.status(), pdf.locale()))
                .add(pdf.text("report.coordinator"),
                        portfolio.coordinatingSubject() == null ? null : portfolio.coordinatingSubject().title())
                .add(pdf.text("report.projectCount"), String.valueOf(portfolio.projectCount()))
                .end();
        pdf.heading(pdf.text("report.summary"));
        pdf.paragraph(portfolio.summary());
    }

    private static void projects(PdfDocument pdf, List<ProjectLine> projects) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("report.projects"));
        PdfDocument.Table table = pdf.table(new float[] {50, 26, 24}, pdf.text("report.project"),
                pdf.text("report.lead"), pdf.text("report.period"));
        Map<ProjectStage, List<ProjectLine>> byStage = projects.stream()
                .collect(Collectors.groupingBy(ProjectLine::stage, TreeMap::new, Collectors.toList()));
        byStage.forEach((stage, lines) -> {
            table.group(pdf.text("report.stageGroup", Labels.of(stage, locale), String.valueOf(lines.size())));
            lines.forEach(p -> table.row(p.title(), orNone(p.leadSubject()),
                    orNone(DocumentDates.range(p.startDate(), p.endDate(), locale))));
        });
        table.end();
    }

    private static void covered(PdfDocument pdf, List<CoveredDeficit> deficits, String regionCode,
            Map<String, String> names) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("report.covered"));
        pdf.note(pdf.text("report.covered.note"));
        PdfDocument.Table table = pdf.table(new float[] {30, 16, 13, 17, 24}, pdf.text("report.deficit"),
                pdf.text("report.region"), pdf.text("report.severity"), pdf.text("report.deficitStatus"),
                pdf.text("report.byProjects"));
        for (CoveredDeficit deficit : deficits) {
            String projects = deficit.projects().stream()
                    .map(p -> p.regionCode().equals(regionCode) ? p.projectTitle()
                            : p.projectTitle() + " — " + names.getOrDefault(p.regionCode(), p.regionCode()))
                    .collect(Collectors.joining("\n"));
            table.row(deficit.title(), names.getOrDefault(deficit.regionCode(), deficit.regionCode()),
                    Labels.of(deficit.severity(), locale), Labels.of(deficit.status(), locale), projects);
        }
        table.end();
    }

    /** The open deficits without a project, and whether another region has a practice of a shared category. */
    private static void open(PdfDocument pdf, List<OpenDeficit> deficits, List<UncoveredDeficit> uncovered) {
        Locale locale = pdf.locale();
        Set<Long> nothing = uncovered.stream().map(UncoveredDeficit::id).collect(Collectors.toSet());
        pdf.heading(pdf.text("report.open"));
        PdfDocument.Table table = pdf.table(new float[] {58, 14, 28}, pdf.text("report.deficit"),
                pdf.text("report.severity"), pdf.text("report.open.practices"));
        for (OpenDeficit deficit : deficits) {
            table.row(deficit.title(), Labels.of(deficit.severity(), locale),
                    pdf.text(nothing.contains(deficit.id()) ? "report.open.nothing" : "report.open.candidates"));
        }
        table.end();
    }

    /** The practices that went along the edges (a project using one, an adoption), with the region at the other end. */
    private static void practices(PdfDocument pdf, String heading, String regionHeader, List<MapEdge> edges,
            Function<MapEdge, String> otherEnd, Map<String, String> names) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text(heading));
        List<String[]> rows = new ArrayList<>();
        for (MapEdge edge : edges) {
            String region = names.getOrDefault(otherEnd.apply(edge), otherEnd.apply(edge));
            for (EdgeItem item : edge.items()) {
                if (PRACTICE_KINDS.contains(item.kind())) {
                    rows.add(new String[] {item.practiceTitle(), region, how(pdf, item, locale)});
                }
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]).thenComparing(r -> r[2]));
        PdfDocument.Table table = pdf.table(new float[] {40, 22, 38}, pdf.text("report.practice"),
                pdf.text(regionHeader), pdf.text("report.how"));
        rows.forEach(table::row);
        table.end();
    }

    private static String how(PdfDocument pdf, EdgeItem item, Locale locale) {
        if (item.kind() == EdgeKind.PRACTICE_USED) {
            return pdf.text("report.usedBy", item.projectTitle());
        }
        String outcome = item.adoptionOutcome() == null ? "" : Labels.of(item.adoptionOutcome(), locale);
        return item.projectTitle() == null ? pdf.text("report.adopted", outcome)
                : pdf.text("report.adoptedBy", outcome, item.projectTitle());
    }

    /** Each other region with the ties both ways: how many and their weight, and of which kinds; heaviest first. */
    private static void ties(PdfDocument pdf, RegionInfluence influence, Map<String, String> names) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("report.influence"));
        pdf.note(pdf.text("report.influence.note"));
        Map<String, MapEdge> gives = influence.gives().stream()
                .collect(Collectors.toMap(MapEdge::toRegionCode, Function.identity()));
        Map<String, MapEdge> receives = influence.receives().stream()
                .collect(Collectors.toMap(MapEdge::fromRegionCode, Function.identity()));
        Set<String> partners = new TreeSet<>(gives.keySet());
        partners.addAll(receives.keySet());
        List<String> order = partners.stream()
                .sorted(Comparator.comparingInt((String code) -> -weight(gives.get(code)) - weight(receives.get(code)))
                        .thenComparing(code -> names.getOrDefault(code, code)))
                .toList();
        PdfDocument.Table table = pdf.table(new float[] {28, 18, 18, 36}, pdf.text("report.influence.region"),
                pdf.text("report.influence.gives"), pdf.text("report.influence.receives"),
                pdf.text("report.influence.kinds")).numeric(1, 2);
        for (String code : order) {
            Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
            for (MapEdge edge : new MapEdge[] {gives.get(code), receives.get(code)}) {
                if (edge != null) {
                    kinds.addAll(edge.kinds());
                }
            }
            table.row(names.getOrDefault(code, code), figures(gives.get(code)), figures(receives.get(code)),
                    kinds.stream().map(kind -> Labels.of(kind, locale)).collect(Collectors.joining(", ")));
        }
        table.end();
    }

    private static String orNone(String value) {
        return value == null ? DocumentNumbers.NO_VALUE : value;
    }

    private static int weight(MapEdge edge) {
        return edge == null ? 0 : edge.weight();
    }

    private static String figures(MapEdge edge) {
        return edge == null ? DocumentNumbers.NO_VALUE : edge.itemCount() + " / " + edge.weight();
    }
}
