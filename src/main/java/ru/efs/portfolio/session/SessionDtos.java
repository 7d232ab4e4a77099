package ru.efs.portfolio.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.subject.Subject;
import ru.efs.portfolio.subject.SubjectType;

/** The API shapes of strategic sessions. */
public final class SessionDtos {

    private SessionDtos() {
    }

    @Schema(name = "StrategicSessionSummary", description = "Стратегическая сессия в списке / Strategic session in a list")
    public record SessionSummary(
            @Schema(description = "Идентификатор / Identifier", example = "6", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Стратегическая сессия по развитию региональной управленческой и методической инфраструктуры ЕФС", maxLength = 500) String title,
            @Schema(description = "Номер в серии / Number in its series", example = "6", format = "int32", minimum = "1", maximum = "1000", nullable = true) Integer number,
            @Schema(description = "Формат / Format", example = "REGIONAL") SessionFormat format,
            @Schema(description = "Код региона проведения / Host region code", example = "27", maxLength = 2, nullable = true) String hostRegionCode,
            @Schema(description = "Регион проведения / Host region", example = "Хабаровский край", maxLength = 100, nullable = true) String hostRegionName,
            @Schema(description = "Город / City", example = "Хабаровск", maxLength = 100, nullable = true) String city,
            @Schema(description = "Дата начала / Start date", example = "2023-10-10", format = "date") LocalDate startDate,
            @Schema(description = "Дата окончания / End date", example = "2023-10-11", format = "date") LocalDate endDate,
            @Schema(description = "Статус / Status", example = "HELD") SessionStatus status,
            @Schema(description = "Серия сессий / Session series", example = "2", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long seriesId,
            @Schema(description = "Название серии / Series title", example = "Стратегические сессии НМЦ АлтГПУ 2023", maxLength = 500, nullable = true) String seriesTitle,
            @Schema(description = "Коды регионов-участников (включая регион проведения) / Codes of participating regions (the host included)", example = "[\"27\"]", maxItems = 89) List<String> regionCodes,
            @Schema(description = "Участвовавшие субъекты ЕФС / Participating ЕФС subjects", example = "[12, 14]", maxItems = 500) List<Long> subjectIds,
            @Schema(description = "Число участников / Number of participants", example = "120", format = "int32", minimum = "0", maximum = "100000", nullable = true) Integer participantCount,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {

        static SessionSummary from(StrategicSession s) {
            return new SessionSummary(s.id, s.title, s.number, s.format, s.hostRegionCode(),
                    s.hostRegion == null ? null : s.hostRegion.name, s.city, s.startDate, s.endDate, s.status,
                    s.series == null ? null : s.series.id, s.series == null ? null : s.series.title,
                    regionCodesOf(s), idsOf(s.subjects), s.participantCount, s.version);
        }
    }

    @Schema(name = "SessionRegion", description = "Регион-участник сессии / Region taking part in a session")
    public record SessionRegionDto(
            @Schema(description = "Двузначный код региона / Two-digit region code", example = "27", maxLength = 2, pattern = "^\\d{2}$") String code,
            @Schema(description = "Название / Name", example = "Хабаровский край", maxLength = 100) String name) {
    }

    @Schema(name = "SessionParticipant", description = "Человек на сессии в роли / Person at a session in a role")
    public record SessionPersonDto(
            @Schema(description = "Идентификатор человека / Person identifier", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") long personId,
            @Schema(description = "ФИО / Full name", example = "Кочешкова Ирина Юрьевна", maxLength = 200) String fullName,
            @Schema(description = "Роль на сессии / Role at the session", example = "LEAD_EXPERT") SessionRole role) {
    }

    @Schema(name = "StrategicSession", description = "Стратегическая сессия / Strategic session")
    public record SessionDto(
            @Schema(description = "Идентификатор / Identifier", example = "6", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Стратегическая сессия по развитию региональной управленческой и методической инфраструктуры ЕФС", maxLength = 500) String title,
            @Schema(description = "Номер в серии / Number in its series", example = "6", format = "int32", minimum = "1", maximum = "1000", nullable = true) Integer number,
            @Schema(description = "Формат / Format", example = "REGIONAL") SessionFormat format,
            @Schema(description = "Код региона проведения / Host region code", example = "27", maxLength = 2, nullable = true) String hostRegionCode,
            @Schema(description = "Регион проведения / Host region", example = "Хабаровский край", maxLength = 100, nullable = true) String hostRegionName,
            @Schema(description = "Город / City", example = "Хабаровск", maxLength = 100, nullable = true) String city,
            @Schema(description = "Место проведения / Venue", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", maxLength = 500, nullable = true) String venue,
            @Schema(description = "Дата начала / Start date", example = "2023-10-10", format = "date") LocalDate startDate,
            @Schema(description = "Дата окончания / End date", example = "2023-10-11", format = "date") LocalDate endDate,
            @Schema(description = "Статус / Status", example = "HELD") SessionStatus status,
            @Schema(description = "Статусы, в которые сессию можно перевести сейчас / Statuses the session can move to now", example = "[\"POST_SESSION_SUPPORT\", \"COMPLETED\"]", maxItems = 5) List<SessionStatus> allowedTransitions,
            @Schema(description = "Серия сессий / Session series", example = "2", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long seriesId,
            @Schema(description = "Серия сессий / Session series", nullable = true) Ref series,
            @Schema(description = "Число участников / Number of participants", example = "120", format = "int32", minimum = "0", maximum = "100000", nullable = true) Integer participantCount,
            @Schema(description = "Цели / Goals", example = "Выявить дефициты региональных субъектов ЕФС и предложить проектные решения", maxLength = 4000, nullable = true) String goals,
            @Schema(description = "Итоги / Summary", example = "Команды предложили пять проектных решений, среди них «Партнерское наставничество»", maxLength = 8000, nullable = true) String summary,
            @Schema(description = "Типы участвовавших субъектов ЕФС / Types of participating ЕФС subjects", example = "[\"REGIONAL_AUTHORITY\", \"EDUCATION_DEVELOPMENT_INSTITUTE\", \"CNPPM\"]", maxItems = 11) List<SubjectType> participantTypes,
            @Schema(description = "Идентификаторы организаторов / Organiser identifiers", example = "[3]", maxItems = 500) List<Long> organizerIds,
            @Schema(description = "Организаторы / Organisers", maxItems = 500) List<Ref> organizers,
            @Schema(description = "Идентификаторы участвовавших субъектов ЕФС / Participating ЕФС subject identifiers", example = "[12, 14]", maxItems = 500) List<Long> subjectIds,
            @Schema(description = "Участвовавшие субъекты ЕФС / Participating ЕФС subjects", maxItems = 500) List<Ref> subjects,
            @Schema(description = "Коды регионов-участников (включая регион проведения) / Codes of participating regions (the host included)", example = "[\"27\"]", maxItems = 89) List<String> regionCodes,
            @Schema(description = "Регионы-участники / Participating regions", maxItems = 89) List<SessionRegionDto> regions,
            @Schema(description = "Эксперты и участники в ролях / Experts and participants in their roles", maxItems = 500) List<SessionPersonDto> people,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создана / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создана / Created by", example = "expert-altgpu", maxLength = 64) String createdBy,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменена / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {

        /** {@code personNames}: the full names of the session's people by id. */
        static SessionDto from(StrategicSession s, Map<Long, String> personNames, LocalDate today) {
            return new SessionDto(s.id, s.title, s.number, s.format, s.hostRegionCode(),
                    s.hostRegion == null ? null : s.hostRegion.name, s.city, s.venue, s.startDate, s.endDate, s.status,
                    s.status.next().stream().filter(to -> to != SessionStatus.HELD || !s.startDate.isAfter(today))
                            .sorted().toList(),
                    s.series == null ? null : s.series.id,
                    s.series == null ? null : new Ref(s.series.id, s.series.title),
                    s.participantCount, s.goals, s.summary, s.participantTypes.stream().sorted().toList(),
                    idsOf(s.organizers), refsOf(s.organizers), idsOf(s.subjects), refsOf(s.subjects), regionCodesOf(s),
                    s.regions.stream().sorted(Comparator.comparing((Region r) -> r.code))
                            .map(r -> new SessionRegionDto(r.code, r.name)).toList(),
                    s.people.stream()
                            .map(p -> new SessionPersonDto(p.personId, personNames.get(p.personId), p.role))
                            .sorted(Comparator.comparing(SessionPersonDto::role)
                                    .thenComparing(p -> p.fullName() == null ? "" : p.fullName())
                                    .thenComparing(SessionPersonDto::personId))
                            .toList(),
                    s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
        }
    }

    /**
     * What the history compares between revisions: the session's own fields and the ids it refers to (names of
     * related objects change on their own and are not changes of the session).
     */
    public record SessionSnapshot(String title, Integer number, SessionFormat format, String hostRegionCode,
            String city, String venue, LocalDate startDate, LocalDate endDate, SessionStatus status, Long seriesId,
            Integer participantCount, String goals, String summary, List<SubjectType> participantTypes,
            List<Long> organizerIds, List<Long> subjectIds, List<String> regionCodes, List<PersonRole> people) {

        public record PersonRole(Long personId, SessionRole role) {
        }

        static SessionSnapshot from(StrategicSession s) {
            return new SessionSnapshot(s.title, s.number, s.format, s.hostRegionCode(), s.city, s.venue, s.startDate,
                    s.endDate, s.status, s.series == null ? null : s.series.id, s.participantCount, s.goals,
                    s.summary, s.participantTypes.stream().sorted().toList(), idsOf(s.organizers), idsOf(s.subjects),
                    regionCodesOf(s),
                    s.people.stream().map(p -> new PersonRole(p.personId, p.role))
                            .sorted(Comparator.comparing(PersonRole::personId).thenComparing(PersonRole::role))
                            .toList());
        }
    }

    @Schema(name = "SessionParticipantRequest", description = "Человек на сессии в роли / Person at a session in a role")
    public record SessionPersonRequest(
            @NotNull @Min(1)
            @Schema(description = "Идентификатор человека / Person identifier", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) Long personId,
            @NotNull
            @Schema(description = "Роль на сессии / Role at the session", example = "LEAD_EXPERT", required = true) SessionRole role) {
    }

    @Schema(name = "StrategicSessionRequest", description = "Данные стратегической сессии для создания или изменения / Strategic session to create or update")
    public record SessionRequest(
            @NotBlank @Size(max = 500)
            @Schema(description = "Название / Title", example = "Стратегическая сессия по развитию региональной управленческой и методической инфраструктуры ЕФС", required = true) String title,
            @Min(1) @Max(1000)
            @Schema(description = "Номер в серии / Number in its series", example = "6", format = "int32", minimum = "1", maximum = "1000") Integer number,
            @NotNull
            @Schema(description = "Формат / Format", example = "REGIONAL", required = true) SessionFormat format,
            @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона проведения; обязателен для региональной и межрегиональной сессии / Host region code; required for regional and interregional sessions", example = "27", maxLength = 2) String hostRegionCode,
            @Size(max = 100)
            @Schema(description = "Город / City", example = "Хабаровск") String city,
            @Size(max = 500)
            @Schema(description = "Место проведения / Venue", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»") String venue,
            @NotNull
            @Schema(description = "Дата начала (2000–2100) / Start date (2000–2100)", example = "2023-10-10", format = "date", required = true) LocalDate startDate,
            @NotNull
            @Schema(description = "Дата окончания: не раньше начала, сессия длится не больше 31 дня / End date: not before the start, a session lasts at most 31 days", example = "2023-10-11", format = "date", required = true) LocalDate endDate,
            @Schema(description = "Статус при создании (по умолчанию PLANNED; HELD, POST_SESSION_SUPPORT или COMPLETED — для уже прошедшей сессии, CANCELLED нельзя). При изменении статус меняется только через /transitions: другой статус здесь — 400 / Status on create (PLANNED by default; HELD, POST_SESSION_SUPPORT or COMPLETED to record a past session, never CANCELLED). On update the status changes only through /transitions: a different status here is a 400", example = "PLANNED") SessionStatus status,
            @Min(1)
            @Schema(description = "Серия сессий / Session series", example = "2", format = "int64", minimum = "1", maximum = "9223372036854775807") Long seriesId,
            @Min(0) @Max(100000)
            @Schema(description = "Число участников / Number of participants", example = "120", format = "int32", minimum = "0", maximum = "100000") Integer participantCount,
            @Size(max = 4000)
            @Schema(description = "Цели / Goals", example = "Выявить дефициты региональных субъектов ЕФС и предложить проектные решения") String goals,
            @Size(max = 8000)
            @Schema(description = "Итоги / Summary", example = "Команды предложили пять проектных решений, среди них «Партнерское наставничество»") String summary,
            @Size(max = 11)
            @Schema(description = "Типы участвовавших субъектов ЕФС / Types of participating ЕФС subjects", example = "[\"REGIONAL_AUTHORITY\", \"CNPPM\"]") List<@NotNull SubjectType> participantTypes,
            @Size(max = 500)
            @Schema(description = "Организаторы (субъекты ЕФС) / Organisers (ЕФС subjects)", example = "[3]") List<@NotNull @Min(1) Long> organizerIds,
            @Size(max = 500)
            @Schema(description = "Участвовавшие субъекты ЕФС / Participating ЕФС subjects", example = "[12, 14]") List<@NotNull @Min(1) Long> subjectIds,
            @Size(max = 89)
            @Schema(description = "Регионы-участники; регион проведения добавляется сам / Participating regions; the host region is added by itself", example = "[\"27\"]") List<@NotNull @Size(max = 2) @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}") String> regionCodes,
            @Size(max = 500) @Valid
            @Schema(description = "Эксперты и участники в ролях / Experts and participants in their roles") List<@NotNull SessionPersonRequest> people,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "SessionTransitionRequest", description = "Перевод сессии в другой статус / Moving a session to another status")
    public record TransitionRequest(
            @NotNull
            @Schema(description = "Новый статус: PLANNED → HELD или CANCELLED; HELD → POST_SESSION_SUPPORT или COMPLETED; POST_SESSION_SUPPORT → COMPLETED / New status: PLANNED → HELD or CANCELLED; HELD → POST_SESSION_SUPPORT or COMPLETED; POST_SESSION_SUPPORT → COMPLETED", example = "HELD", required = true) SessionStatus to,
            @Size(max = 2000)
            @Schema(description = "Комментарий к переходу (пока не сохраняется: переход виден в истории) / Comment on the transition (not stored yet: the transition shows in the history)", example = "Сессия прошла 10–11 октября в Хабаровске") String comment,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    private static List<Long> idsOf(java.util.Collection<Subject> subjects) {
        return subjects.stream().map(subject -> subject.id).sorted().toList();
    }

    private static List<Ref> refsOf(java.util.Collection<Subject> subjects) {
        return subjects.stream().map(subject -> new Ref(subject.id, subject.displayName()))
                .sorted(Comparator.comparing(Ref::title).thenComparing(Ref::id)).toList();
    }

    private static List<String> regionCodesOf(StrategicSession s) {
        return s.regions.stream().map(region -> region.code).sorted().toList();
    }
}
