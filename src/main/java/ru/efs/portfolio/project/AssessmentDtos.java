package ru.efs.portfolio.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.security.AppUser;

/** The API shapes of experts' assessments of projects. */
public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "AssessmentExpert", description = "Эксперт, оценивший проект / Expert who assessed the project")
    public record ExpertRef(
            @Schema(description = "Логин эксперта / Expert's login", example = "voronushkina", maxLength = 64) String username,
            @Schema(description = "ФИО эксперта / Expert's full name", example = "Воронушкина Оксана Васильевна", maxLength = 200) String fullName) {

        static ExpertRef from(AppUser user) {
            return new ExpertRef(user.username, user.fullName);
        }
    }

    @Schema(name = "Assessment", description = "Экспертная оценка проекта на предзащите или защите / An expert's assessment of a project at pre-defence or defence")
    public record AssessmentDto(
            @Schema(description = "Идентификатор / Identifier", example = "31", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Проект / Project", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long projectId,
            @Schema(description = "Этап, на котором дана оценка / Stage at which it was given", example = "PRE_DEFENSE", enumeration = {"PRE_DEFENSE", "DEFENSE"}) ProjectStage stage,
            @Schema(description = "Эксперт / Expert") ExpertRef expert,
            @Schema(description = "Соответствие дефицитам, 1–5 / Relevance to the deficits, 1–5", example = "5", format = "int32", minimum = "1", maximum = "5") int relevance,
            @Schema(description = "Реализуемость, 1–5 / Feasibility, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5") int feasibility,
            @Schema(description = "Обеспеченность ресурсами, 1–5 / Resources, 1–5", example = "3", format = "int32", minimum = "1", maximum = "5") int resources,
            @Schema(description = "Измеримость результатов, 1–5 / Measurable results, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5") int measurableResults,
            @Schema(description = "Тиражируемость, 1–5 / Replicability, 1–5", example = "5", format = "int32", minimum = "1", maximum = "5") int replicability,
            @Schema(description = "Межрегиональный эффект, 1–5 / Interregional effect, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5") int interregionalEffect,
            @Schema(description = "Комментарий эксперта / Expert's comment", example = "Проект «Партнерское наставничество» опирается на выявленные дефициты; показатели стоит уточнить.", maxLength = 4000, nullable = true) String comment,
            @Schema(description = "Рекомендация / Recommendation", example = "APPROVE") Recommendation recommendation,
            @Schema(description = "Создана / Created at", example = "2023-12-07T10:15:00Z") OffsetDateTime createdAt,
            @Schema(description = "Изменена / Updated at", example = "2023-12-07T11:40:00Z") OffsetDateTime updatedAt,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) implements Versioned {

        static AssessmentDto from(Assessment a) {
            return from(a, a.project.id);
        }

        /** With the project's id given, so that the project itself is never loaded (history snapshots). */
        static AssessmentDto from(Assessment a, long projectId) {
            return new AssessmentDto(a.id, projectId, a.stage, ExpertRef.from(a.expert), a.relevance, a.feasibility,
                    a.resources, a.measurableResults, a.replicability, a.interregionalEffect, a.comment,
                    a.recommendation, a.createdAt, a.updatedAt, a.version);
        }
    }

    @Schema(name = "AssessmentRequest", description = "Оценка проекта: балл 1–5 по каждому критерию, комментарий, рекомендация / Project assessment: a 1–5 score per criterion, a comment, a recommendation")
    public record AssessmentRequest(
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Соответствие дефицитам, 1–5 / Relevance to the deficits, 1–5", example = "5", format = "int32", minimum = "1", maximum = "5", required = true) Integer relevance,
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Реализуемость, 1–5 / Feasibility, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5", required = true) Integer feasibility,
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Обеспеченность ресурсами, 1–5 / Resources, 1–5", example = "3", format = "int32", minimum = "1", maximum = "5", required = true) Integer resources,
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Измеримость результатов, 1–5 / Measurable results, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5", required = true) Integer measurableResults,
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Тиражируемость, 1–5 / Replicability, 1–5", example = "5", format = "int32", minimum = "1", maximum = "5", required = true) Integer replicability,
            @NotNull @Min(1) @Max(5)
            @Schema(description = "Межрегиональный эффект, 1–5 / Interregional effect, 1–5", example = "4", format = "int32", minimum = "1", maximum = "5", required = true) Integer interregionalEffect,
            @Size(max = 4000)
            @Schema(description = "Комментарий эксперта / Expert's comment", example = "Проект «Партнерское наставничество» опирается на выявленные дефициты; показатели стоит уточнить.", maxLength = 4000) String comment,
            @NotNull
            @Schema(description = "Рекомендация / Recommendation", example = "APPROVE", required = true) Recommendation recommendation,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "CriterionAverages", description = "Средний балл по каждому критерию (два знака) / Average score per criterion (two decimals)")
    public record CriterionAverages(
            @Schema(description = "Соответствие дефицитам / Relevance to the deficits", example = "4.50", minimum = "1", maximum = "5") BigDecimal relevance,
            @Schema(description = "Реализуемость / Feasibility", example = "4.00", minimum = "1", maximum = "5") BigDecimal feasibility,
            @Schema(description = "Обеспеченность ресурсами / Resources", example = "3.50", minimum = "1", maximum = "5") BigDecimal resources,
            @Schema(description = "Измеримость результатов / Measurable results", example = "4.00", minimum = "1", maximum = "5") BigDecimal measurableResults,
            @Schema(description = "Тиражируемость / Replicability", example = "4.50", minimum = "1", maximum = "5") BigDecimal replicability,
            @Schema(description = "Межрегиональный эффект / Interregional effect", example = "3.00", minimum = "1", maximum = "5") BigDecimal interregionalEffect) {
    }

    @Schema(name = "RecommendationCounts", description = "Сколько экспертов что рекомендовали / How many experts recommended what")
    public record RecommendationCounts(
            @Schema(description = "Одобрить / Approve", example = "2", format = "int64", minimum = "0", maximum = "9223372036854775807") long approve,
            @Schema(description = "Доработать / Revise", example = "1", format = "int64", minimum = "0", maximum = "9223372036854775807") long revise,
            @Schema(description = "Отклонить / Reject", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long reject) {
    }

    @Schema(name = "StageAssessmentSummary", description = "Итоги оценки на одном этапе / Assessment results at one stage")
    public record StageSummary(
            @Schema(description = "Этап / Stage", example = "PRE_DEFENSE", enumeration = {"PRE_DEFENSE", "DEFENSE"}) ProjectStage stage,
            @Schema(description = "Число оценок / Number of assessments", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long count,
            @Schema(description = "Средние по критериям; нет, пока нет оценок / Averages per criterion; absent while there are no assessments", nullable = true) CriterionAverages averages,
            @Schema(description = "Общий средний балл: среднее шести средних по критериям / Overall average: the mean of the six criterion averages", example = "3.92", minimum = "1", maximum = "5", nullable = true) BigDecimal overall,
            @Schema(description = "Рекомендации экспертов / Experts' recommendations") RecommendationCounts recommendations) {
    }

    @Schema(name = "AssessmentSummary", description = "Итоги экспертной оценки проекта по этапам / A project's assessment results per stage")
    public record AssessmentSummary(
            @Schema(description = "Проект / Project", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long projectId,
            @Schema(description = "Текущий этап проекта / The project's current stage", example = "DEFENSE") ProjectStage currentStage,
            @Schema(description = "Предзащита, затем защита / Pre-defence, then defence", minItems = 2, maxItems = 2) List<StageSummary> stages) {
    }

    @Schema(name = "AssessmentQueueItem", description = "Проект, ожидающий оценки / A project awaiting assessment")
    public record QueueItem(
            @Schema(description = "Проект / Project", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long projectId,
            @Schema(description = "Название проекта / Project title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Текущий этап / Current stage", example = "PRE_DEFENSE", enumeration = {"PRE_DEFENSE", "DEFENSE"}) ProjectStage stage,
            @Schema(description = "Портфель / Portfolio", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") long portfolioId,
            @Schema(description = "Проект изменён / Project updated at", example = "2023-12-01T08:00:00Z") OffsetDateTime updatedAt) {

        static QueueItem from(Project p) {
            return new QueueItem(p.id, p.title, p.regionCode(), p.stage, p.portfolio.id, p.updatedAt);
        }
    }
}
