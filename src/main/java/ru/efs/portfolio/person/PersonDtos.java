package ru.efs.portfolio.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.subject.Subject;

/** The API shapes of people (experts and participants). */
public final class PersonDtos {

    private PersonDtos() {
    }

    @Schema(name = "PersonSummary", description = "Человек в списке / Person in a list")
    public record PersonSummary(
            @Schema(description = "Идентификатор / Identifier", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "ФИО / Full name", example = "Кочешкова Ирина Юрьевна", maxLength = 200) String fullName,
            @Schema(description = "Должность / Position", example = "руководитель проекта", maxLength = 300, nullable = true) String position,
            @Schema(description = "Организация (субъект ЕФС) / Organisation (ЕФС subject)", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Название организации / Organisation name", example = "АлтГПУ", maxLength = 500, nullable = true) String subjectName,
            @Schema(description = "Код региона организации / Region code of the organisation", example = "22", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {

        static PersonSummary from(Person p) {
            Subject subject = p.subject;
            return new PersonSummary(p.id, p.fullName, p.position, subject == null ? null : subject.id,
                    subject == null ? null : subject.displayName(), p.regionCode(), p.version);
        }
    }

    @Schema(name = "Person", description = "Эксперт или участник / Expert or participant")
    public record PersonDto(
            @Schema(description = "Идентификатор / Identifier", example = "7", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "ФИО / Full name", example = "Кочешкова Ирина Юрьевна", maxLength = 200) String fullName,
            @Schema(description = "Должность / Position", example = "руководитель проекта", maxLength = 300, nullable = true) String position,
            @Schema(description = "Организация (субъект ЕФС) / Organisation (ЕФС subject)", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Организация / Organisation", nullable = true) Ref subject,
            @Schema(description = "Код региона организации / Region code of the organisation", example = "22", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Учёная степень, звание / Academic degree or title", example = "кандидат педагогических наук, доцент", maxLength = 200, nullable = true) String academicTitle,
            @Schema(description = "Электронная почта / Email", example = "kocheshkova@altspu.ru", maxLength = 200, nullable = true) String email,
            @Schema(description = "Телефон / Phone", example = "+7 3852 00-00-00", maxLength = 50, nullable = true) String phone,
            @Schema(description = "Заметки / Notes", example = "Руководитель серии стратегических сессий АлтГПУ", maxLength = 2000, nullable = true) String notes,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создан / Created by", example = "admin", maxLength = 64) String createdBy,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "coordinator22", maxLength = 64) String updatedBy) implements Versioned {

        static PersonDto from(Person p) {
            Subject subject = p.subject;
            return new PersonDto(p.id, p.fullName, p.position, subject == null ? null : subject.id,
                    subject == null ? null : new Ref(subject.id, subject.displayName()), p.regionCode(),
                    p.academicTitle, p.email, p.phone, p.notes, p.version, p.createdAt, p.createdBy, p.updatedAt,
                    p.updatedBy);
        }
    }

    @Schema(name = "PersonRequest", description = "Данные человека для создания или изменения / Person to create or update")
    public record PersonRequest(
            @NotBlank @Size(max = 200)
            @Schema(description = "ФИО / Full name", example = "Кочешкова Ирина Юрьевна", required = true) String fullName,
            @Size(max = 300)
            @Schema(description = "Должность / Position", example = "руководитель проекта") String position,
            @Min(1)
            @Schema(description = "Организация (субъект ЕФС); координатору обязательна и только своего региона / Organisation (ЕФС subject); a coordinator must give one of their own region", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") Long subjectId,
            @Size(max = 200)
            @Schema(description = "Учёная степень, звание / Academic degree or title", example = "кандидат педагогических наук, доцент") String academicTitle,
            @Size(max = 200) @Email
            @Schema(description = "Электронная почта / Email", example = "kocheshkova@altspu.ru", format = "email") String email,
            @Size(max = 50) @Pattern(regexp = "^[0-9+()\\-\\s]{5,50}$", message = "{efs.phone}")
            @Schema(description = "Телефон / Phone", example = "+7 3852 00-00-00") String phone,
            @Size(max = 2000)
            @Schema(description = "Заметки / Notes", example = "Руководитель серии стратегических сессий АлтГПУ") String notes,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
