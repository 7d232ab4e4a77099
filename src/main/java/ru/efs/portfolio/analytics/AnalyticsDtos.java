package ru.efs.portfolio.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.project.ProjectStage;

/** The API shapes of the dashboards' analytics. */
public final class AnalyticsDtos {

    private AnalyticsDtos() {
    }

    @Schema(name = "UncoveredDeficit", description = "Открытый дефицит, который ничто не покрывает / Open deficit that nothing covers")
    public record UncoveredDeficit(
            @Schema(description = "Идентификатор / Identifier", example = "41", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Нет системы наставничества для молодых педагогов", maxLength = 500) String title,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Острота / Severity", example = "HIGH") Severity severity) {
    }

    @Schema(name = "UncoveredCategory", description = "Непокрытые дефициты одной категории / Uncovered deficits of one category")
    public record UncoveredCategory(
            @Schema(description = "Код категории / Category code", example = "mentoring", maxLength = 60) String categoryCode,
            @Schema(description = "Название категории на языке запроса / Category name in the request's language", example = "Наставничество", maxLength = 300) String categoryName,
            @Schema(description = "Сколько всего непокрытых дефицитов этой категории / How many uncovered deficits this category has", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") long count,
            @Schema(description = "Первые 20: острые первыми, затем по id / The first 20: most severe first, then by id", maxItems = 20) List<UncoveredDeficit> deficits) {
    }

    @Schema(name = "DeficitFigures", description = "Дефициты по статусам / Deficits by status")
    public record DeficitFigures(
            @Schema(description = "Открытые / Open", example = "40", format = "int64", minimum = "0", maximum = "9223372036854775807") long open,
            @Schema(description = "В работе у проектов / Being addressed by projects", example = "25", format = "int64", minimum = "0", maximum = "9223372036854775807") long addressed,
            @Schema(description = "Закрытые / Closed", example = "10", format = "int64", minimum = "0", maximum = "9223372036854775807") long closed,
            @Schema(description = "Всего / Total", example = "75", format = "int64", minimum = "0", maximum = "9223372036854775807") long total) {
    }

    @Schema(name = "AnalyticsOverview", description = "Сводка по стране, округу или региону / Overview of the country, a district or a region")
    public record Overview(
            @Schema(description = "Код федерального округа; пусто — вся страна / Federal district code; empty for the whole country", example = "FEFD", maxLength = 8, nullable = true) String federalDistrictCode,
            @Schema(description = "Название округа / District name", example = "Дальневосточный федеральный округ", maxLength = 100, nullable = true) String federalDistrictName,
            @Schema(description = "Регионов всего / Regions in scope", example = "11", format = "int64", minimum = "0", maximum = "89") long regions,
            @Schema(description = "Регионов с портфелями / Regions with portfolios", example = "6", format = "int64", minimum = "0", maximum = "89") long regionsWithPortfolios,
            @Schema(description = "Дефициты / Deficits") DeficitFigures deficits,
            @Schema(description = "Практики по статусам (все статусы, нули тоже) / Practices by status (every status, zeros too)", example = "{\"DRAFT\":3,\"SUBMITTED\":2,\"VERIFIED\":7,\"RECOMMENDED\":4,\"ARCHIVED\":0}") Map<String, Long> practicesByStatus,
            @Schema(description = "Проекты по этапам (все этапы, нули тоже) / Projects by stage (every stage, zeros too)", example = "{\"PROPOSED\":5,\"REFINEMENT\":3,\"PRE_DEFENSE\":1,\"DEFENSE\":0,\"APPROVED\":2,\"IMPLEMENTATION\":4,\"COMPLETED\":0,\"REVISION\":0,\"ON_HOLD\":0,\"REJECTED\":1}") Map<String, Long> projectsByStage,
            @Schema(description = "Стратегические сессии (кроме отменённых), по региону проведения / Strategic sessions (not cancelled), by host region", example = "6", format = "int64", minimum = "0", maximum = "9223372036854775807") long sessions) {
    }

    @Schema(name = "RegionCoverage", description = "Покрытие дефицитов региона / Coverage of a region's deficits")
    public record RegionCoverage(
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Код федерального округа / Federal district code", example = "FEFD", maxLength = 8, nullable = true) String federalDistrictCode,
            @Schema(description = "Дефицитов всего / Deficits in total", example = "8", format = "int64", minimum = "0", maximum = "9223372036854775807") long deficits,
            @Schema(description = "Покрыто: в работе у проектов или закрыто / Covered: addressed by projects or closed", example = "6", format = "int64", minimum = "0", maximum = "9223372036854775807") long covered,
            @Schema(description = "Доля покрытых 0–1 (два знака); нет дефицитов — пусто / Covered share 0–1 (two decimals); none without deficits", example = "0.75", minimum = "0", maximum = "1", nullable = true) BigDecimal coverage,
            @Schema(description = "Практики региона / The region's practices", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long practices,
            @Schema(description = "Проекты портфелей региона / Projects of the region's portfolios", example = "5", format = "int64", minimum = "0", maximum = "9223372036854775807") long projects) {
    }

    @Schema(name = "FunnelStage", description = "Этап воронки проектов / A stage of the project funnel")
    public record FunnelStage(
            @Schema(description = "Этап / Stage", example = "PRE_DEFENSE") ProjectStage stage,
            @Schema(description = "Проектов на этом этапе сейчас / Projects at this stage now", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long current,
            @Schema(description = "Проектов, когда-либо достигших этапа (по истории этапов) / Projects that ever reached it (from the stage history)", example = "7", format = "int64", minimum = "0", maximum = "9223372036854775807") long reached) {
    }

    @Schema(name = "ProjectFunnel", description = "Воронка проектов по этапам, в порядке этапов / Project funnel by stage, in stage order")
    public record Funnel(
            @Schema(description = "Год портфеля; пусто — все годы / Portfolio year; empty for all years", example = "2024", format = "int32", minimum = "2000", maximum = "2100", nullable = true) Integer year,
            @Schema(description = "Проектов всего / Projects in total", example = "16", format = "int64", minimum = "0", maximum = "9223372036854775807") long total,
            @Schema(description = "Этапы по порядку: основной путь, затем доработка, пауза, отклонение / Stages in order: the main path, then revision, hold, rejection", maxItems = 10) List<FunnelStage> stages) {
    }

    @Schema(name = "RegionProjects", description = "Проекты одного региона / Projects of one region")
    public record RegionProjects(
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2, pattern = "^\\d{2}$", required = true) String regionCode,
            @Schema(description = "Проектов / Projects", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) long projects) {
    }

    @Schema(name = "MonthCount", description = "Число сессий за месяц / Sessions in a month")
    public record MonthCount(
            @Schema(description = "Месяц ГГГГ-ММ / Month YYYY-MM", example = "2023-10", maxLength = 7, pattern = "^\\d{4}-\\d{2}$") String month,
            @Schema(description = "Сессий, начавшихся в этом месяце (кроме отменённых) / Sessions starting that month (not cancelled)", example = "2", format = "int64", minimum = "0", maximum = "9223372036854775807") long sessions) {
    }
}
