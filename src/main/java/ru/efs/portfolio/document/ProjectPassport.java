package ru.efs.portfolio.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentSummary;
import ru.efs.portfolio.project.AssessmentDtos.CriterionAverages;
import ru.efs.portfolio.project.AssessmentDtos.StageSummary;
import ru.efs.portfolio.project.AssessmentService;
import ru.efs.portfolio.project.ProjectDtos.DeficitRef;
import ru.efs.portfolio.project.ProjectDtos.IndicatorDto;
import ru.efs.portfolio.project.ProjectDtos.PartnerRef;
import ru.efs.portfolio.project.ProjectDtos.PracticeRef;
import ru.efs.portfolio.project.ProjectDtos.ProjectDto;
import ru.efs.portfolio.project.ProjectDtos.StageChangeDto;
import ru.efs.portfolio.project.ProjectService;
import ru.efs.portfolio.project.Recommendation;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.session.SessionDtos.SessionDto;
import ru.efs.portfolio.session.SessionService;

/**
 * The project passport for the defence, as a PDF: what the project is (region, portfolio, session, subjects,
 * curator), its goal, description and expected results, the indicators, the deficits it addresses and the practices
 * it uses (borrowed ones with their region), its stage history and the experts' averages. It is read through the
 * same services as the project's JSON, so whoever may read the one may read the other, in a fixed number of
 * statements whatever the project's size.
 */
@ApplicationScoped
public class ProjectPassport {

    @Inject
    ProjectService projects;

    @Inject
    AssessmentService assessments;

    @Inject
    SessionService sessions;

    @Inject
    RegionService regions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PdfFile file(long projectId, Locale locale) {
        ProjectDto project = projects.get(projectId);
        List<StageChangeDto> stages = projects.stages(projectId);
        AssessmentSummary assessment = assessments.summary(projectId);
        SessionDto session = project.sessionId() == null ? null : sessions.get(project.sessionId());
        Map<String, String> regionNames = regions.names(regionCodes(project));
        String id = String.valueOf(project.id());

        PdfDocument pdf = PdfDocument.a4(project.title(), Messages.text(locale, "passport.footer", id), locale);
        about(pdf, project, session, regionNames);
        texts(pdf, project);
        indicators(pdf, project.indicators());
        deficits(pdf, project.deficits(), regionNames);
        practices(pdf, project.practices(), regionNames);
        stageHistory(pdf, stages);
        assessment(pdf, assessment);
        return new PdfFile(Messages.text(locale, "passport.fileName", id), "project-passport-" + id, pdf.finish());
    }

    private static Set<String> regionCodes(ProjectDto project) {
        Set<String> codes = new TreeSet<>();
        project.partners().stream().map(PartnerRef::regionCode).filter(code -> code != null).forEach(codes::add);
        project.deficits().forEach(d -> codes.add(d.regionCode()));
        project.practices().forEach(p -> codes.add(p.regionCode()));
        return codes;
    }

    private static void about(PdfDocument pdf, ProjectDto project, SessionDto session, Map<String, String> names) {
        Locale locale = pdf.locale();
        pdf.kind(pdf.text("passport.kind"));
        pdf.title(project.title());
        String partners = project.partners().stream()
                .map(p -> p.regionCode() == null || p.regionCode().equals(project.regionCode()) ? p.title()
                        : p.title() + " — " + names.getOrDefault(p.regionCode(), p.regionCode()))
                .collect(Collectors.joining("\n"));
        pdf.fields()
                .add(pdf.text("passport.region"), project.regionName())
                .add(pdf.text("passport.portfolio"),
                        pdf.text("passport.portfolioValue", String.valueOf(project.year())))
                .add(pdf.text("passport.stage"), Labels.of(project.stage(), locale))
                .add(pdf.text("passport.period"), DocumentDates.range(project.startDate(), project.endDate(), locale))
                .add(pdf.text("passport.session"), session == null ? null : sessionLine(session, locale))
                .add(pdf.text("passport.lead"), project.leadSubject() == null ? null : project.leadSubject().title())
                .add(pdf.text("passport.partners"), partners)
                .add(pdf.text("passport.curator"), project.curator() == null ? null : project.curator().title())
                .end();
    }

    /** «Стратегическая сессия …» and, below, «10–11 октября 2023 г., Хабаровск». */
    private static String sessionLine(SessionDto session, Locale locale) {
        String when = DocumentDates.range(session.startDate(), session.endDate(), locale);
        String where = session.city() != null ? session.city() : session.hostRegionName();
        return session.title() + "\n" + (where == null ? when : when + ", " + where);
    }

    private static void texts(PdfDocument pdf, ProjectDto project) {
        pdf.heading(pdf.text("passport.goal"));
        pdf.paragraph(project.goal());
        pdf.heading(pdf.text("passport.description"));
        pdf.paragraph(project.description());
        pdf.heading(pdf.text("passport.expectedResults"));
        pdf.paragraph(project.expectedResults());
    }

