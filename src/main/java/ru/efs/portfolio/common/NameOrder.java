package ru.efs.portfolio.common;

import java.util.Comparator;
import java.util.Locale;

/**
 * Names and titles in the order a person reads them in a list: case and «ё» do not split the alphabet («Ёлкин»
 * beside «Елисеев», «алтайский» among the «А»), whatever the database's collation. Ties keep the original text's
 * order, so the order is stable.
 */
public final class NameOrder {

    /** Marks a sortable path of {@link ListQuery} as a name to be ordered by {@link #key}. */
    static final String MARK = "name:";

    /** Orders in memory as {@link #sortable} orders in the database. */
    public static final Comparator<String> COMPARATOR = Comparator.nullsLast(
            Comparator.comparing(NameOrder::key).thenComparing(Comparator.naturalOrder()));

    private NameOrder() {
    }

    /** A sortable path (a value of a list's sort map) ordered as a name. */
    public static String sortable(String path) {
        return MARK + path;
    }

    /** The JPQL expressions a list is ordered by for a sortable path: the name's key, then the text itself. */
    static String[] orderBy(String sortable) {
        if (!sortable.startsWith(MARK)) {
            return new String[] {sortable};
        }
        String path = sortable.substring(MARK.length());
        return new String[] {"lower(replace(replace(" + path + ", 'Ё', 'Е'), 'ё', 'е'))", path};
    }

    public static String key(String name) {
        return name.replace('Ё', 'Е').replace('ё', 'е').toLowerCase(Locale.ROOT);
    }
}
