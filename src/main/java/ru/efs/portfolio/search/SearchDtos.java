package ru.efs.portfolio.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the search API. */
public final class SearchDtos {

    private SearchDtos() {
    }

    @Schema(description = "Найденный объект / A found object")
    public record SearchHit(
            @Schema(description = "Тип объекта / Object type", example = "PRACTICE") SearchType type,
            @Schema(description = "Идентификатор / Identifier", example = "42", format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
            @Schema(description = "Название / Title", example = "Партнерское наставничество", maxLength = 1000) String title,
            @Schema(description = "Код региона / Region code", example = "27", maxLength = 3, nullable = true) String regionCode,
            @Schema(description = "Релевантность, больше — лучше / Relevance, higher is better", example = "7.25", format = "float", minimum = "0", maximum = "1000000") double score,
            @Schema(description = "Фрагмент текста, найденные слова в <mark>…</mark>, остальное экранировано / Text fragment, matched words in <mark>…</mark>, the rest HTML-escaped",
                    example = "<mark>Партнерское</mark> <mark>наставничество</mark>", maxLength = 2000) String highlight,
            @Schema(description = "Путь объекта в API / API path of the object", example = "/api/v1/practices/42", maxLength = 100) String url) {
    }
}
