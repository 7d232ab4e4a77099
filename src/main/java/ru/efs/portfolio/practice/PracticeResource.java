package ru.efs.portfolio.practice;

import ru.efs.portfolio.common.FileFormatParam;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Years;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Enums;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionDto;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionRequest;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionSummary;
import ru.efs.portfolio.practice.PracticeDtos.PracticeDto;
import ru.efs.portfolio.practice.PracticeDtos.PracticeRequest;
import ru.efs.portfolio.practice.PracticeDtos.PracticeSummary;
import ru.efs.portfolio.practice.PracticeDtos.TransitionRequest;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Практики / Practices")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class PracticeResource {

    @Inject
    Exports exports;

    @Inject
    PracticeService service;

    @Inject
    AdoptionService adoptions;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Устойчивые положительные практики / Proven practices",
            description = "Практики с фильтрами по региону, округу, категории (код группы охватывает её категории), статусу, зрелости, субъекту, году создания и поиском по названию, краткому и подробному описанию; по умолчанию недавно изменённые сверху. / Practices filtered by region, district, category (a group's code covers its categories), status, maturity, subject, creation year and text in the title, summary and description; recently changed first by default.")
    public RestResponse<PageResponse<PracticeSummary>> list(
            @Parameter(description = "Код региона практики / Region code of the practice", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD", schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Код категории или группы категорий / Code of a category or a category group", example = "mentoring", schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = QueryParams.CATEGORY_CODE_PATTERN)) @QueryParam("categoryCode") String categoryCode,
            @Parameter(description = "Статус / Status", example = "VERIFIED", schema = @Schema(implementation = PracticeStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Зрелость / Maturity", example = "ESTABLISHED", schema = @Schema(implementation = Maturity.class)) @QueryParam("maturity") String maturity,
            @Parameter(description = "Субъект ЕФС / ЕФС subject", example = "12", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Год создания, 2000–2100 / Creation year, 2000–2100", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Поиск по названию и описаниям / Search in the title and descriptions", example = "наставничество", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "practices", PracticeSummary.class, PracticeService.SORTABLE, PracticeService.DEFAULT_SORT,
                page -> service.list(new PracticeService.Filter(QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("federalDistrictCode", federalDistrictCode),
                QueryParams.categoryCode("categoryCode", categoryCode),
                Enums.parse("status", status, PracticeStatus.class), Enums.parse("maturity", maturity, Maturity.class),
                Ids.optional("subjectId", subjectId), Years.parseFilter(year), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Практика по идентификатору / Practice by id",
            description = "Полная карточка: категории, результаты, подтверждение и рекомендация, внедрения в других регионах и проекты, которые используют практику. / The full card: categories, results, verification and recommendation, adoptions by other regions and the projects that use the practice.")
    public RestResponse<PracticeDto> get(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Создать практику / Create a practice",
            description = "Новая практика — черновик (DRAFT). Координатор создаёт практики только своего региона. / A new practice is a DRAFT. A coordinator creates practices of their own region only.")
    public RestResponse<PracticeDto> create(@Valid @NotNull PracticeRequest request) {
        PracticeDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/practices/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить практику / Update a practice",
            description = "Меняет все поля, кроме статуса (статус — через /transitions). Изменение сути подтверждённой или рекомендованной практики (название, краткое и подробное описание, категории, целевые группы, результаты, подтверждения, зрелость) возвращает её на проверку: статус SUBMITTED в ответе и в истории; субъект и лет в работе — нет. Эксперт текст практики не меняет. Требует If-Match с версией (или поле version); устаревшая версия — 412. / Changes every field but the status (use /transitions). Changing the substance of a verified or recommended practice (title, summary, description, categories, target groups, results, evidence, maturity) sends it back to verification: status SUBMITTED in the answer and the history; the subject and years in operation do not. Experts do not edit practices. Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<PracticeDto> update(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PracticeRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Перевести практику в другой статус / Move a practice to another status",
            description = "Подать на проверку (SUBMITTED; нужны результаты и подтверждения), вернуть в черновик, отправить в архив — координатор региона практики или администратор; подтвердить (VERIFIED) — эксперт или администратор; рекомендовать к тиражированию (RECOMMENDED) — только администратор. Чужая роль — 403, недопустимый переход — 409 со списком допустимых. Требует If-Match (или поле version). / Submit (SUBMITTED; needs results and evidence), return to draft, archive: the coordinator of the practice's region or an administrator; verify (VERIFIED): an expert or an administrator; recommend for replication (RECOMMENDED): administrators only. The wrong role is a 403, a transition not allowed from the current status a 409 listing the allowed ones. Requires If-Match (or the version field).")
    public RestResponse<PracticeDto> transition(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Versioned.ok(service.transition(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить практику / Delete a practice",
            description = "Требует If-Match. 409, если практику используют проекты, её внедряют другие регионы или ею закрыт дефицит. / Requires If-Match. 409 when projects use the practice, other regions adopt it or a deficit was closed by it.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений практики / Change history of a practice",
            description = "Каждое изменение, включая смену статуса, подтверждение и рекомендацию: кто, когда, что было и что стало. / Every change, status changes, verification and recommendation included: who, when, what it was and what it became.")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
        @Path("/{id}/adoptions")
    @Operation(summary = "Внедрения практики / Adoptions of a practice",
            description = "Регионы, которые внедряют практику: через какой проект и с каким итогом. / The regions that adopt the practice: through which project, with what outcome.")
    public RestResponse<List<AdoptionSummary>> adoptions(@Parameter(description = "Идентификатор практики / Practice identifier", example = "7") @PathParam("id") String id,
            @BeanParam FileFormatParam file) {
        return exports.list(file.format, "adoptions", AdoptionSummary.class,
                () -> adoptions.listForPractice(Ids.parse(id)));
    }

    @POST
    @Path("/{id}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Записать внедрение практики / Record an adoption of a practice",
            description = "Записывает внедряющий регион: администратор или координатор этого региона. Регион практики не может её «внедрить» (400); второе внедрение тем же регионом — 409; внедрить можно только опубликованную практику — поданную на проверку, подтверждённую или рекомендованную (черновик или архивная — 409). Проект, если указан, должен быть из портфеля внедряющего региона. / Recorded by the adopting region: an administrator or that region's coordinator. The practice's own region cannot adopt it (400); a second adoption by the same region is a 409; only a published practice may be adopted — submitted, verified or recommended (a draft or an archived one is a 409). The project, when given, must belong to a portfolio of the adopting region.")
    public RestResponse<AdoptionDto> adopt(@Parameter(description = "Идентификатор практики / Practice identifier", example = "7") @PathParam("id") String id,
            @Valid @NotNull AdoptionRequest request) {
        AdoptionDto created = adoptions.create(Ids.parse(id), request);
        return Versioned.created(URI.create("/api/v1/adoptions/" + created.id()), created);
    }
}
