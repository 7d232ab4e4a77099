package ru.efs.portfolio.portfolio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.project.ProjectStage;

/** The API shapes of regional portfolios. */
public final class PortfolioDtos {

    private PortfolioDtos() {
    }

    @Schema(name = "PortfolioSummary", description = "Портфель региона в списке / Regional portfolio in a list")
    public record PortfolioSummary(
            @Schema(description = "Идентификатор / Identifier", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Год / Year", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Статус / Status", example = "FORMED") PortfolioStatus status,
            @Schema(description = "Координирующий субъект ЕФС / Coordinating ЕФС subject", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long coordinatingSubjectId,
            @Schema(description = "Число проектов / Number of projects", example = "5", format = "int64", minimum = "0", maximum = "9223372036854775807") long projectCount,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {

        static PortfolioSummary from(Portfolio p, Map<Long, Long> projectCounts) {
            return new PortfolioSummary(p.id, p.regionCode(), p.region.name, p.year, p.status,
                    p.coordinatingSubject == null ? null : p.coordinatingSubject.id,
                    projectCounts.getOrDefault(p.id, 0L), p.version);
        }
    }

    @Schema(name = "Portfolio", description = "Региональный портфель ЕФС на год / Regional ЕФС portfolio of a year")
    public record PortfolioDto(
            @Schema(description = "Идентификатор / Identifier", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Год / Year", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Статус: DRAFT → FORMED → APPROVED / Status: DRAFT → FORMED → APPROVED", example = "FORMED") PortfolioStatus status,
            @Schema(description = "Координирующий субъект ЕФС / Coordinating ЕФС subject", nullable = true) Ref coordinatingSubject,
            @Schema(description = "Описание портфеля / Summary of the portfolio", example = "Пять проектных решений стратегической сессии в Хабаровске, среди них «Партнерское наставничество»", maxLength = 4000, nullable = true) String summary,
            @Schema(description = "Число проектов / Number of projects", example = "5", format = "int64", minimum = "0", maximum = "9223372036854775807") long projectCount,
            @Schema(description = "Число проектов на каждом этапе / Number of projects at each stage", example = "{\"PROPOSED\": 2, \"REFINEMENT\": 3}") Map<ProjectStage, Long> projectsByStage,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создан / Created by", example = "coordinator27", maxLength = 64) String createdBy,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {

        static PortfolioDto from(Portfolio p, Map<ProjectStage, Long> byStage) {
            long total = byStage.values().stream().mapToLong(Long::longValue).sum();
            return new PortfolioDto(p.id, p.regionCode(), p.region.name, p.year, p.status,
                    p.coordinatingSubject == null ? null
                            : new Ref(p.coordinatingSubject.id, p.coordinatingSubject.displayName()),
                    p.summary, total, byStage, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }

    /** What the history compares between revisions: the portfolio's own fields. */
    public record PortfolioSnapshot(String regionCode, int year, PortfolioStatus status, Long coordinatingSubjectId,
            String summary) {

        static PortfolioSnapshot from(Portfolio p) {
            return new PortfolioSnapshot(p.regionCode(), p.year, p.status,
                    p.coordinatingSubject == null ? null : p.coordinatingSubject.id, p.summary);
        }
    }

    @Schema(name = "PortfolioRequest", description = "Данные портфеля для создания или изменения / Portfolio to create or update")
    public record PortfolioRequest(
            @NotNull @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона; у существующего портфеля не меняется / Region code; fixed once the portfolio exists", example = "27", maxLength = 2, pattern = "^\\d{2}$", required = true) String regionCode,
            @NotNull @Min(2000) @Max(2100)
            @Schema(description = "Год; один портфель на регион и год / Year; one portfolio per region and year", example = "2023", format = "int32", minimum = "2000", maximum = "2100", required = true) Integer year,
            @Min(1)
            @Schema(description = "Координирующий субъект ЕФС того же региона / Coordinating ЕФС subject of the same region", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") Long coordinatingSubjectId,
            @Size(max = 4000)
            @Schema(description = "Описание портфеля / Summary of the portfolio", example = "Пять проектных решений стратегической сессии в Хабаровске, среди них «Партнерское наставничество»", maxLength = 4000) String summary,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "PortfolioTransitionRequest", description = "Перевод портфеля в другой статус / Moving a portfolio to another status")
    public record PortfolioTransitionRequest(
            @NotNull
            @Schema(description = "Новый статус: DRAFT → FORMED; FORMED → APPROVED (только администратор) или DRAFT / New status: DRAFT → FORMED; FORMED → APPROVED (administrators only) or DRAFT", example = "FORMED", required = true) PortfolioStatus to,
            @Size(max = 2000)
            @Schema(description = "Комментарий к переходу (не сохраняется: переход виден в истории) / Comment on the transition (not stored: the transition shows in the history)", example = "Портфель сформирован по итогам предзащиты", maxLength = 2000) String comment,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
