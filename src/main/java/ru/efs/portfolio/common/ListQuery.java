package ru.efs.portfolio.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a filtered, sorted and paged JPQL list query. A page costs one count and one select of the columns it
 * shows ({@link #project}, {@link #columns}), and one statement per collection it lists ({@link #collected}; per
 * {@link #IN_LIST} rows), so the number of statements never depends on the size of a page. Pages of entities
 * ({@link #fetch}) load related objects through batch fetching.
 */
public final class ListQuery<E> {

    /**
     * The most ids one {@code in :ids} list takes: H2 checks every row it found against the whole list again, so a
     * list of n ids costs n² comparisons; an export's chunk of thousands of rows goes in parts of this size.
     */
    public static final int IN_LIST = 500;

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
        String order = orderBy(page, sortable);
        TypedQuery<E> query = em.createQuery("select " + alias + " from " + type.getSimpleName() + " " + alias
                + whereClause() + order, type);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public <T> PageResponse<T> fetch(EntityManager em, PageRequest page, Map<String, String> sortable,
            Function<E, T> mapper) {
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
        return read(em, page, sortable, "new " + row.getName() + "(" + select + ")", joins, row, items -> items);
    }

    /**
     * A page read as columns, no entities loaded: {@code select} lists them over the alias and the joins, and
     * {@code items} makes the page's items of all its rows at once, so that what a row lacks (the ids of a
     * collection) is read for the whole page in one more statement ({@link #collected}).
     */
    public <T> PageResponse<T> columns(EntityManager em, PageRequest page, Map<String, String> sortable,
            String select, String joins, Function<List<Object[]>, List<T>> items) {
        return read(em, page, sortable, select, joins, Object[].class, items);
    }

    private <R, T> PageResponse<T> read(EntityManager em, PageRequest page, Map<String, String> sortable,
            String select, String joins, Class<R> row, Function<List<R>, List<T>> items) {
        long total = count(em);
        if (total == 0 || page.offset() >= total) {
            return PageResponse.of(List.<T>of(), page, total, item -> item);
        }
        String order = orderBy(page, sortable);
        TypedQuery<R> query = em.createQuery("select " + select + " from " + type.getSimpleName() + " " + alias
                + " " + joins + whereClause() + order, row);
        params.forEach(query::setParameter);
        List<R> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return PageResponse.of(items.apply(rows), page, total, item -> item);
    }

    /**
     * Values of a collection for a page of owners, in one statement: {@code jpql} selects the owner's id and the
     * value, with {@code :ids} for the owners; the values come in the statement's order.
     */
    public static <V> Map<Long, List<V>> collected(EntityManager em, String jpql, Collection<Long> ids,
            Class<V> value) {
        Map<Long, List<V>> result = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", part).getResultList()) {
                result.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(value.cast(row[1]));
            }
        }
        return result;
    }

    /** The sort field's expressions, nulls last, then the id, all in the asked direction. */
    private String orderBy(PageRequest page, Map<String, String> sortable) {
        String direction = page.ascending() ? " asc" : " desc";
        StringBuilder order = new StringBuilder(" order by ");
        for (String expression : NameOrder.orderBy(sortable.get(page.sortField()))) {
            order.append(expression).append(direction).append(" nulls last, ");
        }
        return order.append(alias).append(".id").append(direction).toString();
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
