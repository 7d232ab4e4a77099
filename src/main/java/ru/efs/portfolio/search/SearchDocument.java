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
