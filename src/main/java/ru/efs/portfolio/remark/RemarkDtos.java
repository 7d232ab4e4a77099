package ru.efs.portfolio.remark;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of experts' remarks on a project's passport. */
public final class RemarkDtos {

    private RemarkDtos() {
    }

    @Schema(name = "Remark", description = "Замечание эксперта к паспорту проекта и ответ на него / An expert's remark on a project's passport and its answer")
    public record RemarkDto(
            @Schema(description = "Идентификатор / Identifier", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) long id,
            @Schema(description = "Проект / Project", example = "8", format = "int64", minimum = "1", maximum = "9223372036854775807", required = true) long projectId,
            @Schema(description = "Часть паспорта; нет — паспорт целиком / Part of the passport; none: the whole passport", example = "INDICATORS", nullable = true) RemarkPart part,
            @Schema(description = "Текст замечания / Text of the remark", example = "Уточните целевые значения показателей и источник данных", maxLength = 4000, required = true) String text,
            @Schema(description = "Автор (логин эксперта) / Author (the expert's login)", example = "voronushkina", maxLength = 64, required = true) String author,
            @Schema(description = "Состояние / Status", example = "OPEN", required = true) RemarkStatus status,
            @Schema(description = "Ответ координатора / The coordinator's answer", example = "Показатели уточнены по данным мониторинга ХК ИРО", maxLength = 4000, nullable = true) String answer,
            @Schema(description = "Кто ответил / Answered by", example = "coord27", maxLength = 64, nullable = true) String answeredBy,
            @Schema(description = "Когда ответил / Answered at", example = "2023-12-07T12:00:00Z", nullable = true) OffsetDateTime answeredAt,
            @Schema(description = "Создано / Created at", example = "2023-12-07T10:15:00Z", required = true) OffsetDateTime createdAt,
            @Schema(description = "Изменено / Updated at", example = "2023-12-07T12:00:00Z", required = true) OffsetDateTime updatedAt,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807", required = true) long version) implements Versioned {

        static RemarkDto from(Remark r) {
            return from(r, r.project.id);
        }

        /** With the project's id given, so that history snapshots never load the project. */
        static RemarkDto from(Remark r, long projectId) {
            return new RemarkDto(r.id, projectId, r.part, r.text, r.authorName, r.status, r.answer, r.answeredBy,
                    r.answeredAt, r.createdAt, r.updatedAt, r.version);
        }
    }

    @Schema(name = "RemarkRequest", description = "Новое замечание эксперта / A new remark of an expert")
    public record RemarkRequest(
            @Schema(description = "Часть паспорта; без неё — паспорт целиком / Part of the passport; without it, the whole passport", example = "INDICATORS") RemarkPart part,
            @NotBlank
            @Size(max = 4000)
            @Schema(description = "Текст замечания / Text of the remark", example = "Уточните целевые значения показателей и источник данных", maxLength = 4000, required = true) String text) {
    }

    @Schema(name = "RemarkAnswer", description = "Ответ координатора региона на замечание / The region coordinator's answer to a remark")
    public record RemarkAnswer(
            @NotBlank
            @Size(max = 4000)
            @Schema(description = "Ответ / Answer", example = "Показатели уточнены по данным мониторинга ХК ИРО", maxLength = 4000, required = true) String answer,
            @Min(0)
            @Schema(description = "Версия, которую видел автор (если нет If-Match) / Version the writer saw (when no If-Match)", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
