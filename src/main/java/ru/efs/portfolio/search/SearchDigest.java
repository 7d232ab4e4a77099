package ru.efs.portfolio.search;

/**
 * What the objects of one type are, in two numbers: how many, and the sum of one hash per object over its id,
 * version, last change and region. The sum does not depend on order, so the database rows and the index documents
 * are summed as they come; any object missing, extra, changed or moved to another region changes it.
 */
public record SearchDigest(long count, long sum) {

    public static final SearchDigest EMPTY = new SearchDigest(0, 0);

    public SearchDigest plus(long hash) {
        return new SearchDigest(count + 1, sum + hash);
    }

    /** The hash of one object; the same for its database row and its index document. */
    static long of(SearchType type, long id, long version, long updatedAt, String regionCode) {
        long hash = mix(type.ordinal() + 1L);
        hash = mix(hash ^ id);
        hash = mix(hash ^ version);
        hash = mix(hash ^ updatedAt);
        return mix(hash ^ (regionCode == null ? 0 : regionCode.hashCode()));
    }

    /** The finaliser of SplitMix64: every input bit moves about half of the output bits. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
