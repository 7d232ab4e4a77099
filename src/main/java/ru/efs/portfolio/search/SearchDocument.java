package ru.efs.portfolio.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the index keeps of one object: its title, the rest of its words, its region, when it last changed
 * (milliseconds) and its version; the last three and the id make its {@link SearchDigest}, which tells at startup
 * whether the index holds what the database holds.
 */
public record SearchDocument(SearchType type, long id, String title, String text, String regionCode,
        long updatedAt, long version) {

    public String key() {
        return key(type, id);
    }

    public static String key(SearchType type, long id) {
        return type.name() + ":" + id;
    }

    /** A type and id as {@link #key(SearchType, long)} writes them. */
    record Key(SearchType type, long id) {
    }

    /** The type and id of a key, or {@code null} when it is not one. */
    static Key parseKey(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new Key(SearchType.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The part of its type's digest this document adds. */
    long digest() {
        return SearchDigest.of(type, id, version, updatedAt, regionCode);
    }

    /** The searchable words: the title first, then every other non-empty text, one per sentence. */
    static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(". "));
    }
}
