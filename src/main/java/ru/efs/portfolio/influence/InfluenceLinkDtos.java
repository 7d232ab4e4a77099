package ru.efs.portfolio.influence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of declared influence links. */
public final class InfluenceLinkDtos {

    private InfluenceLinkDtos() {
    }

    @Schema(name = "InfluenceLink", description = "Заявленная связь влияния между портфелями регионов / Declared influence link between regions' portfolios")
    public record InfluenceLinkDto(
            @Schema(description = "Идентификатор / Identifier", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Код региона-источника / Source region code", example = "27", maxLength = 2) String sourceRegionCode,
            @Schema(description = "Регион-источник / Source region name", example = "Хабаровский край", maxLength = 100) String sourceRegionName,
            @Schema(description = "Проект региона-источника / Project of the source region", nullable = true) Ref sourceProject,
            @Schema(description = "Практика региона-источника / Practice of the source region", nullable = true) Ref sourcePractice,
            @Schema(description = "Код региона-получателя / Target region code", example = "22", maxLength = 2) String targetRegionCode,
            @Schema(description = "Регион-получатель / Target region name", example = "Алтайский край", maxLength = 100) String targetRegionName,
            @Schema(description = "Проект региона-получателя / Project of the target region", nullable = true) Ref targetProject,
            @Schema(description = "Дефицит региона-получателя / Deficit of the target region", nullable = true) Ref targetDeficit,
            @Schema(description = "Вид связи / Kind of link", example = "PRACTICE_TRANSFER") InfluenceKind kind,
            @Schema(description = "Сила связи, 1–3 / Strength, 1–3", example = "2", format = "int32", minimum = "1", maximum = "3") int strength,
            @Schema(description = "Пояснение / Note", example = "Алтайский край перенимает «Партнерское наставничество» Хабаровского края", maxLength = 2000, nullable = true) String note,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создана / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создана / Created by", example = "coordinator27", maxLength = 64) String createdBy,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменена / Updated by", example = "expert1", maxLength = 64) String updatedBy) implements Versioned {

        static InfluenceLinkDto from(InfluenceLink l) {
            return new InfluenceLinkDto(l.id, l.sourceRegion.code, l.sourceRegion.name,
                    l.sourceProject == null ? null : new Ref(l.sourceProject.id, l.sourceProject.title),
                    l.sourcePractice == null ? null : new Ref(l.sourcePractice.id, l.sourcePractice.title),
                    l.targetRegion.code, l.targetRegion.name,
                    l.targetProject == null ? null : new Ref(l.targetProject.id, l.targetProject.title),
                    l.targetDeficit == null ? null : new Ref(l.targetDeficit.id, l.targetDeficit.title),
                    l.kind, l.strength, l.note, l.version, l.createdAt, l.createdBy, l.updatedAt, l.updatedBy);
        }
    }

    /** What the history compares between revisions: identifiers only, so that no related object is loaded. */
    public record InfluenceLinkSnapshot(String sourceRegionCode, Long sourceProjectId, Long sourcePracticeId,
            String targetRegionCode, Long targetProjectId, Long targetDeficitId, InfluenceKind kind, int strength,
            String note) {

        static InfluenceLinkSnapshot from(InfluenceLink l) {
            return new InfluenceLinkSnapshot(l.sourceRegion == null ? null : l.sourceRegion.code,
                    l.sourceProject == null ? null : l.sourceProject.id,
                    l.sourcePractice == null ? null : l.sourcePractice.id,
                    l.targetRegion == null ? null : l.targetRegion.code,
                    l.targetProject == null ? null : l.targetProject.id,
                    l.targetDeficit == null ? null : l.targetDeficit.id, l.kind, l.strength, l.note);
        }
    }

    @Schema(name = "InfluenceLinkRequest", description = "Связь влияния для создания или изменения / Influence link to create or update")
    public record InfluenceLinkRequest(
            @NotNull @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона-источника / Source region code", example = "27", maxLength = 2, required = true) String sourceRegionCode,
            @Min(1)
            @Schema(description = "Проект региона-источника / Project of the source region", example = "15", format = "int64", minimum = "1", maximum = "9223372036854775807") Long sourceProjectId,
            @Min(1)
            @Schema(description = "Практика региона-источника / Practice of the source region", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") Long sourcePracticeId,
            @NotNull @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона-получателя; не равен источнику / Target region code; differs from the source", example = "22", maxLength = 2, required = true) String targetRegionCode,
            @Min(1)
            @Schema(description = "Проект региона-получателя / Project of the target region", example = "21", format = "int64", minimum = "1", maximum = "9223372036854775807") Long targetProjectId,
            @Min(1)
            @Schema(description = "Дефицит региона-получателя / Deficit of the target region", example = "9", format = "int64", minimum = "1", maximum = "9223372036854775807") Long targetDeficitId,
            @NotNull
            @Schema(description = "Вид связи / Kind of link", example = "PRACTICE_TRANSFER", required = true) InfluenceKind kind,
            @NotNull @Min(1) @Max(3)
            @Schema(description = "Сила связи, 1–3 / Strength, 1–3", example = "2", format = "int32", minimum = "1", maximum = "3", required = true) Integer strength,
            @Size(max = 2000)
            @Schema(description = "Пояснение / Note", example = "Алтайский край перенимает «Партнерское наставничество» Хабаровского края") String note,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
