package ru.efs.portfolio.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.Ids;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.recommendation.RecommendationDtos.Recommendation;
import ru.efs.portfolio.security.Role;

@Path("/api/v1/deficits/{id}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Рекомендации практик / Practice recommendations")
@RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME, Role.COORDINATOR_NAME, Role.VIEWER_NAME})
public class RecommendationResource {

    @Inject
    PracticeRecommendationService service;

    @GET
    @Operation(summary = "Практики других регионов для устранения дефицита / Practices of other regions to close a deficit",
            description = "Практики других регионов (кроме черновиков и архивных) с общей категорией, категорией той же группы или близким текстом, по убыванию оценки 0–100; при равенстве — по id; в рейтинге не больше 250 лучших. Оценка: общие категории 30 + 5 за каждую следующую (до 40), только той же группы 12; близость текстов 30 × косинус (русская морфология); статус: рекомендована 10, подтверждена 6; зрелость: устойчивая 10, сложившаяся 6, формирующаяся 2; успешные внедрения 5 за регион (до 10). Каждая позиция объясняет свои баллы. / Practices of other regions (no drafts, nothing archived) sharing a category, having one of the same group, or with a close text, by descending score 0–100, ties by id; a ranking holds the 250 best at most. Score: shared categories 30 + 5 per further one (up to 40), same group only 12; text closeness 30 × cosine (Russian morphology); status: recommended 10, verified 6; maturity: sustainable 10, established 6, emerging 2; successful adoptions 5 per region (up to 10). Each item explains its points.")
    public PageResponse<Recommendation> recommendations(
            @Parameter(description = "Идентификатор дефицита / Deficit identifier", example = "41") @PathParam("id") String id,
            @Parameter(description = "Номер страницы с нуля / Zero-based page number", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы, 1–50 / Page size, 1–50", example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50")) @QueryParam("size") String size,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        long deficitId = Ids.parse(id);
        int pageNumber = QueryParams.integer("page", page, 0, 0, 1000);
        int pageSize = QueryParams.integer("size", size, PracticeRecommendationService.DEFAULT_SIZE, 1,
                PracticeRecommendationService.MAX_SIZE);
        return service.rankFor(deficitId, pageNumber, pageSize, Messages.resolve(acceptLanguage));
    }
}
