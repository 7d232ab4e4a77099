package ru.efs.portfolio.deficit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.category.CategoryDtos.CategoryRef;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of deficits. */
public final class DeficitDtos {

    private DeficitDtos() {
    }

    @Schema(name = "DeficitSummary", description = "Дефицит в списке / Deficit in a list")
    public record DeficitSummary(
            @Schema(description = "Идентификатор / Identifier", example = "41", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Нет системы наставничества для молодых педагогов", maxLength = 500) String title,
            @Schema(description = "Описание / Description", example = "Молодые педагоги уходят из школ в первые три года работы", maxLength = 8000, nullable = true) String description,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Субъект ЕФС, у которого дефицит / ЕФС subject that has the deficit", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Коды категорий / Category codes", example = "[\"mentoring\", \"young-teachers\"]", maxItems = 10) List<String> categoryCodes,
            @Schema(description = "Острота / Severity", example = "HIGH") Severity severity,
            @Schema(description = "Статус / Status", example = "OPEN") DeficitStatus status,
            @Schema(description = "Стратегическая сессия, выявившая дефицит / Strategic session that identified it", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long sessionId,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "Deficit", description = "Дефицит региона или субъекта ЕФС / Deficit of a region or of an ЕФС subject")
    public record DeficitDto(
            @Schema(description = "Идентификатор / Identifier", example = "41", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Нет системы наставничества для молодых педагогов", maxLength = 500) String title,
            @Schema(description = "Описание / Description", example = "Молодые педагоги уходят из школ в первые три года работы", maxLength = 8000, nullable = true) String description,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Субъект ЕФС, у которого дефицит / ЕФС subject that has the deficit", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Субъект ЕФС / ЕФС subject", nullable = true) Ref subject,
            @Schema(description = "Коды категорий / Category codes", example = "[\"mentoring\", \"young-teachers\"]", maxItems = 10) List<String> categoryCodes,
            @Schema(description = "Категории / Categories", maxItems = 10) List<CategoryRef> categories,
            @Schema(description = "Острота / Severity", example = "HIGH") Severity severity,
            @Schema(description = "Статус: OPEN — открыт, ADDRESSED — им занимается живой проект, CLOSED — закрыт / Status: OPEN, ADDRESSED while a live project addresses it, CLOSED", example = "ADDRESSED") DeficitStatus status,
            @Schema(description = "Статусы, в которые дефицит можно перевести сейчас через /transitions / Statuses the deficit can be moved to now through /transitions", example = "[\"CLOSED\"]", maxItems = 1) List<DeficitStatus> allowedTransitions,
            @Schema(description = "Стратегическая сессия, выявившая дефицит / Strategic session that identified it", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long sessionId,
            @Schema(description = "Стратегическая сессия / Strategic session", nullable = true) Ref session,
            @Schema(description = "Проекты, направленные на его устранение / Projects that address it", maxItems = 10000) List<Ref> projects,
            @Schema(description = "Чем закрыт: обоснование / Why it was closed", example = "Программа наставничества охватила всех молодых педагогов края", maxLength = 2000, nullable = true) String closedReason,
            @Schema(description = "Проект, закрывший дефицит / Project that closed it", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long closedByProjectId,
            @Schema(description = "Проект, закрывший дефицит / Project that closed it", nullable = true) Ref closedByProject,
            @Schema(description = "Практика, закрывшая дефицит / Practice that closed it", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long closedByPracticeId,
            @Schema(description = "Практика, закрывшая дефицит / Practice that closed it", nullable = true) Ref closedByPractice,
            @Schema(description = "Когда закрыт / Closed at", nullable = true) OffsetDateTime closedAt,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создан / Created by", example = "coordinator27", maxLength = 64) String createdBy,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {
    }

    /** What the history compares between revisions: the deficit's own fields, in the API's names. */
    public record DeficitSnapshot(String title, String description, String regionCode, Long subjectId,
            List<String> categoryCodes, Severity severity, DeficitStatus status, Long sessionId, String closedReason,
            Long closedByProjectId, Long closedByPracticeId, OffsetDateTime closedAt) {

        static DeficitSnapshot from(Deficit d) {
            return new DeficitSnapshot(d.title, d.description, d.region == null ? null : d.region.code,
                    d.subject == null ? null : d.subject.id, codesOf(d), d.severity, d.status,
                    d.session == null ? null : d.session.id, d.closedReason, d.closedByProjectId,
                    d.closedByPracticeId, d.closedAt);
        }
    }

    @Schema(name = "DeficitRequest", description = "Дефицит для создания или изменения; статус меняется только переходами / Deficit to create or update; the status changes only through transitions")
    public record DeficitRequest(
            @NotBlank @Size(max = 500)
            @Schema(description = "Название / Title", example = "Нет системы наставничества для молодых педагогов", required = true) String title,
            @Size(max = 8000)
            @Schema(description = "Описание / Description", example = "Молодые педагоги уходят из школ в первые три года работы") String description,
            @NotNull @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2, required = true) String regionCode,
            @Min(1)
            @Schema(description = "Субъект ЕФС того же региона, у которого дефицит / ЕФС subject of the same region that has the deficit", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") Long subjectId,
            @NotNull @Size(min = 1, max = 10)
            @Schema(description = "Коды категорий, от 1 до 10 / Category codes, 1 to 10", example = "[\"mentoring\", \"young-teachers\"]", required = true) List<@NotNull @Size(max = 60) String> categoryCodes,
            @NotNull
            @Schema(description = "Острота / Severity", example = "HIGH", required = true) Severity severity,
            @Min(1)
            @Schema(description = "Стратегическая сессия, выявившая дефицит / Strategic session that identified it", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") Long sessionId,
            @Schema(description = "Не задаётся: новый дефицит открыт, дальше статус следует за проектами и переходами; другой статус здесь — 400 / Not set here: a new deficit is OPEN, then the status follows projects and transitions; a different status here is a 400", example = "OPEN") DeficitStatus status,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "DeficitTransitionRequest", description = "Закрытие или повторное открытие дефицита / Closing or reopening a deficit")
    public record TransitionRequest(
            @NotNull
            @Schema(description = "CLOSED — закрыть открытый или прорабатываемый дефицит; OPEN — открыть закрытый снова (статус затем следует за проектами) / CLOSED closes an open or addressed deficit; OPEN reopens a closed one (its status then follows its projects)", example = "CLOSED", required = true) DeficitStatus to,
            @Size(max = 2000)
            @Schema(description = "Обоснование; обязательно при закрытии / Reason; required when closing", example = "Программа наставничества охватила всех молодых педагогов края") String comment,
            @Min(1)
            @Schema(description = "Проект, закрывший дефицит: должен быть среди проектов дефицита и не отклонён / Project that closed it: one of the projects addressing the deficit, not rejected", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") Long closedByProjectId,
            @Min(1)
            @Schema(description = "Практика, закрывшая дефицит: должна иметь общую с ним категорию / Practice that closed it: it must share a category with the deficit", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807") Long closedByPracticeId,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    static List<String> codesOf(Deficit d) {
        return d.categories.stream().map(c -> c.code).sorted().toList();
    }

    static List<CategoryRef> refsOf(Deficit d) {
        return d.categories.stream().sorted(Comparator.comparingInt((Category c) -> c.sortOrder)
                .thenComparing(c -> c.code)).map(CategoryRef::from).toList();
    }
}
