package ru.efs.portfolio.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of practice adoptions: another region taking up a practice. */
public final class AdoptionDtos {

    private AdoptionDtos() {
    }

    @Schema(name = "AdoptionSummary", description = "Внедрение практики в списке / Practice adoption in a list")
    public record AdoptionSummary(
            @Schema(description = "Идентификатор / Identifier", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Практика / Practice", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long practiceId,
            @Schema(description = "Код внедряющего региона / Code of the adopting region", example = "22", maxLength = 2) String regionCode,
            @Schema(description = "Название внедряющего региона / Name of the adopting region", example = "Алтайский край", maxLength = 100) String regionName,
            @Schema(description = "Проект внедряющего региона, через который внедряется практика / Project of the adopting region that carries the adoption", nullable = true) Ref project,
            @Schema(description = "Итог / Outcome", example = "IN_PROGRESS") AdoptionOutcome outcome,
            @Schema(description = "Результат / Result", example = "Наставнические пары созданы в 14 школах края", maxLength = 2000, nullable = true) String result,
            @Schema(description = "Год внедрения / Year of adoption", example = "2024", format = "int32", minimum = "2000", maximum = "2100", nullable = true) Integer adoptedYear,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {

        static AdoptionSummary from(PracticeAdoption a) {
            return new AdoptionSummary(a.id, a.practice.id, a.region.code, a.region.name, projectRef(a), a.outcome,
                    a.result, a.adoptedYear, a.version);
        }
    }

    @Schema(name = "Adoption", description = "Внедрение практики другим регионом / Adoption of a practice by another region")
    public record AdoptionDto(
            @Schema(description = "Идентификатор / Identifier", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Практика / Practice", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long practiceId,
            @Schema(description = "Название практики / Practice title", example = "Партнерское наставничество", maxLength = 500) String practiceTitle,
            @Schema(description = "Код региона практики / Region code of the practice", example = "27", maxLength = 2) String practiceRegionCode,
            @Schema(description = "Код внедряющего региона / Code of the adopting region", example = "22", maxLength = 2) String regionCode,
            @Schema(description = "Название внедряющего региона / Name of the adopting region", example = "Алтайский край", maxLength = 100) String regionName,
            @Schema(description = "Проект внедряющего региона, через который внедряется практика / Project of the adopting region that carries the adoption", nullable = true) Ref project,
            @Schema(description = "Итог / Outcome", example = "IN_PROGRESS") AdoptionOutcome outcome,
            @Schema(description = "Результат / Result", example = "Наставнические пары созданы в 14 школах края", maxLength = 2000, nullable = true) String result,
            @Schema(description = "Год внедрения / Year of adoption", example = "2024", format = "int32", minimum = "2000", maximum = "2100", nullable = true) Integer adoptedYear,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создано / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создано / Created by", example = "coordinator22", maxLength = 64) String createdBy,
            @Schema(description = "Изменено / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменено / Updated by", example = "coordinator22", maxLength = 64) String updatedBy) implements Versioned {

        static AdoptionDto from(PracticeAdoption a) {
            return new AdoptionDto(a.id, a.practice.id, a.practice.title, a.practice.regionCode(), a.region.code,
                    a.region.name, projectRef(a), a.outcome, a.result, a.adoptedYear, a.version, a.createdAt,
                    a.createdBy, a.updatedAt, a.updatedBy);
        }
    }

    /** What the history compares between revisions: the adoption's own fields and the ids it refers to. */
    public record AdoptionSnapshot(Long practiceId, String regionCode, Long projectId, AdoptionOutcome outcome,
            String result, Integer adoptedYear) {

        static AdoptionSnapshot from(PracticeAdoption a) {
            return new AdoptionSnapshot(a.practice == null ? null : a.practice.id,
                    a.region == null ? null : a.region.code, a.project == null ? null : a.project.id, a.outcome,
                    a.result, a.adoptedYear);
        }
    }

    @Schema(name = "AdoptionRequest", description = "Данные внедрения практики для создания или изменения / Practice adoption to create or update")
    public record AdoptionRequest(
            @NotBlank @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код внедряющего региона; не регион самой практики / Code of the adopting region; not the practice's own region", example = "22", maxLength = 2, required = true) String regionCode,
            @Min(1)
            @Schema(description = "Проект из портфеля внедряющего региона / Project of the adopting region's portfolio", example = "15", format = "int64", minimum = "1", maximum = "9223372036854775807") Long projectId,
            @NotNull
            @Schema(description = "Итог / Outcome", example = "IN_PROGRESS", required = true) AdoptionOutcome outcome,
            @Size(max = 2000)
            @Schema(description = "Результат / Result", example = "Наставнические пары созданы в 14 школах края") String result,
            @Min(2000) @Max(2100)
            @Schema(description = "Год внедрения, 2000–2100 / Year of adoption, 2000–2100", example = "2024", format = "int32", minimum = "2000", maximum = "2100") Integer adoptedYear,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    private static Ref projectRef(PracticeAdoption a) {
        return a.project == null ? null : new Ref(a.project.id, a.project.title);
    }
}
