package ru.efs.portfolio.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every list: {@code {"items":[…],"page":0,"size":20,"totalItems":123,"totalPages":7}}. */
public record PageResponse<T>(
        @Schema(description = "Элементы страницы / Items of the page", maxItems = 100) List<T> items,
        @Schema(description = "Номер страницы с нуля / Zero-based page number", example = "0", minimum = "0", maximum = "2147483647", format = "int32") int page,
        @Schema(description = "Размер страницы / Page size", example = "20", minimum = "1", maximum = "100", format = "int32") int size,
        @Schema(description = "Всего элементов / Total items", example = "123", minimum = "0", maximum = "9223372036854775807", format = "int64") long totalItems,
        @Schema(description = "Всего страниц / Total pages", example = "7", minimum = "0", maximum = "2147483647", format = "int32") int totalPages) {

    public static <E, T> PageResponse<T> of(List<E> items, PageRequest request, long totalItems, Function<E, T> mapper) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items.stream().map(mapper).toList(), request.page(), request.size(), totalItems, pages);
    }
}
