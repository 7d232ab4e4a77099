package ru.efs.portfolio.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the index keeps of one object: its title, the rest of its words, its region and when it last changed
 * (milliseconds), which tells at startup whether the index saw the latest write.
 */
public record SearchDocument(SearchType type, long id, String title, String text, String regionCode,
        long updatedAt) {

    public String key() {
        return key(type, id);
    }

    public static String key(SearchType type, long id) {
        return type.name() + ":" + id;
    }

    /** The searchable words: the title first, then every other non-empty text, one per sentence. */
    static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(". "));
    }
}
