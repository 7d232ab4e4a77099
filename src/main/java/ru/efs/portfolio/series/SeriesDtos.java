package ru.efs.portfolio.series;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.subject.Subject;

/** The API shapes of session series. */
public final class SeriesDtos {

    private SeriesDtos() {
    }

    @Schema(name = "SessionSeriesSummary", description = "Серия сессий в списке / Session series in a list")
    public record SeriesSummary(
            @Schema(description = "Идентификатор / Identifier", example = "2", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Стратегические сессии АлтГПУ в регионах Сибири", maxLength = 500) String title,
            @Schema(description = "Год / Year", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Ведущая организация / Lead organisation", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long leadSubjectId,
            @Schema(description = "Название ведущей организации / Lead organisation name", example = "АлтГПУ", maxLength = 500, nullable = true) String leadSubjectName,
            @Schema(description = "Ведущий эксперт / Lead expert", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long leadPersonId,
            @Schema(description = "Коды регионов серии по возрастанию / Region codes of the series, ascending", example = "[\"04\", \"17\", \"19\", \"22\", \"42\", \"75\"]", maxItems = 89) List<String> regionCodes,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {

        static SeriesSummary from(SessionSeries s) {
            Subject lead = s.leadSubject;
            return new SeriesSummary(s.id, s.title, s.year, lead == null ? null : lead.id,
                    lead == null ? null : lead.displayName(), s.leadPerson == null ? null : s.leadPerson.id,
                    sortedRegionCodes(s), s.version);
        }
    }

    @Schema(name = "SeriesRegion", description = "Регион серии / Region of a series")
    public record SeriesRegion(
            @Schema(description = "Двузначный код региона / Two-digit region code", example = "22", maxLength = 2, pattern = "^\\d{2}$") String code,
            @Schema(description = "Название / Name", example = "Алтайский край", maxLength = 100) String name) {

        static SeriesRegion from(Region region) {
            return new SeriesRegion(region.code, region.name);
        }
    }

    @Schema(name = "SessionSeries", description = "Серия стратегических сессий / Series of strategic sessions")
    public record SeriesDto(
            @Schema(description = "Идентификатор / Identifier", example = "2", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Стратегические сессии АлтГПУ в регионах Сибири", maxLength = 500) String title,
            @Schema(description = "Год / Year", example = "2023", format = "int32", minimum = "2000", maximum = "2100") int year,
            @Schema(description = "Ведущая организация / Lead organisation", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long leadSubjectId,
            @Schema(description = "Ведущая организация / Lead organisation", nullable = true) Ref leadSubject,
            @Schema(description = "Ведущий эксперт / Lead expert", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long leadPersonId,
            @Schema(description = "Ведущий эксперт / Lead expert", nullable = true) Ref leadPerson,
            @Schema(description = "Коды регионов серии по возрастанию / Region codes of the series, ascending", example = "[\"04\", \"17\", \"19\", \"22\", \"42\", \"75\"]", maxItems = 89) List<String> regionCodes,
            @Schema(description = "Регионы серии / Regions of the series", maxItems = 89) List<SeriesRegion> regions,
            @Schema(description = "Описание / Description", example = "Эксперты АлтГПУ провели сессии в шести регионах.", maxLength = 4000, nullable = true) String description,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создана / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создана / Created by", example = "admin", maxLength = 64) String createdBy,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменена / Updated by", example = "expert", maxLength = 64) String updatedBy) implements Versioned {

        static SeriesDto from(SessionSeries s) {
            Subject lead = s.leadSubject;
            Person person = s.leadPerson;
            List<Region> regions = s.regions.stream().sorted(java.util.Comparator.comparing(r -> r.code)).toList();
            return new SeriesDto(s.id, s.title, s.year, lead == null ? null : lead.id,
                    lead == null ? null : new Ref(lead.id, lead.displayName()), person == null ? null : person.id,
                    person == null ? null : new Ref(person.id, person.fullName),
                    regions.stream().map(r -> r.code).toList(), regions.stream().map(SeriesRegion::from).toList(),
                    s.description, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
        }
    }

    @Schema(name = "SessionSeriesRequest", description = "Данные серии сессий для создания или изменения / Session series to create or update")
    public record SeriesRequest(
            @NotBlank @Size(max = 500)
            @Schema(description = "Название / Title", example = "Стратегические сессии АлтГПУ в регионах Сибири", required = true) String title,
            @NotNull @Min(2000) @Max(2100)
            @Schema(description = "Год / Year", example = "2023", format = "int32", minimum = "2000", maximum = "2100", required = true) Integer year,
            @Min(1)
            @Schema(description = "Ведущая организация / Lead organisation", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") Long leadSubjectId,
            @Min(1)
            @Schema(description = "Ведущий эксперт / Lead expert", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") Long leadPersonId,
            @Size(max = 89)
            @Schema(description = "Коды регионов серии, без повторов / Region codes of the series, no repeats", example = "[\"22\", \"04\", \"42\", \"19\", \"17\", \"75\"]", maxItems = 89) List<@NotNull(message = "{efs.regionCode}") @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}") String> regionCodes,
            @Size(max = 4000)
            @Schema(description = "Описание / Description", example = "Эксперты АлтГПУ провели сессии в шести регионах.") String description,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    static List<String> sortedRegionCodes(SessionSeries s) {
        return s.regions.stream().map(r -> r.code).sorted().toList();
    }
}
