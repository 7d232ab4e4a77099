package ru.efs.portfolio.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of imports. */
public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportReport", description = "Итог проверки или загрузки файла / Report of checking or importing a file")
    public record ImportReport(
            @Schema(description = "Что загружалось / What was imported", example = "deficits", enumeration = {"subjects", "people", "deficits", "practices", "projects"}, required = true) String kind,
            @Schema(description = "Только проверка, ничего не записано / A check only, nothing was written", example = "true", required = true) boolean dryRun,
            @Schema(description = "Сколько объектов записано (создано и изменено); при проверке и при отказе 0 / How many objects were written (created and updated); 0 for a check and for a refusal", example = "0", format = "int32", minimum = "0", maximum = "1000000", required = true) int written,
            @Schema(description = "Строк данных в файле (без заголовка и пустых) / Data rows in the file (without the header and empty rows)", example = "25", format = "int32", minimum = "0", maximum = "1000000", required = true) int rowsRead,
            @Schema(description = "Строк без идентификатора, которые создают объекты / Rows without an id that create objects", example = "20", format = "int32", minimum = "0", maximum = "1000000", required = true) int toCreate,
            @Schema(description = "Строк, которые изменяют объекты / Rows that change objects", example = "3", format = "int32", minimum = "0", maximum = "1000000", required = true) int toUpdate,
            @Schema(description = "Строк, в которых ничего не изменилось / Rows that change nothing", example = "2", format = "int32", minimum = "0", maximum = "1000000", required = true) int unchanged,
            @Schema(description = "Ошибки по строкам; есть хоть одна — ничего не записано / Errors by row; with any, nothing is written", maxItems = 1000000, required = true) List<RowError> errors) {
    }

    @Schema(name = "ImportRowError", description = "Ошибка в строке файла / Error in a row of the file")
    public record RowError(
            @Schema(description = "Номер строки, как его показывает таблица (заголовок — строка 1) / Row number as a spreadsheet shows it (the header is row 1)", example = "7", format = "int32", minimum = "1", maximum = "1048576", required = true) int row,
            @Schema(description = "Столбец, как он назван в файле / The column as the file names it", example = "Код региона", maxLength = 300, nullable = true) String column,
            @Schema(description = "Что не так / What is wrong", example = "Нет региона с кодом 99.", maxLength = 2000, required = true) String message) {
    }

    @Schema(name = "ImportProblemDetails", description = "Что приложено к отказу загрузки / What a refused import carries")
    public record ImportProblemDetails(
            @Schema(description = "Итог проверки файла с ошибками / The report of the file with its errors", required = true) ImportReport report) {
    }

    @Schema(name = "ImportProblem", description = "Отказ загрузки (RFC 9457): в details.report — ошибки по строкам / A refused import (RFC 9457): details.report holds the errors by row")
    public record ImportProblem(
            @Schema(description = "Тип ошибки / Error type", example = "https://efs.example/problems/import-refused", maxLength = 200) String type,
            @Schema(description = "Краткое название / Short title", example = "Файл не загружен", maxLength = 200) String title,
            @Schema(description = "HTTP-статус / HTTP status", example = "422", minimum = "400", maximum = "599", format = "int32") int status,
            @Schema(description = "Подробности для человека / Human-readable details", example = "В файле ошибок: 2. Ничего не записано.", maxLength = 2000) String detail,
            @Schema(description = "Путь запроса / Request path", example = "/api/v1/imports/deficits", maxLength = 2000) String instance,
            @Schema(description = "Итог проверки / The report") ImportProblemDetails details) {
    }

    @Schema(name = "ImportUpload", description = "Файл для загрузки / The file to import")
    public record ImportUpload(
            @Schema(description = "Таблица XLSX или CSV (UTF-8 или Windows-1251, разделитель ; или ,) / An XLSX spreadsheet or a CSV file (UTF-8 or Windows-1251, ; or , between cells)", type = SchemaType.STRING, format = "binary", maxLength = 52428800, required = true) String file) {
    }
}
