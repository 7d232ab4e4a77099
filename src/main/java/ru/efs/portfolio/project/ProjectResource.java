package ru.efs.portfolio.project;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Enums;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.document.DocumentRequest;
import ru.efs.portfolio.document.PdfFile;
import ru.efs.portfolio.document.ProjectPassport;
import ru.efs.portfolio.portfolio.PortfolioService;
import ru.efs.portfolio.project.ProjectDtos.ProjectDto;
import ru.efs.portfolio.project.ProjectDtos.ProjectRequest;
import ru.efs.portfolio.project.ProjectDtos.ProjectSummary;
import ru.efs.portfolio.project.ProjectDtos.ProjectTransitionRequest;
import ru.efs.portfolio.project.ProjectDtos.StageChangeDto;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Проекты / Projects")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class ProjectResource {

    @Inject
    Exports exports;

    @Inject
    ProjectService service;

    @Inject
    ProjectTransitionService transitions;

    @Inject
    ProjectPassport passport;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Проекты / Projects",
            description = "Проекты портфелей с фильтрами по региону, округу и году портфеля, портфелю, этапу, сессии, дефициту, практике, ведущему субъекту и поиском по названию и цели. / Portfolio projects filtered by the portfolio's region, district and year, portfolio, stage, session, deficit, practice, lead subject and text in the title and goal.")
    public RestResponse<PageResponse<ProjectSummary>> list(
            @Parameter(description = "Код региона портфеля / Region code of the portfolio", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD", schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Портфель / Portfolio", example = "4", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("portfolioId") String portfolioId,
            @Parameter(description = "Этап / Stage", example = "REFINEMENT", schema = @Schema(implementation = ProjectStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Год портфеля (2000–2100) / Year of the portfolio (2000–2100)", example = "2023", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Сессия, где предложен проект / Session where the project was proposed", example = "6", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("sessionId") String sessionId,
            @Parameter(description = "Дефицит, который закрывает проект / Deficit the project addresses", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("deficitId") String deficitId,
            @Parameter(description = "Практика, которую использует проект / Practice the project uses", example = "5", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("practiceId") String practiceId,
            @Parameter(description = "Ведущий субъект ЕФС / Lead ЕФС subject", example = "12", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("leadSubjectId") String leadSubjectId,
            @Parameter(description = "Поиск по названию и цели / Search in the title and goal", example = "наставничество", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "projects", ProjectSummary.class, ProjectService.SORTABLE, ProjectService.DEFAULT_SORT,
                page -> service.list(new ProjectService.Filter(QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("federalDistrictCode", federalDistrictCode),
                Ids.optional("portfolioId", portfolioId), Enums.parse("stage", stage, ProjectStage.class),
                Years.parseFilter(year), Ids.optional("sessionId", sessionId),
                Ids.optional("deficitId", deficitId), Ids.optional("practiceId", practiceId),
                Ids.optional("leadSubjectId", leadSubjectId), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, PdfFile.MEDIA_TYPE})
    @Operation(summary = "Проект по идентификатору / Project by id",
            description = "Полный паспорт: показатели, даты, ведущий субъект и партнёры, дефициты (с отметкой «другого региона») и практики (с отметкой «заимствована»), сессия, куратор, этап. "
                    + "С Accept: application/pdf или ?format=pdf — паспорт проекта для защиты в PDF (A4, на языке "
                    + "Accept-Language) с историей этапов и средними баллами экспертов; файлом (Content-Disposition). / "
                    + "The full passport: indicators, dates, lead and partner subjects, deficits (marked when of another region) and practices (marked when borrowed), session, curator, stage. "
                    + "With Accept: application/pdf or ?format=pdf, the project passport for the defence as a PDF (A4, "
                    + "in the language of Accept-Language) with the stage history and the experts' averages; as a file "
                    + "(Content-Disposition).")
    @APIResponse(responseCode = "200", description = "Проект; в PDF — его паспорт / The project; as PDF, its passport",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "Только у PDF: имя файла / PDF only: the file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000,
                            pattern = PdfFile.DISPOSITION_PATTERN)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDto.class)),
                @Content(mediaType = PdfFile.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = PdfFile.MAX_BYTES))})
    public Response get(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id,
            @BeanParam DocumentRequest document) {
        long projectId = Ids.parse(id);
        return document.pdf() ? passport.file(projectId, document.locale()).response()
                : Versioned.ok(service.get(projectId)).toResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Добавить проект в портфель / Add a project to a portfolio",
            description = "Проект создаётся на этапе PROPOSED в портфеле-черновике или сформированном (утверждённый — 409). Практики другого региона (practiceIds) — только опубликованные: поданные на проверку, подтверждённые или рекомендованные (черновик или архивная — 400); свои — в любом статусе. Координатор — только в портфель своего региона. / The project starts at PROPOSED in a draft or formed portfolio (an approved one is a 409). Another region's practices (practiceIds) only when published: submitted, verified or recommended (a draft or an archived one is a 400); the region's own in any status. A coordinator adds only to their own region's portfolio.")
    public RestResponse<ProjectDto> create(@Valid @NotNull ProjectRequest request) {
        ProjectDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/projects/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить паспорт проекта / Update a project's passport",
            description = "Этап меняется только через /transitions; завершённый или отклонённый проект не изменяется (409). У утверждённого проекта (APPROVED, IMPLEMENTATION, а также ON_HOLD после них) цель, ожидаемые результаты и показатели — название, единица, базовое и целевое значения — не меняются: 409 с каждым изменённым полем (goal, expectedResults, indicators[i].target …); возврата на доработку после утверждения нет. Фактические значения (indicators[i].actual) вносить можно. Чужую практику (practiceIds) можно добавить, только если она опубликована — подана на проверку, подтверждена или рекомендована (иначе 400); уже связанные остаются. Требует If-Match с версией (или поле version); устаревшая версия — 412. / The stage changes only through /transitions; a completed or rejected project cannot change (409). Once approved (APPROVED, IMPLEMENTATION, and ON_HOLD from them) the goal, expected results and indicators — name, unit, baseline and target — do not change: a 409 naming each changed field (goal, expectedResults, indicators[i].target …); there is no return to revision after approval. The actual values (indicators[i].actual) may be entered. Another region's practice (practiceIds) may be added only when published — submitted, verified or recommended (else 400); those already linked stay. Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<ProjectDto> update(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Перевести проект на другой этап / Move a project to another stage",
            description = "PROPOSED → REFINEMENT → PRE_DEFENSE → DEFENSE → APPROVED → IMPLEMENTATION → COMPLETED; с предзащиты и защиты — REVISION (и снова PRE_DEFENSE); ON_HOLD и возврат к прерванному этапу; REJECTED. Другие переходы — 409 со списком допустимых. На предзащиту — только с заполненным паспортом (409 со списком недостающих полей). Координатор региона ведёт проект до предзащиты и после утверждения, эксперт — защиту, возврат на доработку и отклонение; иначе 403. Требует If-Match (или поле version). / PROPOSED → REFINEMENT → PRE_DEFENSE → DEFENSE → APPROVED → IMPLEMENTATION → COMPLETED; REVISION from pre-defence and defence (then PRE_DEFENSE again); ON_HOLD and back to the interrupted stage; REJECTED. Any other is a 409 listing the allowed ones. Pre-defence needs a complete passport (409 listing the missing fields). The region's coordinator leads the project up to pre-defence and after approval, an expert the defence, returns for revision and rejections; else 403. Requires If-Match (or the version field).")
    public RestResponse<ProjectDto> transition(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectTransitionRequest request) {
        return Versioned.ok(transitions.transition(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить проект / Delete a project",
            description = "Только на этапах PROPOSED, REFINEMENT или REJECTED; 409 и тогда, когда на проект ссылаются внедрения практик, экспертизы или закрытые им дефициты. Требует If-Match. / Only at PROPOSED, REFINEMENT or REJECTED; also 409 when practice adoptions, assessments or deficits it closed refer to it. Requires If-Match.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений проекта / Change history of a project")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
        @Path("/{id}/stages")
    @Operation(summary = "История этапов проекта / Stage history of a project",
            description = "Каждый переход: откуда, куда, комментарий, кто и когда; первым идёт создание (from = null). От старых к новым. / Every move: from, to, comment, who and when; the creation comes first (from = null). Oldest first.")
    public RestResponse<List<StageChangeDto>> stages(@Parameter(description = "Идентификатор / Identifier", example = "17") @PathParam("id") String id,
            @BeanParam FileFormatParam file) {
        return exports.list(file.format, "stages", StageChangeDto.class, () -> service.stages(Ids.parse(id)));
    }
}
