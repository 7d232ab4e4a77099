package ru.efs.portfolio.practice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.practice.AdoptionDtos.AdoptionRequest;
import ru.efs.portfolio.security.Role;

/** One adoption of a practice; they are listed and recorded under {@code /api/v1/practices/{id}/adoptions}. */
@Path("/api/v1/adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Внедрения практик / Practice adoptions")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class AdoptionResource {

    @Inject
    AdoptionService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Внедрение практики по идентификатору / Practice adoption by id")
    public RestResponse<AdoptionDto> get(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить внедрение практики / Update a practice adoption",
            description = "Администратор или координатор внедряющего региона (и прежнего, и нового). Требует If-Match с версией (или поле version); устаревшая версия — 412. / An administrator or the coordinator of the adopting region (the current and the new one). Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<AdoptionDto> update(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AdoptionRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить внедрение практики / Delete a practice adoption",
            description = "Администратор или координатор внедряющего региона. Требует If-Match. / An administrator or the coordinator of the adopting region. Requires If-Match.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений внедрения / Change history of a practice adoption")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "4") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
