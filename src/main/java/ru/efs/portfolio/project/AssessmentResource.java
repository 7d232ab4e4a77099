package ru.efs.portfolio.project;

import ru.efs.portfolio.common.FileFormatParam;
import ru.efs.portfolio.common.export.FileFormat;
import ru.efs.portfolio.common.export.Exports;
import ru.efs.portfolio.common.export.ExportFile;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentDto;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentRequest;
import ru.efs.portfolio.project.AssessmentDtos.AssessmentSummary;
import ru.efs.portfolio.project.AssessmentDtos.QueueItem;
import ru.efs.portfolio.security.Role;

/**
 * Experts' assessments: one assessment by its id, and the queue of projects awaiting the caller's assessment. A
 * project's assessments and their summary live under the project's path in the nested resources below: the router
 * picks one resource class per path prefix, so they cannot sit under a class mapped to {@code /api/v1}.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Экспертная оценка проектов / Project assessments")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class AssessmentResource {

    @Inject
    Exports exports;

    @Inject
    AssessmentService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Path("/queue")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Проекты, ожидающие моей оценки / Projects awaiting my assessment",
            description = "Эксперту — проекты на предзащите или защите, которые он ещё не оценил на этом этапе и которые не ведёт и не сопровождает как партнёр его организация; администратору — все проекты на этих этапах. / For an expert: projects at pre-defence or defence that they have not yet assessed at that stage and that their organisation neither leads nor partners in; for an administrator: every project at those stages.")
    public RestResponse<PageResponse<QueueItem>> queue(
            @Parameter(description = "Этап / Stage", example = "PRE_DEFENSE", schema = @Schema(type = SchemaType.STRING, enumeration = {"PRE_DEFENSE", "DEFENSE"})) @QueryParam("stage") String stage,
            @Parameter(description = "Код региона / Region code", example = "27", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Поиск по названию проекта / Search by project title", example = "наставничество", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @Parameter(description = "Только проекты, куратор которых — я (по адресу почты) / Only the projects I curate (matched by e-mail)", example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("assignedToMe") String assignedToMe,
            @BeanParam PageParams paging) {
        return exports.page(paging, "queue", QueueItem.class, AssessmentService.QUEUE_SORTABLE, "updatedAt,asc",
                page -> service.queue(new AssessmentService.QueueFilter(assessedStage(stage),
                QueryParams.regionCode("regionCode", regionCode), QueryParams.q(q),
                QueryParams.flag("assignedToMe", assignedToMe)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Оценка по идентификатору / Assessment by id")
    public RestResponse<AssessmentDto> get(@Parameter(description = "Идентификатор оценки / Assessment id", example = "31") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Изменить свою оценку / Update one's own assessment",
            description = "Только автор и только пока проект на том же этапе (иначе 403 / 409). Требует If-Match с версией (или поле version); устаревшая версия — 412. / Only its author and only while the project is still at the same stage (else 403 / 409). Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<AssessmentDto> update(@Parameter(description = "Идентификатор оценки / Assessment id", example = "31") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"0\" / Object version, e.g. \"0\"", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssessmentRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Удалить оценку / Delete an assessment",
            description = "Автор — пока проект на том же этапе; администратор — всегда. Требует If-Match. / The author while the project is still at the same stage; an administrator at any time. Requires If-Match.")
    public void delete(@Parameter(description = "Идентификатор оценки / Assessment id", example = "31") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений оценки / Change history of an assessment")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор оценки / Assessment id", example = "31") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }

    /** {@code /api/v1/projects/{projectId}/assessments}: a project's assessments; experts add theirs here. */
    @Path("/api/v1/projects/{projectId}/assessments")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Экспертная оценка проектов / Project assessments")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
    public static class OfProject {

        @Inject
        AssessmentService service;

        @Inject
        Exports exports;

        @GET
        @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
        @ExportFile.Exportable
                @Operation(summary = "Оценки проекта / Assessments of a project",
                description = "Все оценки проекта в порядке их появления, при необходимости одного этапа. / All assessments of the project in the order they were given, optionally of one stage.")
        public RestResponse<List<AssessmentDto>> list(
                @Parameter(description = "Идентификатор проекта / Project id", example = "7") @PathParam("projectId") String projectId,
                @Parameter(description = "Этап / Stage", example = "PRE_DEFENSE", schema = @Schema(type = SchemaType.STRING, enumeration = {"PRE_DEFENSE", "DEFENSE"})) @QueryParam("stage") String stage,
                @BeanParam FileFormatParam file) {
            return exports.list(file.format, "assessments", AssessmentDto.class,
                    () -> service.listOfProject(Ids.parse("projectId", projectId), assessedStage(stage)));
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
        @Operation(summary = "Оценить проект / Assess a project",
                description = "Эксперт оценивает проект на его текущем этапе — предзащите или защите (иначе 409), один раз на этапе (повторно — 409) и не оценивает проекты, которые ведёт или сопровождает как партнёр его организация (403). / An expert assesses the project at its current stage, pre-defence or defence (else 409), once per stage (again: 409), and never a project their organisation leads or partners in (403).")
        public RestResponse<AssessmentDto> create(
                @Parameter(description = "Идентификатор проекта / Project id", example = "7") @PathParam("projectId") String projectId,
                @Valid @NotNull AssessmentRequest request) {
            AssessmentDto created = service.create(Ids.parse("projectId", projectId), request);
            return Versioned.created(URI.create("/api/v1/assessments/" + created.id()), created);
        }
    }

    /** {@code /api/v1/projects/{projectId}/assessment-summary}: the project's averages and recommendations. */
    @Path("/api/v1/projects/{projectId}/assessment-summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Экспертная оценка проектов / Project assessments")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
    public static class SummaryOfProject {

        @Inject
        AssessmentService service;

        @GET
        @Operation(summary = "Итоги экспертной оценки проекта / Assessment results of a project",
                description = "Для предзащиты и защиты: число оценок, средний балл по каждому критерию и общий (среднее шести средних), сколько экспертов рекомендовали одобрить, доработать или отклонить. / For pre-defence and defence: the number of assessments, the average per criterion and overall (the mean of the six averages), and how many experts recommended approving, revising or rejecting.")
        public AssessmentSummary summary(
                @Parameter(description = "Идентификатор проекта / Project id", example = "7") @PathParam("projectId") String projectId) {
            return service.summary(Ids.parse("projectId", projectId));
        }
    }

    /** Only pre-defence and defence are assessed; any other stage is a 400 naming {@code stage}. */
    static ProjectStage assessedStage(String value) {
        return QueryParams.oneOf("stage", value, ProjectStage.PRE_DEFENSE, ProjectStage.DEFENSE);
    }
}
