package ru.efs.portfolio.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.common.Versioned;

/** The API shapes of users, sign-in and tokens. */
public final class UserDtos {

    private UserDtos() {
    }

    @Schema(name = "User", description = "Пользователь сервиса / User of the service")
    public record UserDto(
            @Schema(description = "Идентификатор / Identifier", example = "4", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Логин / Login", example = "coordinator27", maxLength = 64) String username,
            @Schema(description = "ФИО / Full name", example = "Иванова Мария Петровна", maxLength = 200) String fullName,
            @Schema(description = "Электронная почта / Email", example = "ivanova@khiro.ru", maxLength = 200, nullable = true) String email,
            @Schema(description = "Роль / Role", example = "REGIONAL_COORDINATOR") Role role,
            @Schema(description = "Регион координатора / Coordinator's region", example = "27", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "Может входить / May sign in", example = "true") boolean enabled,
            @Schema(description = "Организация пользователя (эксперт не оценивает проекты своей организации) / The user's organisation (an expert does not assess its projects)", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807", nullable = true) Long subjectId,
            @Schema(description = "Версия / Version", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Создан / Created at") OffsetDateTime createdAt,
            @Schema(description = "Изменён / Updated at") OffsetDateTime updatedAt,
            @Schema(description = "Кем изменён / Updated by", example = "admin", maxLength = 64) String updatedBy) implements Versioned {

        static UserDto from(AppUser user) {
            return new UserDto(user.id, user.username, user.fullName, user.email, user.role,
                    user.region == null ? null : user.region.code, user.enabled,
                    user.subject == null ? null : user.subject.id, user.version, user.createdAt,
                    user.updatedAt, user.updatedBy);
        }
    }

    @Schema(name = "UserRequest", description = "Пользователь для создания или изменения / User to create or update")
    public record UserRequest(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{efs.username}")
            @Schema(description = "Логин: латиница, цифры, точка, дефис / Login: Latin letters, digits, dot, dash", example = "coordinator27", required = true) String username,
            @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_BYTES, message = "{efs.password}")
            @Schema(description = "Пароль (только запись; при изменении — только если меняется): не короче 10 символов, "
                    + "не длиннее 71 байта в UTF-8, не содержит логин, не из списка распространённых / Password (write "
                    + "only; on update only when it changes): at least 10 characters, at most 71 bytes in UTF-8, not "
                    + "containing the login, not a common one",
                    example = "Smena-Parolya-2024", writeOnly = true, format = "password") String password,
            @NotBlank @Size(max = 200)
            @Schema(description = "ФИО / Full name", example = "Иванова Мария Петровна", required = true) String fullName,
            @Email @Size(max = 200)
            @Schema(description = "Электронная почта / Email", example = "ivanova@khiro.ru", format = "email") String email,
            @NotNull
            @Schema(description = "Роль / Role", example = "REGIONAL_COORDINATOR", required = true) Role role,
            @Pattern(regexp = "^\\d{2}$", message = "{efs.regionCode}")
            @Schema(description = "Регион; обязателен для координатора / Region; required for a coordinator", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Может входить (по умолчанию да) / May sign in (default true)", example = "true") Boolean enabled,
            @Min(1)
            @Schema(description = "Организация пользователя / The user's organisation", example = "12", format = "int64", minimum = "1", maximum = "9223372036854775807") Long subjectId,
            @Min(0)
            @Schema(description = "Версия (если нет If-Match) / Version (when no If-Match)", example = "0", format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "LoginRequest", description = "Вход по логину и паролю / Sign-in with login and password")
    public record LoginRequest(
            @NotBlank @Size(max = 64)
            @Schema(description = "Логин / Login", example = "coordinator27", required = true) String username,
            @NotBlank @Size(max = 128)
            @Schema(description = "Пароль / Password", example = "Koordinator-27", required = true, format = "password") String password) {
    }

    @Schema(name = "Me", description = "Кто вошёл / Who is signed in")
    public record MeResponse(
            @Schema(description = "Логин / Login", example = "coordinator27", maxLength = 64) String username,
            @Schema(description = "ФИО / Full name", example = "Иванова Мария Петровна", maxLength = 200) String fullName,
            @Schema(description = "Роль / Role", example = "REGIONAL_COORDINATOR") Role role,
            @Schema(description = "Регион координатора / Coordinator's region", example = "27", maxLength = 2, nullable = true) String regionCode,
            @Schema(description = "CSRF-токен для заголовка X-CSRF-Token (вход через браузер) / CSRF token for the X-CSRF-Token header (browser sign-in)", example = "y3XcV7yJ0kQ1wq2m5o9c2bqH8xq1YzPp", maxLength = 64, nullable = true) String csrfToken,
            @Schema(description = "Сессия действует до / Session valid until", nullable = true) OffsetDateTime expiresAt) {
    }

    @Schema(name = "Token", description = "Токен для заголовка Authorization: Bearer / Token for the Authorization: Bearer header")
    public record TokenResponse(
            @Schema(description = "Токен / Token", example = "h2k5Qd0lqv1oYp7r3mS9xBvN4cZ8tF6eW1aU0jK2gL3", maxLength = 64) String token,
            @Schema(description = "Тип / Type", example = "Bearer", maxLength = 10) String tokenType,
            @Schema(description = "Действует до / Valid until") OffsetDateTime expiresAt) {
    }
}
