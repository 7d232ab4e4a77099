package ru.efs.portfolio.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 problem body every error of the API answers with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Описание ошибки (RFC 9457) / Error description (RFC 9457)")
public record ProblemResponse(
        @Schema(description = "Тип ошибки / Error type", example = "https://efs.example/problems/validation", maxLength = 200)
        String type,
        @Schema(description = "Краткое название / Short title", example = "Некорректный запрос", maxLength = 200)
        String title,
        @Schema(description = "HTTP-статус / HTTP status", example = "400", minimum = "400", maximum = "599", format = "int32")
        int status,
        @Schema(description = "Подробности для человека / Human-readable details", example = "Проверьте поля запроса", maxLength = 2000)
        String detail,
        @Schema(description = "Путь запроса / Request path", example = "/api/v1/subjects", maxLength = 2000)
        String instance,
        @Schema(description = "Ошибки по полям / Field errors", maxItems = 100)
        List<FieldMessage> errors,
        @Schema(description = "Дополнительные сведения (например, что зависит от объекта) / Extra details (e.g. what depends on the object)")
        Object details) {

    @Schema(name = "FieldMessage", description = "Ошибка в поле запроса / Error in a request field")
    public record FieldMessage(
            @Schema(description = "Поле запроса / Request field", example = "endDate", maxLength = 200) String field,
            @Schema(description = "Сообщение / Message", example = "Дата окончания раньше даты начала", maxLength = 1000) String message) {
    }
}
