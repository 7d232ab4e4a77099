package ru.efs.portfolio.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import ru.efs.portfolio.common.KeptAnswers;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.QueryParams;
import ru.efs.portfolio.search.SearchDtos.SearchHit;

/**
 * Search in Russian with morphology. The query is analysed like the texts (lower case, stop words out, Snowball
 * stems) and built clause by clause, never parsed, so no input is a syntax error. Every word must match, as
 * its stem or as the start of a longer stem, also after the usual consonant change («наставник» finds
 * «наставничество», whose stem is «наставничеств»); a stem match scores above a prefix match, and a match in
 * the title above one in the text. A word that no text holds is also read as the words one typo away from it
 * («настовник» as «наставник»), scored below what was typed.
 */
@ApplicationScoped
public class SearchService {

    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 200;
    public static final int MAX_SIZE = 50;
    /** Stems shorter than this match only themselves: a prefix of three letters would match half the index. */
    static final int MIN_PREFIX = 4;
    static final int MAX_TERMS = 20;
    /** Words shorter than this are not corrected: one typo in four letters makes another common word. */
    static final int MIN_CORRECTED = 5;
    /** The first letters of a word are seldom mistyped, and taking them as typed keeps the look-up small. */
    static final int KEPT_LETTERS = 2;
    static final int MAX_CORRECTIONS = 3;
    private static final float CORRECTED = 0.5f;

    private static final float TITLE_STEM = 4f;
    private static final float TEXT_STEM = 1f;
    private static final float TITLE_PREFIX = 1f;
    private static final float TEXT_PREFIX = 0.3f;

    @Inject
    SearchIndex index;

    /** Pages already answered, while the index has not changed: repeated searches are written as JSON once. */
    private final KeptAnswers<SearchQuestion, PageResponse<SearchHit>> pages = new KeptAnswers<>(2000);

    private record SearchQuestion(List<String> stems, Set<SearchType> types, int page, int size) {
    }

    public PageResponse<SearchHit> search(String q, String types, String page, String size) {
        String given = QueryParams.text("q", q, Integer.MAX_VALUE);
        String text = given == null ? "" : given;
        if (text.length() < MIN_QUERY || text.length() > MAX_QUERY) {
            throw Problem.invalid("q", "search.q.length", String.valueOf(MIN_QUERY), String.valueOf(MAX_QUERY));
        }
        Set<SearchType> wanted = parseTypes(types);
        PageRequest paging = new PageRequest(PageRequest.parse(page, null, null, Map.of("score", "score"), "score")
                .page(), pageSize(size), "score", false);
        List<String> stems = stems(text);
        if (stems.isEmpty()) {
            return new PageResponse<>(List.of(), paging.page(), paging.size(), 0, 0);
        }
        long version = index.generation();
        return pages.get(new SearchQuestion(stems, wanted, paging.page(), paging.size()), version, () -> {
            SearchIndex.Hits hits = index.search(query(stems, this::corrections, wanted), paging.offset(),
                    paging.size());
            return PageResponse.of(hits.items(), paging, hits.total(), hit -> new SearchHit(hit.type(), hit.id(),
                    hit.title(), hit.regionCode(), hit.score(), hit.highlight(), hit.type().url(hit.id())));
        });
    }

    /** Search pages are smaller than list pages: at most {@value #MAX_SIZE} hits, each with its highlight. */
    static int pageSize(String size) {
        return QueryParams.integer("size", size, PageRequest.DEFAULT_SIZE, 1, MAX_SIZE);
    }

    static Set<SearchType> parseTypes(String types) {
        Set<SearchType> wanted = QueryParams.enumSet("types", Collections.singletonList(types), SearchType.class,
                SearchType.values().length);
        return wanted.isEmpty() ? EnumSet.allOf(SearchType.class) : wanted;
    }

    /** The distinct stems of the query, in order, as the index analyser makes them. */
    List<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = index.analyzer().tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && stems.size() < MAX_TERMS) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(stems);
    }

    /**
     * The starts of longer stems a stem also matches: itself, and with its last consonant in the form Russian
     * word-building turns it into (к→ч, г→ж, х→ш, т→ч/щ, д→ж, с→ш, з→ж, ц→ч), so «наставник» also matches
     * «наставнич…» of «наставничество» and «друг» matches «друж…» of «дружба».
     */
    static List<String> prefixes(String stem) {
        if (stem.length() < MIN_PREFIX) {
            return List.of();
        }
        List<String> prefixes = new ArrayList<>(List.of(stem));
        String base = stem.substring(0, stem.length() - 1);
        String alternates = switch (stem.charAt(stem.length() - 1)) {
            case 'к', 'ц' -> "ч";
            case 'г', 'д', 'з' -> "ж";
            case 'х', 'с' -> "ш";
            case 'т' -> "чщ";
            default -> "";
        };
        for (char alternate : alternates.toCharArray()) {
            prefixes.add(base + alternate);
        }
        return prefixes;
    }

    /** The words one typo away from a stem that no text holds (none for short words). */
    List<String> corrections(String stem) {
        return stem.length() < MIN_CORRECTED ? List.of() : index.corrections(stem, KEPT_LETTERS, MAX_CORRECTIONS);
    }

    static Query query(List<String> stems, Function<String, List<String>> corrections, Set<SearchType> types) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String stem : stems) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            addWord(word, stem, 1f);
            for (String corrected : corrections.apply(stem)) {
                addWord(word, corrected, CORRECTED);
            }
            all.add(word.build(), Occur.MUST);
        }
        if (types.size() < SearchType.values().length) {
            BooleanQuery.Builder filter = new BooleanQuery.Builder();
            types.forEach(type -> filter.add(new TermQuery(new Term(SearchIndex.TYPE, type.name())), Occur.SHOULD));
            all.add(filter.build(), Occur.FILTER);
        }
        return all.build();
    }

    /** A word matches as its stem or as the start of a longer stem, in the title above the text. */
    private static void addWord(BooleanQuery.Builder word, String stem, float weight) {
        word.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE_TEXT, stem)), TITLE_STEM * weight),
                Occur.SHOULD);
        word.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT, stem)), TEXT_STEM * weight), Occur.SHOULD);
        for (String prefix : prefixes(stem)) {
            word.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.TITLE_TEXT, prefix)), TITLE_PREFIX * weight),
                    Occur.SHOULD);
            word.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.TEXT, prefix)), TEXT_PREFIX * weight),
                    Occur.SHOULD);
        }
    }
}
