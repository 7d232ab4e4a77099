package ru.efs.portfolio.person;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.common.Versioned;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.person.PersonDtos.PersonDto;
import ru.efs.portfolio.person.PersonDtos.PersonRequest;
import ru.efs.portfolio.person.PersonDtos.PersonSummary;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Люди / People")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class PersonResource {

    @Inject
    Exports exports;

    @Inject
    PersonService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @ExportFile.Exportable
    @Operation(summary = "Эксперты и участники / Experts and participants",
            description = "Люди с фильтрами по организации, её региону и округу и поиском по ФИО, должности и почте. / People filtered by organisation, its region and district, and by text in name, position and email.")
    public RestResponse<PageResponse<PersonSummary>> list(
            @Parameter(description = "Организация (субъект ЕФС) / Organisation (ЕФС subject)", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Код региона организации / Region code of the organisation", example = "22", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Код федерального округа / Federal district code", example = "SIBFD", schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN)) @QueryParam("federalDistrictCode") String federalDistrictCode,
            @Parameter(description = "Поиск по ФИО, должности и почте / Search by name, position and email", example = "Кочешкова", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.TEXT_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return exports.page(paging, "people", PersonSummary.class, PersonService.SORTABLE, "fullName,asc",
                page -> service.list(new PersonService.Filter(Ids.optional("subjectId", subjectId),
                QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("federalDistrictCode", federalDistrictCode), QueryParams.q(q)), page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Человек по идентификатору / Person by id")
    public RestResponse<PersonDto> get(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return Versioned.ok(service.get(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Добавить человека / Add a person",
            description = "Координатор добавляет только сотрудников организаций своего региона. / A coordinator adds only people of their own region's organisations.")
    public RestResponse<PersonDto> create(@Valid @NotNull PersonRequest request) {
        PersonDto created = service.create(request);
        return Versioned.created(URI.create("/api/v1/people/" + created.id()), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Изменить данные человека / Update a person",
            description = "Требует If-Match с версией (или поле version); устаревшая версия — 412. / Requires If-Match with the version (or the version field); a stale one answers 412.")
    public RestResponse<PersonDto> update(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта, например \"3\" / Object version, e.g. \"3\"", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PersonRequest request) {
        return Versioned.ok(service.update(Ids.parse(id), request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Удалить человека / Delete a person",
            description = "409, если человек участвует в сессиях или руководит серией сессий. / 409 when the person takes part in sessions or leads a session series.")
    public void delete(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id,
            @Parameter(description = "Версия объекта / Object version", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id), Versions.expected(ifMatch, null));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "История изменений данных человека / Change history of a person",
            description = "Почту и телефон удалённого человека в истории видят только администраторы; остальным эти изменения не показываются. / Only administrators see a deleted person's email and phone in the history; others get it without those changes.")
    public List<HistoryEntry> history(@Parameter(description = "Идентификатор / Identifier", example = "7") @PathParam("id") String id) {
        return service.history(Ids.parse(id));
    }
}
