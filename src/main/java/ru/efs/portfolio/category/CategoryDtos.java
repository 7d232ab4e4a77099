package ru.efs.portfolio.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of the category taxonomy. */
public final class CategoryDtos {

    /** What a category code looks like: lower-case Latin letters, digits and dashes (checked by the service). */
    public static final String CODE_PATTERN = "^[a-z0-9-]{2,60}$";

    private CategoryDtos() {
    }

    @Schema(name = "Category", description = "Категория двухуровневого классификатора дефицитов и практик / Category of the two-level taxonomy of deficits and practices")
    public record CategoryDto(
            @Schema(description = "Код категории / Category code", example = "mentoring", maxLength = 60, pattern = CODE_PATTERN) String code,
            @Schema(description = "Название / Name", example = "Наставничество", maxLength = 300) String name,
            @Schema(description = "Название на английском / Name in English", example = "Mentoring", maxLength = 300, nullable = true) String nameEn,
            @Schema(description = "Код группы; нет у группы верхнего уровня / Group code; none for a top-level group", example = "personnel", maxLength = 60, nullable = true) String parentCode,
            @Schema(description = "Порядок в списке / Position in the list", example = "20", format = "int32", minimum = "0", maximum = "100000") int sortOrder,
            @Schema(description = "Версия для If-Match / Version for If-Match", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создана / Created at") OffsetDateTime createdAt,
            @Schema(description = "Кем создана / Created by", example = "admin", maxLength = 64) String createdBy,
            @Schema(description = "Изменена / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменена / Updated by", example = "admin", maxLength = 64) String updatedBy) implements Versioned {

        static CategoryDto from(Category c) {
            return new CategoryDto(c.code, c.name, c.nameEn, c.parent == null ? null : c.parent.code, c.sortOrder,
                    c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
        }
    }

    @Schema(name = "CategoryRef", description = "Категория в составе другого объекта / Category inside another object")
    public record CategoryRef(
            @Schema(description = "Код категории / Category code", example = "mentoring", maxLength = 60) String code,
            @Schema(description = "Название / Name", example = "Наставничество", maxLength = 300) String name,
            @Schema(description = "Название на английском / Name in English", example = "Mentoring", maxLength = 300, nullable = true) String nameEn) {

        public static CategoryRef from(Category c) {
            return new CategoryRef(c.code, c.name, c.nameEn);
        }
    }

    @Schema(name = "CategoryRequest", description = "Категория для создания или изменения / Category to create or update")
    public record CategoryRequest(
            @Size(max = 60)
            @Schema(description = "Код: 2–60 строчных латинских букв, цифр и дефисов; обязателен при создании, не меняется / Code: 2–60 lower-case Latin letters, digits and dashes; required on create, never changes", example = "mentoring", maxLength = 60, pattern = CODE_PATTERN) String code,
            @NotBlank @Size(max = 300)
            @Schema(description = "Название / Name", example = "Наставничество", required = true) String name,
            @Size(max = 300)
            @Schema(description = "Название на английском / Name in English", example = "Mentoring") String nameEn,
            @Size(max = 60)
            @Schema(description = "Код группы верхнего уровня; пусто — сама категория становится группой (уровней только два) / Code of a top-level group; empty makes the category a group itself (there are two levels only)", example = "personnel", maxLength = 60, pattern = CODE_PATTERN) String parentCode,
            @NotNull @Min(0) @Max(100000)
            @Schema(description = "Порядок в списке / Position in the list", example = "20", format = "int32", minimum = "0", maximum = "100000", required = true) Integer sortOrder,
            @Min(0)
            @Schema(description = "Версия, которую видел автор изменения (если нет If-Match) / Version the writer saw (when no If-Match)", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
