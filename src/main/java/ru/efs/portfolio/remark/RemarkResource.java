package ru.efs.portfolio.remark;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.remark.RemarkDtos.RemarkAnswer;
import ru.efs.portfolio.remark.RemarkDtos.RemarkDto;
import ru.efs.portfolio.remark.RemarkDtos.RemarkRequest;
import ru.efs.portfolio.security.Role;

/** {@code /api/v1/projects/{projectId}/remarks}: experts' remarks on a project's passport and their answers. */
@Path("/api/v1/projects/{projectId}/remarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Замечания экспертов / Experts' remarks")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class RemarkResource {

    @Inject
    RemarkService service;

    @GET
    @Operation(summary = "Замечания к проекту / Remarks on a project",
            description = "Сначала открытые, затем снятые; в каждой группе — в порядке появления. / Open ones first, then resolved; each group in the order they were made.")
    public List<RemarkDto> list(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId) {
        return service.list(Ids.parse("projectId", projectId));
    }

    @GET
    @Path("/{remarkId}")
    @Operation(summary = "Замечание / Remark")
    public RestResponse<RemarkDto> get(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Parameter(description = "Идентификатор замечания / Remark id", example = "5") @PathParam("remarkId") String remarkId) {
        return Versioned.ok(service.get(Ids.parse("projectId", projectId), Ids.parse("remarkId", remarkId)));
    }

    @GET
    @Path("/{remarkId}/history")
    @Operation(summary = "История изменений замечания / Change history of a remark")
    public List<HistoryEntry> history(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Parameter(description = "Идентификатор замечания / Remark id", example = "5") @PathParam("remarkId") String remarkId) {
        return service.history(Ids.parse("projectId", projectId), Ids.parse("remarkId", remarkId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Сделать замечание / Make a remark",
            description = "Эксперт или администратор; координаторы региона проекта получают уведомление. / An expert or an administrator; the coordinators of the project's region are notified.")
    public RestResponse<RemarkDto> create(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Valid @NotNull RemarkRequest request) {
        RemarkDto created = service.create(Ids.parse("projectId", projectId), request);
        return Versioned.created(URI.create("/api/v1/projects/" + created.projectId() + "/remarks/" + created.id()),
                created);
    }

    @POST
    @Path("/{remarkId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Ответить на замечание / Answer a remark",
            description = "Координатор региона проекта или администратор, пока замечание открыто (иначе 409); автор замечания получает уведомление. Требует If-Match (или поле version). / The coordinator of the project's region or an administrator, while the remark is open (else 409); its author is notified. Requires If-Match (or the version field).")
    public RestResponse<RemarkDto> answer(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Parameter(description = "Идентификатор замечания / Remark id", example = "5") @PathParam("remarkId") String remarkId,
            @Parameter(description = "Версия объекта, например \"0\" / Object version, e.g. \"0\"", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RemarkAnswer request) {
        return Versioned.ok(service.answer(Ids.parse("projectId", projectId), Ids.parse("remarkId", remarkId), request,
                Versions.expected(ifMatch, request.version())));
    }

    @POST
    @Path("/{remarkId}/resolve")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Снять замечание / Resolve a remark",
            description = "Автор замечания или администратор; уже снятое — 409. Требует If-Match. / The remark's author or an administrator; an already resolved one answers 409. Requires If-Match.")
    public RestResponse<RemarkDto> resolve(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Parameter(description = "Идентификатор замечания / Remark id", example = "5") @PathParam("remarkId") String remarkId,
            @Parameter(description = "Версия объекта / Object version", example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        return Versioned.ok(service.setStatus(Ids.parse("projectId", projectId), Ids.parse("remarkId", remarkId),
                RemarkStatus.RESOLVED, Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("/{remarkId}/reopen")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    @Operation(summary = "Вернуть замечание в работу / Reopen a remark",
            description = "Автор замечания или администратор; уже открытое — 409. Требует If-Match. / The remark's author or an administrator; an open one answers 409. Requires If-Match.")
    public RestResponse<RemarkDto> reopen(
            @Parameter(description = "Идентификатор проекта / Project id", example = "8") @PathParam("projectId") String projectId,
            @Parameter(description = "Идентификатор замечания / Remark id", example = "5") @PathParam("remarkId") String remarkId,
            @Parameter(description = "Версия объекта / Object version", example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        return Versioned.ok(service.setStatus(Ids.parse("projectId", projectId), Ids.parse("remarkId", remarkId),
                RemarkStatus.OPEN, Versions.expected(ifMatch, null)));
    }
}
