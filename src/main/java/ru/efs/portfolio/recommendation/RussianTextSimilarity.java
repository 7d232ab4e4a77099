package ru.efs.portfolio.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Closeness of two Russian texts: the cosine of their term-frequency vectors after Lucene's Russian analysis
 * (lower case, stop words removed, Snowball stems), so «наставничество молодых педагогов» and «наставник для
 * молодого педагога» share «молод» and «педагог».
 */
public final class RussianTextSimilarity {

    /** Thread-safe: Lucene analyzers keep their token streams per thread. */
    private static final Analyzer ANALYZER = new RussianAnalyzer();

    private RussianTextSimilarity() {
    }

    /** Stem → how often it occurs in the texts taken together (null texts are skipped). */
    public static Map<String, Integer> termVector(String... texts) {
        Map<String, Integer> terms = new HashMap<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.merge(term.toString(), 1, Integer::sum);
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return terms;
    }

    /** Cosine of two term vectors, 0 (nothing in common) to 1 (the same words in the same proportions). */
    public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> entry : small.entrySet()) {
            Integer other = large.get(entry.getKey());
            if (other != null) {
                dot += (double) entry.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return Math.min(1.0, dot / (norm(a) * norm(b)));
    }

    /**
     * A term vector kept compactly: its stems sorted (shared with other vectors through {@code intern}), their
     * counts, and its norm.
     */
    public record Kept(String[] stems, int[] counts, double norm) {

        public static Kept of(Map<String, Integer> vector, UnaryOperator<String> intern) {
            String[] stems = vector.keySet().stream().sorted().map(intern).toArray(String[]::new);
            int[] counts = new int[stems.length];
            for (int i = 0; i < stems.length; i++) {
                counts[i] = vector.get(stems[i]);
            }
            return new Kept(stems, counts, RussianTextSimilarity.norm(vector));
        }

        int count(String stem) {
            int at = Arrays.binarySearch(stems, stem);
            return at < 0 ? 0 : counts[at];
        }
    }

    /** Cosine of a term vector and a kept one: the same value as {@link #cosine(Map, Map)} gives. */
    public static double cosine(Map<String, Integer> a, Kept b) {
        return cosine(a, norm(a), b);
    }

    /** The same, with the norm of {@code a} computed once for the many vectors it is compared with. */
    public static double cosine(Map<String, Integer> a, double normOfA, Kept b) {
        if (a.isEmpty() || b.stems().length == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            int other = b.count(entry.getKey());
            if (other != 0) {
                dot += (double) entry.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return Math.min(1.0, dot / (normOfA * b.norm()));
    }

    public static double similarity(String a, String b) {
        return cosine(termVector(a), termVector(b));
    }

    /** The longest distinct stems of a vector (longer stems are rarer): the words a text prefilter looks for. */
    public static List<String> longestStems(Map<String, Integer> vector, int limit, int minLength) {
        Set<String> stems = new LinkedHashSet<>();
        vector.keySet().stream().filter(s -> s.length() >= minLength)
                .sorted((x, y) -> x.length() != y.length() ? Integer.compare(y.length(), x.length()) : x.compareTo(y))
                .limit(limit).forEach(stems::add);
        return List.copyOf(stems);
    }

    public static double norm(Map<String, Integer> vector) {
        double sum = 0;
        for (int value : vector.values()) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }
}
