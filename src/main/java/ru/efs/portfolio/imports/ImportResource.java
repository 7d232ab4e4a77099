package ru.efs.portfolio.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.ProblemMapper;
import ru.efs.portfolio.common.ProblemResponse;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.imports.ImportDtos.ImportProblem;
import ru.efs.portfolio.imports.ImportDtos.ImportReport;
import ru.efs.portfolio.imports.ImportDtos.ImportUpload;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/imports")
@Tag(name = "Загрузка из таблиц / Imports")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class ImportResource {

    private static final String DISPOSITION_PATTERN =
            "^attachment; filename=\"[ -~]+\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+$";

    @Inject
    ImportService service;

    @Inject
    ImportTemplate templates;

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Загрузить таблицу / Import a spreadsheet",
            description = "Файл XLSX или CSV (UTF-8 с BOM или без, либо Windows-1251; разделитель ; или ,) в части file. Заголовки — как в выгрузке списка (русские или английские; регистр, ё/е, пробелы и знаки не важны), так что выгруженный файл загружается как есть. Строка с идентификатором изменяет этот объект (неизменённая считается unchanged), без идентификатора — создаёт. Ссылки — идентификатором или названием (регион — кодом или названием, категории — кодами или названиями). Каждая строка проходит те же права и проверки, что создание и изменение через API; координатор загружает только строки своего региона. С dryRun=true ничего не записывается, ответ — отчёт (200). Без dryRun весь файл записывается одной транзакцией и одной ревизией истории, а при любой ошибке — ничего не записывается, ответ 422 с отчётом в details.report. Файл не таблица или с макросами — 415; слишком большой — 413; zip-бомба, слишком много строк, неизвестные или недостающие столбцы — 422. Формулы не вычисляются: берутся сохранённые значения. / An XLSX or CSV file (UTF-8 with or without a BOM, or Windows-1251; ; or , between cells) in the part file. Headers are those of the list's export (Russian or English; case, ё/е, spaces and punctuation aside), so an exported file imports as it is. A row with an id changes that object (an unchanged one counts as unchanged), a row without one creates. References by id or by name (a region by code or name, categories by codes or names). Every row passes the rights and checks of the API's create and update; a coordinator imports only their own region's rows. With dryRun=true nothing is written and the answer is the report (200). Without it the whole file is written in one transaction and one history revision, or, with any error, nothing is, and the answer is a 422 with the report in details.report. A file that is not a spreadsheet or has macros is a 415; too large a 413; a zip bomb, too many rows, unknown or missing columns a 422. Formulas are never calculated: their saved values are read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUpload.class)))
    @APIResponse(responseCode = "200", description = "Отчёт: что создано, изменено, без изменений и ошибки по строкам / The report: created, updated, unchanged and the errors by row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "415", description = "Файл не таблица XLSX или CSV, старый формат XLS, с макросами или паролем / The file is not an XLSX or CSV table, an old XLS, or has macros or a password",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "Ничего не записано: ошибки в строках (отчёт в details.report), неизвестные или недостающие столбцы, слишком много строк, zip-бомба / Nothing written: errors in rows (the report in details.report), unknown or missing columns, too many rows, a zip bomb",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = ImportProblem.class)))
    public ImportReport importFile(
            @Parameter(description = "Что загружается / What to import", example = "deficits", schema = @Schema(type = SchemaType.STRING, enumeration = {"subjects", "people", "deficits", "practices", "projects"})) @PathParam("kind") String kind,
            @Parameter(description = "Только проверить, ничего не записывая / Only check, writing nothing", example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Parameter(hidden = true) @RestForm("file") FileUpload file) {
        ImportKind chosen = ImportKind.of(kind);
        boolean check = dryRun(dryRun);
        if (file == null || file.uploadedFile() == null) {
            throw Problem.invalid("file", "import.file.missing");
        }
        return service.importFile(chosen, file.uploadedFile(), file.fileName(), check, Messages.resolve(language));
    }

    @GET
    @Path("/{kind}/template")
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(summary = "Шаблон таблицы для загрузки / Spreadsheet template for an import",
            description = "XLSX со столбцами загрузки (заголовки на языке Accept-Language, те же, что у выгрузки списка), пояснением к каждому и листом «Значения» с допустимыми значениями (регионы, категории, перечисления, портфели), на который ссылаются выпадающие списки ячеек. / An XLSX with the import's columns (headers in the language of Accept-Language, the same as the list's export), a note on each, and a sheet «Значения» (Values) of the allowed values (regions, categories, enumerations, portfolios) that the cells' drop-down lists refer to.")
    @APIResponse(responseCode = "200", description = "Шаблон XLSX / The XLSX template",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "Имя файла шаблона / The template's file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000, pattern = DISPOSITION_PATTERN)),
            content = @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)))
    public Response template(
            @Parameter(description = "Для чего шаблон / What the template is for", example = "deficits", schema = @Schema(type = SchemaType.STRING, enumeration = {"subjects", "people", "deficits", "practices", "projects"})) @PathParam("kind") String kind,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = Messages.resolve(language);
        ImportTemplate.File file = templates.of(ImportKind.of(kind), locale);
        return Response.ok(file.content(), FileFormat.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.asciiName() + ".xlsx\"; "
                        + "filename*=UTF-8''" + URLEncoder.encode(file.name() + ".xlsx", StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code true}, {@code false} or nothing (false); anything else is the caller's mistake in that parameter. */
    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw Problem.invalid("dryRun", "import.dryRun");
        };
    }
}
