package ru.efs.portfolio.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.search.SearchDtos.SearchHit;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Поиск / Search")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Operation(summary = "Поиск по всему / Search everything",
            description = "Субъекты, люди, сессии, дефициты, практики и проекты; русская морфология («наставник» находит «наставничество») и одна опечатка в слове («настовник» — как «наставник»), лучшие совпадения первыми, найденные слова в <mark>. / Subjects, people, sessions, deficits, practices and projects; Russian morphology and one typo in a word forgiven, best matches first, matched words in <mark>.")
    public PageResponse<SearchHit> search(
            @Parameter(description = "Что искать, 2–200 символов / What to look for, 2–200 characters", example = "молодых педагогов", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "Типы через запятую / Comma-separated types", example = "PRACTICE,PROJECT",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = "^[A-Za-z, ]*$")) @QueryParam("types") String types,
            @Parameter(description = "Номер страницы с нуля / Zero-based page number", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "21474836")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы, 1–50 / Page size, 1–50", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50")) @QueryParam("size") String size) {
        return service.search(q, types, page, size);
    }
}
