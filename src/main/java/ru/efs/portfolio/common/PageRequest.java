package ru.efs.portfolio.common;

import java.util.Map;

/**
 * A page of a list as the caller asked for it: {@code page}, {@code size} (at most 100) and
 * {@code sort=field,asc|desc}. Anything else is a 400 naming the parameter, never silently ignored.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /**
     * @param sortable API sort field → JPQL path; the first entry is not special, {@code defaultSort} is used
     *                 when the caller gives none
     */
    public static PageRequest parse(String page, String size, String sort, Map<String, String> sortable,
            String defaultSort) {
        int pageNumber = parseInt("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String given = QueryParams.text("sort", sort, 60);
        String spec = given == null ? defaultSort : given;
        String[] parts = spec.split(",", -1);
        if (parts.length > 2 || !sortable.containsKey(parts[0].trim())) {
            throw Problem.invalid("sort", "validation.sort.field", String.join(", ", sortable.keySet()));
        }
        boolean ascending = true;
        if (parts.length == 2) {
            String direction = parts[1].trim().toLowerCase();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw Problem.invalid("sort", "validation.sort.direction");
            }
            ascending = direction.equals("asc");
        }
        return new PageRequest(pageNumber, pageSize, parts[0].trim(), ascending);
    }

    private static int parseInt(String field, String value, int fallback, int min, int max) {
        return QueryParams.integer(field, value, fallback, min, max);
    }

    public int offset() {
        return page * size;
    }
}