    private static void indicators(PdfDocument pdf, List<IndicatorDto> indicators) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("passport.indicators"));
        PdfDocument.Table table = pdf.table(new float[] {5, 41, 12, 14, 14, 14},
                pdf.text("passport.indicator.number"), pdf.text("passport.indicator.name"),
                pdf.text("passport.indicator.unit"), pdf.text("passport.indicator.baseline"),
                pdf.text("passport.indicator.target"), pdf.text("passport.indicator.actual")).numeric(0, 3, 4, 5);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDto indicator = indicators.get(i);
            table.row(String.valueOf(i + 1), indicator.name(), indicator.unit(),
                    DocumentNumbers.value(indicator.baseline(), locale),
                    DocumentNumbers.value(indicator.target(), locale),
                    DocumentNumbers.value(indicator.actual(), locale));
        }
        table.end();
    }

    private static void deficits(PdfDocument pdf, List<DeficitRef> deficits, Map<String, String> names) {
        pdf.heading(pdf.text("passport.deficits"));
        PdfDocument.Table table = pdf.table(new float[] {62, 38}, pdf.text("passport.deficit"),
                pdf.text("passport.region"));
        for (DeficitRef deficit : deficits) {
            String region = names.getOrDefault(deficit.regionCode(), deficit.regionCode());
            table.row(deficit.title(), deficit.external() ? pdf.text("document.otherRegion", region) : region);
        }
        table.end();
    }

    private static void practices(PdfDocument pdf, List<PracticeRef> practices, Map<String, String> names) {
        pdf.heading(pdf.text("passport.practices"));
        PdfDocument.Table table = pdf.table(new float[] {58, 42}, pdf.text("passport.practice"),
                pdf.text("passport.practice.origin"));
        for (PracticeRef practice : practices) {
            String region = names.getOrDefault(practice.regionCode(), practice.regionCode());
            table.row(practice.title(), practice.borrowed() ? pdf.text("passport.practice.borrowed", region)
                    : pdf.text("passport.practice.own"));
        }
        table.end();
    }

    private static void stageHistory(PdfDocument pdf, List<StageChangeDto> stages) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("passport.stages"));
        PdfDocument.Table table = pdf.table(new float[] {18, 32, 34, 16}, pdf.text("passport.stages.date"),
                pdf.text("passport.stages.stage"), pdf.text("passport.stages.comment"),
                pdf.text("passport.stages.who"));
        for (StageChangeDto change : stages) {
            String move = change.from() == null ? Labels.of(change.to(), locale)
                    : Labels.of(change.from(), locale) + " → " + Labels.of(change.to(), locale);
            table.row(DocumentDates.date(change.changedAt(), locale), move, change.comment(), change.changedBy());
        }
        table.end();
    }

    /** Per criterion, at pre-defence and at defence: the average, then the overall one and the recommendations. */
    private static void assessment(PdfDocument pdf, AssessmentSummary summary) {
        Locale locale = pdf.locale();
        pdf.heading(pdf.text("passport.assessment"));
        List<StageSummary> stages = summary.stages();
        if (stages.stream().allMatch(stage -> stage.count() == 0)) {
            pdf.note(pdf.text("passport.assessment.none"));
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(pdf.text("passport.assessment.criterion"));
        stages.forEach(stage -> headers.add(Labels.of(stage.stage(), locale)));
        float[] widths = new float[headers.size()];
        widths[0] = 52;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 48f / stages.size();
        }
        int[] numbers = new int[stages.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }
        PdfDocument.Table table = pdf.table(widths, headers.toArray(String[]::new)).numeric(numbers);
        table.row(row(pdf.text("passport.assessment.count"), stages, s -> String.valueOf(s.count())));
        for (RecordComponent criterion : CriterionAverages.class.getRecordComponents()) {
            table.row(row(Labels.of(criterion, locale), stages,
                    s -> DocumentNumbers.score(s.averages() == null ? null : score(criterion, s.averages()), locale)));
        }
        table.row(row(pdf.text("passport.assessment.overall"), stages,
                s -> DocumentNumbers.score(s.overall(), locale)));
        table.group(pdf.text("passport.assessment.recommendations"));
        for (Recommendation recommendation : Recommendation.values()) {
            table.row(row(Labels.of(recommendation, locale), stages,
                    s -> String.valueOf(count(s, recommendation))));
        }
        table.end();
    }

    private static String[] row(String label, List<StageSummary> stages,
            java.util.function.Function<StageSummary, String> value) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        stages.forEach(stage -> cells.add(value.apply(stage)));
        return cells.toArray(String[]::new);
    }

    private static BigDecimal score(RecordComponent criterion, CriterionAverages averages) {
        try {
            return (BigDecimal) criterion.getAccessor().invoke(averages);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(StageSummary stage, Recommendation recommendation) {
        return switch (recommendation) {
            case APPROVE -> stage.recommendations().approve();
            case REVISE -> stage.recommendations().revise();
            case REJECT -> stage.recommendations().reject();
        };
    }
}
