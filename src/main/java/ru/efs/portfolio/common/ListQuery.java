package ru.efs.portfolio.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a filtered, sorted and paged JPQL list query. A page costs one count and one select; related objects
 * come through batch fetching (batch size = the largest page), so the number of statements never depends on the
 * page size.
 */
public final class ListQuery<E> {

    private final Class<E> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private ListQuery(Class<E> type, String alias) {
        this.type = type;
        this.alias = alias;
    }

    public static <E> ListQuery<E> of(Class<E> type, String alias) {
        return new ListQuery<>(type, alias);
    }

    /** Adds {@code path = :value} when the value is given. */
    public ListQuery<E> equal(String path, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            String name = param(value);
            conditions.add(path + " = :" + name);
        }
        return this;
    }

    /** Adds a raw condition using one named parameter, when the value is given. */
    public ListQuery<E> where(String condition, String paramName, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            params.put(paramName, value);
        }
        return this;
    }

    /** Case-insensitive "contains" over several text paths, when the text is given. */
    public ListQuery<E> contains(String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String name = param("%" + escapeLike(text.trim().toLowerCase()) + "%");
        List<String> ors = new ArrayList<>();
        for (String path : paths) {
            ors.add("lower(" + path + ") like :" + name + " escape '\\'");
        }
        conditions.add("(" + String.join(" or ", ors) + ")");
        return this;
    }

    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(" + alias + ") from " + type.getSimpleName() + " "
                + alias + whereClause(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<E> page(EntityManager em, PageRequest page, Map<String, String> sortable) {
        String orderPath = sortable.get(page.sortField());
        String direction = page.ascending() ? " asc" : " desc";
        String order = " order by " + orderPath + direction + " nulls last, " + alias + ".id" + direction;
        TypedQuery<E> query = em.createQuery("select " + alias + " from " + type.getSimpleName() + " " + alias
                + whereClause() + order, type);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public <T> PageResponse<T> fetch(EntityManager em, PageRequest page, Map<String, String> sortable,
            java.util.function.Function<E, T> mapper) {
        long total = count(em);
        List<E> items = total == 0 || page.offset() >= total ? List.of() : page(em, page, sortable);
        return PageResponse.of(items, page, total, mapper);
    }

    /**
     * A page read as a projection, no entities loaded: {@code select} is a constructor expression of {@code row}
     * over the alias and the left joins in {@code joins}. One count and one select, whatever the page shows.
     */
    public <T> PageResponse<T> project(EntityManager em, PageRequest page, Map<String, String> sortable,
            Class<T> row, String select, String joins) {
        long total = count(em);
        if (total == 0 || page.offset() >= total) {
            return PageResponse.of(List.<T>of(), page, total, item -> item);
        }
        String orderPath = sortable.get(page.sortField());
        String direction = page.ascending() ? " asc" : " desc";
        String order = " order by " + orderPath + direction + " nulls last, " + alias + ".id" + direction;
        TypedQuery<T> query = em.createQuery("select new " + row.getName() + "(" + select
                + ") from " + type.getSimpleName() + " " + alias + " " + joins + whereClause() + order, row);
        params.forEach(query::setParameter);
        return PageResponse.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                total, item -> item);
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
