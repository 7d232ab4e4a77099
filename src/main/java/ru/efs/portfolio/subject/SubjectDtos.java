package ru.efs.portfolio.subject;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Ref;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of ЕФС subjects. */
public final class SubjectDtos {

    private SubjectDtos() {
    }

    @Schema(name = "SubjectSummary", description = "Субъект ЕФС в списке / ЕФС subject in a list")
    public record SubjectSummary(
            @Schema(description = "Идентификатор / Identifier", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Полное название / Full name", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", maxLength = 500) String name,
            @Schema(description = "Краткое название / Short name", example = "ХК ИРО", maxLength = 150, nullable = true) String shortName,
            @Schema(description = "Тип субъекта / Subject type", example = "EDUCATION_DEVELOPMENT_INSTITUTE") SubjectType type,
            @Schema(description = "Уровень (по типу) / Level (from the type)", example = "REGIONAL") SubjectLevel level,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100, nullable = true) String regionName,
            @Schema(description = "Родительская организация / Parent organisation", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long parentId,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "Subject", description = "Субъект ЕФС (организация) / ЕФС subject (organisation)")
    public record SubjectDto(
            @Schema(description = "Идентификатор / Identifier", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Полное название / Full name", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", maxLength = 500) String name,
            @Schema(description = "Краткое название / Short name", example = "ХК ИРО", maxLength = 150, nullable = true) String shortName,
            @Schema(description = "Тип субъекта / Subject type", example = "EDUCATION_DEVELOPMENT_INSTITUTE") SubjectType type,
            @Schema(description = "Уровень (по типу) / Level (from the type)", example = "REGIONAL") SubjectLevel level,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100, nullable = true) String regionName,
            @Schema(description = "Родительская организация / Parent organisation", nullable = true) Ref parent,
            @Schema(description = "Сайт / Website", example = "https://khiro.ru", maxLength = 300, nullable = true) String website,
            @Schema(description = "Электронная почта / Email", example = "info@khiro.ru", maxLength = 200, nullable = true) String email,
            @Schema(description = "Телефон / Phone", example = "+7 4212 00-00-00", maxLength = 50, nullable = true) String phone,
            @Schema(description = "Адрес / Address", example = "г. Хабаровск", maxLength = 500, nullable = true) String address,
            @Schema(description = "Описание / Description", maxLength = 4000, nullable = true) String description,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создан / Created by", example = "admin", maxLength = 64) String createdBy,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "coordinator27", maxLength = 64) String updatedBy) implements Versioned {

        static SubjectDto from(Subject s) {
            return new SubjectDto(s.id, s.name, s.shortName, s.type, s.level, s.regionCode(),
                    s.region == null ? null : s.region.name,
                    s.parent == null ? null : new Ref(s.parent.id, s.parent.displayName()),
                    s.website, s.email, s.phone, s.address, s.description, s.version, s.createdAt, s.createdBy,
                    s.updatedAt, s.updatedBy);
        }
    }

    @Schema(name = "SubjectRequest", description = "Данные субъекта ЕФС для создания или изменения / ЕФС subject to create or update")
    public record SubjectRequest(
            @NotBlank @Size(max = 500)
            @Schema(description = "Полное название / Full name", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", required = true) String name,
            @Size(max = 150)
            @Schema(description = "Краткое название / Short name", example = "ХК ИРО") String shortName,
            @NotNull
            @Schema(description = "Тип субъекта; уровень следует из типа / Subject type; the level follows from it", example = "EDUCATION_DEVELOPMENT_INSTITUTE", required = true) SubjectType type,
            @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Код региона; обязателен для регионального, муниципального и школьного уровня / Region code; required below the federal level", example = "27", maxLength = 2) String regionCode,
            @Min(1)
            @Schema(description = "Родительская организация / Parent organisation", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") Long parentId,
            @Size(max = 300) @Pattern(regexp = "^https?://\\S+$", message = "{efs.url}")
            @Schema(description = "Сайт / Website", example = "https://khiro.ru") String website,
            @Size(max = 200) @Email
            @Schema(description = "Электронная почта / Email", example = "info@khiro.ru", format = "email") String email,
            @Size(max = 50) @Pattern(regexp = "^[0-9+()\\-\\s]{5,50}$", message = "{efs.phone}")
            @Schema(description = "Телефон / Phone", example = "+7 4212 00-00-00") String phone,
            @Size(max = 500)
            @Schema(description = "Адрес / Address", example = "г. Хабаровск") String address,
            @Size(max = 4000)
            @Schema(description = "Описание / Description", example = "Региональный институт развития образования") String description,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "3", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
