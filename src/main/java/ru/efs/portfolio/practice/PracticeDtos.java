package ru.efs.portfolio.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.category.CategoryDtos.CategoryRef;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionSummary;

/** The API shapes of practices. */
public final class PracticeDtos {

    private PracticeDtos() {
    }

    @Schema(name = "PracticeSummary", description = "Практика в списке / Practice in a list")
    public record PracticeSummary(
            @Schema(description = "Идентификатор / Identifier", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Краткое описание / Summary", example = "Пары «опытный педагог — молодой педагог» из разных школ края", maxLength = 2000) String summary,
            @Schema(description = "Код региона практики / Region code of the practice", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Субъект ЕФС, чья это практика / ЕФС subject whose practice it is", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Краткое название субъекта / Subject's short name", example = "ХК ИРО", maxLength = 500, nullable = true) String subjectName,
            @Schema(description = "Коды категорий / Category codes", example = "[\"mentoring\", \"young-teachers\"]", maxItems = 10) List<String> categoryCodes,
            @Schema(description = "Зрелость / Maturity", example = "ESTABLISHED") Maturity maturity,
            @Schema(description = "Статус / Status", example = "VERIFIED") PracticeStatus status,
            @Schema(description = "Лет в работе / Years in operation", example = "3", format = "int32", minimum = "0", maximum = "100", nullable = true) Integer yearsInOperation,
            @Schema(description = "Сколько регионов внедряют практику / How many regions adopt the practice", example = "2", format = "int64", minimum = "0", maximum = "9223372036854775807") long adoptionCount,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "Practice", description = "Устойчивая положительная практика / Proven practice")
    public record PracticeDto(
            @Schema(description = "Идентификатор / Identifier", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Краткое описание / Summary", example = "Пары «опытный педагог — молодой педагог» из разных школ края", maxLength = 2000) String summary,
            @Schema(description = "Подробное описание / Description", example = "Наставники из школ-лидеров сопровождают молодых педагогов в течение двух лет", maxLength = 8000, nullable = true) String description,
            @Schema(description = "Код региона практики / Region code of the practice", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Субъект ЕФС, чья это практика / ЕФС subject whose practice it is", nullable = true) Ref subject,
            @Schema(description = "Коды категорий / Category codes", example = "[\"mentoring\", \"young-teachers\"]", maxItems = 10) List<String> categoryCodes,
            @Schema(description = "Категории с названиями / Categories with their names", maxItems = 10) List<CategoryRef> categories,
            @Schema(description = "Целевые группы / Target groups", example = "Молодые педагоги со стажем до трёх лет", maxLength = 1000, nullable = true) String targetGroups,
            @Schema(description = "Результаты / Results", example = "Из 120 молодых педагогов в профессии остались 112", maxLength = 4000, nullable = true) String results,
            @Schema(description = "Подтверждения результатов / Evidence of the results", example = "Мониторинг ХК ИРО 2021–2023, отчёт на сайте khiro.ru", maxLength = 4000, nullable = true) String evidence,
            @Schema(description = "Лет в работе / Years in operation", example = "3", format = "int32", minimum = "0", maximum = "100", nullable = true) Integer yearsInOperation,
            @Schema(description = "Зрелость / Maturity", example = "ESTABLISHED") Maturity maturity,
            @Schema(description = "Статус; меняется через /transitions / Status; changed through /transitions", example = "VERIFIED") PracticeStatus status,
            @Schema(description = "Куда практику можно перевести сейчас / Statuses the practice may move to now", example = "[\"RECOMMENDED\", \"ARCHIVED\"]", maxItems = 5) List<PracticeStatus> nextStatuses,
            @Schema(description = "Кто подтвердил (эксперт) / Who verified it (an expert)", example = "expert-altgpu", maxLength = 64, nullable = true) String verifiedBy,
            @Schema(description = "Когда подтверждена / When it was verified", nullable = true) OffsetDateTime verifiedAt,
            @Schema(description = "Кто рекомендовал к тиражированию / Who recommended it for replication", example = "admin", maxLength = 64, nullable = true) String recommendedBy,
            @Schema(description = "Когда рекомендована / When it was recommended", nullable = true) OffsetDateTime recommendedAt,
            @Schema(description = "Внедрения в других регионах / Adoptions by other regions", maxItems = 100) List<AdoptionSummary> adoptions,
            @Schema(description = "Проекты, которые используют практику / Projects that use the practice", maxItems = 1000) List<Ref> projects,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создана / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создана / Created by", example = "coordinator27", maxLength = 64) String createdBy,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменена / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {

        static PracticeDto from(Practice p, List<AdoptionSummary> adoptions, List<Ref> projects) {
            return new PracticeDto(p.id, p.title, p.summary, p.description, p.regionCode(), p.region.name,
                    p.subject == null ? null : new Ref(p.subject.id, p.subject.displayName()),
                    codesOf(p),
                    p.categories.stream().sorted(Comparator.comparing((Category c) -> c.sortOrder)
                            .thenComparing(c -> c.code)).map(CategoryRef::from).toList(),
                    p.targetGroups, p.results, p.evidence, p.yearsInOperation, p.maturity, p.status,
                    Arrays.stream(PracticeStatus.values()).filter(p.status::canMoveTo).toList(),
                    p.verifiedBy, p.verifiedAt, p.recommendedBy, p.recommendedAt, adoptions, projects,
                    p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }

    /**
     * What the history compares between revisions: the practice's own fields and the ids and codes it refers to
     * (names of related objects change on their own and are not changes of the practice).
     */
    public record PracticeSnapshot(String title, String summary, String description, String regionCode,
            Long subjectId, List<String> categoryCodes, String targetGroups, String results, String evidence,
            Integer yearsInOperation, Maturity maturity, PracticeStatus status, String verifiedBy,
            OffsetDateTime verifiedAt, String recommendedBy, OffsetDateTime recommendedAt) {

        static PracticeSnapshot from(Practice p) {
            return new PracticeSnapshot(p.title, p.summary, p.description, p.regionCode(),
                    p.subject == null ? null : p.subject.id, codesOf(p), p.targetGroups, p.results,
                    p.evidence, p.yearsInOperation, p.maturity, p.status, p.verifiedBy, p.verifiedAt,
                    p.recommendedBy, p.recommendedAt);
        }
    }

    @Schema(name = "PracticeRequest", description = "Данные практики для создания или изменения; статус меняется только через /transitions / Practice to create or update; the status changes only through /transitions")
    public record PracticeRequest(
            @NotBlank @Size(max = 500)
            @Schema(description = "Название / Title", example = "Партнерское наставничество", required = true) String title,
            @NotBlank @Size(max = 2000)
            @Schema(description = "Краткое описание / Summary", example = "Пары «опытный педагог — молодой педагог» из разных школ края", required = true) String summary,
            @Size(max = 8000)
            @Schema(description = "Подробное описание / Description", example = "Наставники из школ-лидеров сопровождают молодых педагогов в течение двух лет") String description,
            @NotBlank @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона практики / Region code of the practice", example = "27", maxLength = 2, required = true) String regionCode,
            @Min(1)
            @Schema(description = "Субъект ЕФС того же региона, чья это практика / ЕФС subject of the same region whose practice it is", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") Long subjectId,
            @NotNull @Size(min = 1, max = 10)
            @Schema(description = "Коды категорий, от 1 до 10 / Category codes, 1 to 10", example = "[\"mentoring\", \"young-teachers\"]", minItems = 1, maxItems = 10, required = true) List<@NotBlank @Size(max = 60) String> categoryCodes,
            @Size(max = 1000)
            @Schema(description = "Целевые группы / Target groups", example = "Молодые педагоги со стажем до трёх лет") String targetGroups,
            @Size(max = 4000)
            @Schema(description = "Результаты; обязательны для подачи на проверку / Results; required to submit the practice", example = "Из 120 молодых педагогов в профессии остались 112") String results,
            @Size(max = 4000)
            @Schema(description = "Подтверждения результатов; обязательны для подачи на проверку / Evidence of the results; required to submit the practice", example = "Мониторинг ХК ИРО 2021–2023, отчёт на сайте khiro.ru") String evidence,
            @Min(0) @Max(100)
            @Schema(description = "Лет в работе, 0–100 / Years in operation, 0–100", example = "3", format = "int32", minimum = "0", maximum = "100") Integer yearsInOperation,
            @NotNull
            @Schema(description = "Зрелость / Maturity", example = "ESTABLISHED", required = true) Maturity maturity,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "PracticeTransitionRequest", description = "Перевод практики в другой статус / Moving a practice to another status")
    public record TransitionRequest(
            @NotNull
            @Schema(description = "Новый статус: DRAFT → SUBMITTED или ARCHIVED; SUBMITTED → VERIFIED (эксперт), DRAFT или ARCHIVED; VERIFIED → RECOMMENDED (администратор) или ARCHIVED; RECOMMENDED → ARCHIVED; ARCHIVED → DRAFT / New status: DRAFT → SUBMITTED or ARCHIVED; SUBMITTED → VERIFIED (an expert), DRAFT or ARCHIVED; VERIFIED → RECOMMENDED (an administrator) or ARCHIVED; RECOMMENDED → ARCHIVED; ARCHIVED → DRAFT", example = "SUBMITTED", required = true) PracticeStatus to,
            @Size(max = 2000)
            @Schema(description = "Комментарий к переходу (не сохраняется: переход виден в истории) / Comment on the transition (not stored: the transition shows in the history)", example = "Результаты подтверждены мониторингом ХК ИРО") String comment,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    static List<String> codesOf(Practice p) {
        return p.categories.stream().map(c -> c.code).sorted().toList();
    }
}
