package ru.efs.portfolio.recommendation;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.PracticeStatus;

/** The API shapes of practice recommendations for a deficit. */
public final class RecommendationDtos {

    private RecommendationDtos() {
    }

    /** Why a practice got its points. */
    public enum ReasonCode {
        SHARED_CATEGORIES,
        RELATED_CATEGORIES,
        TEXT_SIMILARITY,
        STATUS,
        MATURITY,
        SUCCESSFUL_ADOPTIONS
    }

    @Schema(name = "RecommendedPracticeSummary", description = "Рекомендуемая практика кратко / Recommended practice in short")
    public record PracticeSummary(
            @Schema(description = "Идентификатор практики / Practice identifier", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 500) String title,
            @Schema(description = "Код региона практики / Region code of the practice", example = "27", maxLength = 2) String regionCode,
            @Schema(description = "Название региона / Region name", example = "Хабаровский край", maxLength = 100) String regionName,
            @Schema(description = "Зрелость / Maturity", example = "SUSTAINABLE") Maturity maturity,
            @Schema(description = "Статус / Status", example = "RECOMMENDED") PracticeStatus status) {
    }

    @Schema(name = "RecommendationReason", description = "Слагаемое оценки и его объяснение / A part of the score and its explanation")
    public record Reason(
            @Schema(description = "Код слагаемого / Code of the part", example = "SHARED_CATEGORIES") ReasonCode code,
            @Schema(description = "Объяснение на языке запроса / Explanation in the request's language", example = "Общие категории: наставничество", maxLength = 1000) String text,
            @Schema(description = "Баллы этого слагаемого (из 100) / Points of this part (out of 100)", example = "30.00", minimum = "0", maximum = "100") BigDecimal points) {
    }

    @Schema(name = "Recommendation", description = "Практика другого региона, рекомендуемая для устранения дефицита / A practice of another region recommended to close the deficit")
    public record Recommendation(
            @Schema(description = "Место в рейтинге, с 1 / Rank, from 1", example = "1", format = "int32", minimum = "1", maximum = "2147483647") int rank,
            @Schema(description = "Оценка 0–100, два знака после запятой / Score 0–100 with two decimals", example = "71.40", minimum = "0", maximum = "100") BigDecimal score,
            @Schema(description = "Практика / The practice") PracticeSummary practice,
            @Schema(description = "Из чего сложилась оценка / What the score is made of", maxItems = 6) List<Reason> reasons) {
    }
}
