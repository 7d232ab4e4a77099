package ru.efs.portfolio.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.subject.Subject;

/** The API shapes of projects, their transitions and stage history. */
public final class ProjectDtos {

    private ProjectDtos() {
    }

    @Schema(name = "ProjectSummary", description = "Проект в списке / Project in a list")
    public record ProjectSummary(
            @Schema(description = "Идентификатор / Identifier", example = "17", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Цель / Goal", example = "Закрепить молодых педагогов в школах края через наставничество", maxLength = 2000, nullable = true) String goal,
            @Schema(description = "Портфель / Portfolio", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long portfolioId,
            @Schema(description = "Код региона портфеля / Region code of the portfolio", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Год портфеля / Year of the portfolio", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Этап / Stage", example = "REFINEMENT") ProjectStage stage,
            @Schema(description = "Сессия, где предложен проект / Session where the project was proposed", example = "6", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long sessionId,
            @Schema(description = "Ведущий субъект ЕФС / Lead ЕФС subject", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long leadSubjectId,
            @Schema(description = "Дефициты, которые закрывает проект / Deficits the project addresses", example = "[3, 8]", maxItems = 100) List<Long> deficitIds,
            @Schema(description = "Практики, которые использует проект / Practices the project uses", example = "[5]", maxItems = 100) List<Long> practiceIds,
            @Schema(description = "Субъекты-партнёры / Partner subjects", example = "[14, 21]", maxItems = 100) List<Long> partnerSubjectIds,
            @Schema(description = "Дата начала / Start date", example = "2024-01-15", format = "date", nullable = true) LocalDate startDate,
            @Schema(description = "Дата окончания / End date", example = "2025-12-31", format = "date", nullable = true) LocalDate endDate,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "ProjectIndicator", description = "Показатель проекта / Project indicator")
    public record IndicatorDto(
            @NotBlank @Size(max = 300)
            @Schema(description = "Название показателя / Indicator name", example = "Доля молодых педагогов, закреплённых за наставниками", maxLength = 300, required = true) String name,
            @NotBlank @Size(max = 50)
            @Schema(description = "Единица измерения / Unit", example = "%", maxLength = 50, required = true) String unit,
            @DecimalMin("-1000000000000") @DecimalMax("1000000000000")
            @Schema(description = "Базовое значение / Baseline", example = "35", minimum = "-1000000000000", maximum = "1000000000000") BigDecimal baseline,
            @DecimalMin("-1000000000000") @DecimalMax("1000000000000")
            @Schema(description = "Целевое значение / Target", example = "80", minimum = "-1000000000000", maximum = "1000000000000") BigDecimal target,
            @DecimalMin("-1000000000000") @DecimalMax("1000000000000")
            @Schema(description = "Фактическое значение / Actual value", example = "52.5", minimum = "-1000000000000", maximum = "1000000000000") BigDecimal actual) {

        static IndicatorDto from(Indicator i) {
            return new IndicatorDto(i.name(), i.unit(), i.baseline(), i.target(), i.actual());
        }

        Indicator toIndicator() {
            return new Indicator(name.trim(), unit.trim(), baseline, target, actual);
        }
    }

    @Schema(name = "ProjectPartner", description = "Субъект-партнёр проекта (может быть из другого региона) / Partner subject of a project (may be of another region)")
    public record PartnerRef(
            @Schema(description = "Идентификатор субъекта / Subject identifier", example = "14", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Name", example = "АлтГПУ", maxLength = 500) String title,
            @Schema(description = "Код региона субъекта (нет у федеральных) / Region code of the subject (none for federal ones)", example = "22", maxLength = 2, nullable = true) String regionCode) {

        static PartnerRef from(Subject s) {
            return new PartnerRef(s.id, s.displayName(), s.regionCode());
        }
    }

    @Schema(name = "ProjectDeficit", description = "Дефицит, который закрывает проект / Deficit the project addresses")
    public record DeficitRef(
            @Schema(description = "Идентификатор дефицита / Deficit identifier", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Отток молодых педагогов в первые три года работы", maxLength = 500) String title,
            @Schema(description = "Код региона дефицита / Region code of the deficit", example = "22", maxLength = 2) String regionCode,
            @Schema(description = "Дефицит другого региона / The deficit is of another region", example = "true") boolean external) {

        static DeficitRef from(Deficit d, String projectRegion) {
            return new DeficitRef(d.id, d.title, d.regionCode(), !d.regionCode().equals(projectRegion));
        }
    }

    @Schema(name = "ProjectPractice", description = "Практика, которую использует проект / Practice the project uses")
    public record PracticeRef(
            @Schema(description = "Идентификатор практики / Practice identifier", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Школа молодого педагога", maxLength = 500) String title,
            @Schema(description = "Код региона практики / Region code of the practice", example = "22", maxLength = 2) String regionCode,
            @Schema(description = "Практика заимствована у другого региона / The practice is borrowed from another region", example = "true") boolean borrowed) {

        static PracticeRef from(Practice p, String projectRegion) {
            return new PracticeRef(p.id, p.title, p.regionCode(), !p.regionCode().equals(projectRegion));
        }
    }

    @Schema(name = "Project", description = "Проект регионального портфеля: паспорт, связи и этап / Project of a regional portfolio: passport, links and stage")
    public record ProjectDto(
            @Schema(description = "Идентификатор / Identifier", example = "17", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Цель / Goal", example = "Закрепить молодых педагогов в школах края через наставничество", maxLength = 2000, nullable = true) String goal,
            @Schema(description = "Описание / Description", example = "Пары «наставник — молодой педагог» из школ края и вузов-партнёров", maxLength = 8000, nullable = true) String description,
            @Schema(description = "Ожидаемые результаты / Expected results", example = "Не менее 80 % молодых педагогов остаются в профессии через три года", maxLength = 4000, nullable = true) String expectedResults,
            @Schema(description = "Показатели / Indicators", maxItems = 50) List<IndicatorDto> indicators,
            @Schema(description = "Дата начала / Start date", example = "2024-01-15", format = "date", nullable = true) LocalDate startDate,
            @Schema(description = "Дата окончания / End date", example = "2025-12-31", format = "date", nullable = true) LocalDate endDate,
            @Schema(description = "Портфель / Portfolio", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long portfolioId,
            @Schema(description = "Код региона портфеля / Region code of the portfolio", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Регион портфеля / Region of the portfolio", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Год портфеля / Year of the portfolio", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Ведущий субъект ЕФС (из региона портфеля) / Lead ЕФС subject (of the portfolio's region)", nullable = true) Ref leadSubject,
            @Schema(description = "Субъекты-партнёры / Partner subjects", maxItems = 100) List<PartnerRef> partners,
            @Schema(description = "Дефициты, которые закрывает проект, свои и других регионов / Deficits the project addresses, its own region's and others'", maxItems = 100) List<DeficitRef> deficits,
            @Schema(description = "Практики, свои и заимствованные / Practices, own and borrowed", maxItems = 100) List<PracticeRef> practices,
            @Schema(description = "Сессия, где предложен проект / Session where the project was proposed", nullable = true) Ref session,
            @Schema(description = "Эксперт-куратор / Curator expert", nullable = true) Ref curator,
            @Schema(description = "Этап / Stage", example = "REFINEMENT") ProjectStage stage,
            @Schema(description = "Этап, к которому вернётся приостановленный проект / Stage a project on hold resumes", example = "REFINEMENT", nullable = true) ProjectStage stageBeforeHold,
            @Schema(description = "Этапы, на которые проект можно перевести сейчас / Stages the project may move to now", example = "[\"PRE_DEFENSE\", \"ON_HOLD\", \"REJECTED\"]", maxItems = 10) List<ProjectStage> nextStages,
            @Schema(description = "Сессия (идентификатор) / Session (identifier)", example = "6", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long sessionId,
            @Schema(description = "Дефициты (идентификаторы) / Deficits (identifiers)", example = "[3, 8]", maxItems = 100) List<Long> deficitIds,
            @Schema(description = "Практики (идентификаторы) / Practices (identifiers)", example = "[5]", maxItems = 100) List<Long> practiceIds,
            @Schema(description = "Субъекты-партнёры (идентификаторы) / Partner subjects (identifiers)", example = "[14, 21]", maxItems = 100) List<Long> partnerSubjectIds,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создан / Created by", example = "coordinator27", maxLength = 64) String createdBy,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {

        static ProjectDto from(Project p) {
            String region = p.regionCode();
            return new ProjectDto(p.id, p.title, p.goal, p.description, p.expectedResults,
                    p.indicators.stream().map(IndicatorDto::from).toList(), p.startDate, p.endDate, p.portfolio.id,
                    region, p.portfolio.region.name, p.portfolio.year,
                    p.leadSubject == null ? null : new Ref(p.leadSubject.id, p.leadSubject.displayName()),
                    p.partners.stream().sorted(Comparator.comparing((Subject s) -> s.id)).map(PartnerRef::from).toList(),
                    p.deficits.stream().sorted(Comparator.comparing((Deficit d) -> d.id))
                            .map(d -> DeficitRef.from(d, region)).toList(),
                    p.practices.stream().sorted(Comparator.comparing((Practice x) -> x.id))
                            .map(x -> PracticeRef.from(x, region)).toList(),
                    p.session == null ? null : new Ref(p.session.id, p.session.title),
                    p.curator == null ? null : new Ref(p.curator.id, p.curator.fullName),
                    p.stage, p.stageBeforeHold, ProjectTransitionService.targets(p).stream().sorted().toList(),
                    p.session == null ? null : p.session.id, deficitIdsOf(p.deficits), practiceIdsOf(p.practices),
                    subjectIdsOf(p.partners), p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }

    /**
     * What the history compares between revisions: the project's own fields and the ids it refers to (names of
     * related objects change on their own and are not changes of the project).
     */
    public record ProjectSnapshot(String title, String goal, String description, String expectedResults,
            List<Indicator> indicators, LocalDate startDate, LocalDate endDate, Long portfolioId, Long leadSubjectId,
            Long sessionId, Long curatorPersonId, ProjectStage stage, ProjectStage stageBeforeHold,
            List<Long> partnerSubjectIds, List<Long> deficitIds, List<Long> practiceIds) {

        static ProjectSnapshot from(Project p) {
            return new ProjectSnapshot(p.title, p.goal, p.description, p.expectedResults, List.copyOf(p.indicators),
                    p.startDate, p.endDate, p.portfolio == null ? null : p.portfolio.id,
                    p.leadSubject == null ? null : p.leadSubject.id, p.session == null ? null : p.session.id,
                    p.curator == null ? null : p.curator.id, p.stage, p.stageBeforeHold, subjectIdsOf(p.partners),
                    deficitIdsOf(p.deficits), practiceIdsOf(p.practices));
        }
    }

    @Schema(name = "ProjectRequest", description = "Паспорт проекта для создания или изменения / Project passport to create or update")
    public record ProjectRequest(
            @NotNull @Min(1)
            @Schema(description = "Портфель (черновик или сформированный) / Portfolio (draft or formed)", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) Long portfolioId,
            @NotBlank @Size(max = 500)
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500, required = true) String title,
            @Size(max = 2000)
            @Schema(description = "Цель / Goal", example = "Закрепить молодых педагогов в школах края через наставничество", maxLength = 2000) String goal,
            @Size(max = 8000)
            @Schema(description = "Описание / Description", example = "Пары «наставник — молодой педагог» из школ края и вузов-партнёров", maxLength = 8000) String description,
            @Size(max = 4000)
            @Schema(description = "Ожидаемые результаты / Expected results", example = "Не менее 80 % молодых педагогов остаются в профессии через три года", maxLength = 4000) String expectedResults,
            @Size(max = 50) @Valid
            @Schema(description = "Показатели, до 50; вместе не длиннее 16 000 знаков / Indicators, up to 50; at most 16,000 characters together", maxItems = 50) List<@NotNull IndicatorDto> indicators,
            @Schema(description = "Дата начала (2000–2100) / Start date (2000–2100)", example = "2024-01-15", format = "date") LocalDate startDate,
            @Schema(description = "Дата окончания: не раньше начала / End date: not before the start", example = "2025-12-31", format = "date") LocalDate endDate,
            @Min(1)
            @Schema(description = "Ведущий субъект ЕФС; из региона портфеля / Lead ЕФС subject; of the portfolio's region", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") Long leadSubjectId,
            @Size(max = 100)
            @Schema(description = "Субъекты-партнёры из любых регионов / Partner subjects of any region", example = "[14, 21]", maxItems = 100) List<@NotNull @Min(1) Long> partnerSubjectIds,
            @Size(max = 100)
            @Schema(description = "Дефициты своего или других регионов / Deficits of its own or other regions", example = "[3, 8]", maxItems = 100) List<@NotNull @Min(1) Long> deficitIds,
            @Size(max = 100)
            @Schema(description = "Практики своего региона или заимствованные / Practices of its own region or borrowed", example = "[5]", maxItems = 100) List<@NotNull @Min(1) Long> practiceIds,
            @Min(1)
            @Schema(description = "Сессия, где предложен проект / Session where the project was proposed", example = "6", format = "int64", minimum = "1", maximum = "9223372036854775807") Long sessionId,
            @Min(1)
            @Schema(description = "Эксперт-куратор (человек) / Curator expert (a person)", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") Long curatorPersonId,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "ProjectTransitionRequest", description = "Перевод проекта на другой этап / Moving a project to another stage")
    public record ProjectTransitionRequest(
            @NotNull
            @Schema(description = "Новый этап / New stage", example = "PRE_DEFENSE", required = true) ProjectStage to,
            @Size(max = 2000)
            @Schema(description = "Комментарий, сохраняется в истории этапов / Comment, kept in the stage history", example = "Паспорт доработан по замечаниям экспертов", maxLength = 2000) String comment,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "ProjectStageChange", description = "Шаг истории этапов проекта / Step of a project's stage history")
    public record StageChangeDto(
            @Schema(description = "Прежний этап (нет у создания) / Previous stage (none at creation)", example = "REFINEMENT", nullable = true) ProjectStage from,
            @Schema(description = "Новый этап / New stage", example = "PRE_DEFENSE") ProjectStage to,
            @Schema(description = "Комментарий / Comment", example = "Паспорт доработан по замечаниям экспертов", maxLength = 2000, nullable = true) String comment,
            @Schema(description = "Кто / Who", example = "coordinator27", maxLength = 64) String changedBy,
            @Schema(description = "Когда / When") OffsetDateTime changedAt) {

        static StageChangeDto from(ProjectStageChange c) {
            return new StageChangeDto(c.fromStage, c.toStage, c.comment, c.changedBy, c.changedAt);
        }
    }

    static List<Long> deficitIdsOf(Collection<Deficit> deficits) {
        return deficits.stream().map(d -> d.id).sorted().toList();
    }

    static List<Long> practiceIdsOf(Collection<Practice> practices) {
        return practices.stream().map(p -> p.id).sorted().toList();
    }

    static List<Long> subjectIdsOf(Collection<Subject> subjects) {
        return subjects.stream().map(s -> s.id).sorted().toList();
    }
}
