package ru.efs.portfolio.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The Lucene index of everything searchable. Writes are searchable before they return (a near-real-time reader of
 * the writer), so a search right after a change sees it; they reach the disk with a commit at most
 * {@value #COMMIT_EVERY_MILLIS} ms later, in the background, and at a clean stop: a commit (with its fsync) per
 * write would make every write wait for the disk. What a crash loses of the last second the startup check finds and
 * reads again from the database. The commit also records the schema version, and every document
 * carries its part of its type's {@link SearchDigest}, which lets the startup check tell a stale index from a
 * current one.
 * <p>
 * The writes after commits run in any order and on any thread, so each one comes with a ticket taken after its
 * transaction committed and before it read the objects ({@link #openTicket()}): a read under a later ticket began
 * after every commit whose ticket is earlier, and the index keeps, per object, the write of the latest ticket it
 * has applied. An older read (an update's text, or an object a later delete removed) never overwrites a newer one.
 */
@ApplicationScoped
public class SearchIndex {

    /** Raise when the fields or their analysis change: an index of another schema is rebuilt at startup. */
    static final String SCHEMA = "2";
    static final long COMMIT_EVERY_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String REGION = "regionCode";
    /** The title analysed, to rank title matches first. */
    static final String TITLE_TEXT = "titleText";
    /** All the words of the object (title included), analysed and stored for highlighting. */
    static final String TEXT = "text";
    /** The document's part of its type's digest (doc values only). */
    static final String DIGEST = "digest";

    private static final String SCHEMA_KEY = "schema";
    private static final int FRAGMENT = 160;
    /** How far into a text a highlight looks: analysing a long description whole costs more than the search. */
    private static final int HIGHLIGHTED_CHARS = 2000;

    @Inject
    SearchConfig config;

    private final Analyzer analyzer = new RussianAnalyzer();
    /** Per key, the ticket of the write the index holds (a delete too); guarded by this index. */
    private final Map<String, Long> written = new HashMap<>();
    /** Past this many keys, those no open ticket can contend for are forgotten. */
    private static final int WRITTEN_KEPT = 10_000;
    private final Object tickets = new Object();
    /** The last ticket given and those whose writes have not ended; guarded by {@link #tickets}. */
    private long issued;
    private final NavigableSet<Long> open = new TreeSet<>();
    /** Pages of hits kept at most; past it the cache starts afresh. */
    private static final int CACHED_PAGES = 2000;
    /** Found pages, each valid only for the index reader it was found with. */
    private final Map<String, CachedHits> hitCache = new ConcurrentHashMap<>();

    private record CachedHits(IndexReader reader, Hits hits) {
    }

    /** Moves on each time a change becomes searchable. */
    private final AtomicLong generation = new AtomicLong();

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService committing;
    private boolean uncommitted;
    private String schema;

    /** One page of hits with the total count. */
    public record Hits(List<Hit> items, long total) {
    }

    public record Hit(SearchType type, long id, String title, String regionCode, float score, String highlight) {
    }

    @PostConstruct
    void open() {
        try {
            String location = config.directory();
            if ("memory".equals(location)) {
                directory = new ByteBuffersDirectory();
            } else {
                Path path = Path.of(location);
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
            }
            // Small segments of single writes are written as they are, not packed into a compound file first.
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setUseCompoundFile(false));
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
            if (committed != null) {
                committed.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            schema = data.get(SCHEMA_KEY);
            searchers = new SearcherManager(writer, null);
            committing = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "efs-search-commit");
                thread.setDaemon(true);
                return thread;
            });
            committing.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what was published since the last commit to the disk. */
    private synchronized void commitIfChanged() {
        if (!uncommitted) {
            return;
        }
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index was not committed; the next commit or the startup check catches up", e);
        }
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        if (schema != null) {
            data.put(SCHEMA_KEY, schema);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        uncommitted = false;
    }

    @PreDestroy
    void close() throws IOException {
        committing.shutdownNow();
        synchronized (this) {
            commit();
        }
        searchers.close();
        writer.close();
        directory.close();
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * A ticket for reading objects from the database to write them here: take it after the change committed,
     * read after taking it, and give it back with {@link #closeTicket(long)} once written (or failed).
     */
    long openTicket() {
        synchronized (tickets) {
            open.add(++issued);
            return issued;
        }
    }

    void closeTicket(long ticket) {
        synchronized (tickets) {
            open.remove(ticket);
        }
    }

    /**
     * Writes what a read under the ticket found: adds or replaces the documents, removes the keys of objects that
     * no longer exist, commits and makes it searchable. An object the index already holds from a later ticket is
     * left as it is: that read began after this one's commit.
     */
    public synchronized void apply(long ticket, Collection<SearchDocument> documents, Collection<String> goneKeys) {
        try {
            boolean changed = false;
            for (String key : goneKeys) {
                if (claim(key, ticket)) {
                    writer.deleteDocuments(new Term(KEY, key));
                    changed = true;
                }
            }
            for (SearchDocument document : documents) {
                if (claim(document.key(), ticket)) {
                    writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
                    changed = true;
                }
            }
            if (changed) {
                publish();
            }
            if (written.size() > WRITTEN_KEPT) {
                forgetSettled();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a write under the ticket is the latest for the key; if so, the key now holds it. */
    private boolean claim(String key, long ticket) {
        Long held = written.get(key);
        if (held != null && held > ticket) {
            return false;
        }
        written.put(key, ticket);
        return true;
    }

    /** Keys written before the oldest open ticket: every later write has a later ticket and wins anyway. */
    private void forgetSettled() {
        long oldest;
        synchronized (tickets) {
            oldest = open.isEmpty() ? issued + 1 : open.first();
        }
        written.values().removeIf(ticket -> ticket < oldest);
    }

    /** Empties the index (committed): the first step of a rebuild, and what a test uses to lose it. */
    public synchronized void clear() {
        try {
            writer.deleteAll(); // the tickets written stay: an older read must not win over what a rebuild reads
            schema = null;
            publish();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds documents of a rebuild without committing; {@link #finishRebuild()} commits them all at once. The batch
     * was read under the ticket: an object a later write already holds is left as that write left it.
     */
    synchronized void add(long ticket, List<SearchDocument> documents) {
        try {
            for (SearchDocument document : documents) {
                if (claim(document.key(), ticket)) {
                    writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void finishRebuild() {
        try {
            schema = SCHEMA;
            publish();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index was built with this schema: the digests of an index of another one mean nothing. */
    synchronized boolean currentSchema() {
        return SCHEMA.equals(schema);
    }

    /** Per type, the digest of the documents the index holds, summed from their doc values. */
    synchronized Map<SearchType, SearchDigest> digests() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<SearchType, SearchDigest> digests = new EnumMap<>(SearchType.class);
                for (SearchType type : SearchType.values()) {
                    DigestCollector collector = new DigestCollector();
                    searcher.search(new TermQuery(new Term(TYPE, type.name())), collector);
                    digests.put(type, new SearchDigest(collector.count, collector.sum));
                }
                return digests;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the matching documents and sums their {@link #DIGEST} values, without scoring or stored fields. */
    private static final class DigestCollector extends SimpleCollector {
        long count;
        long sum;
        private NumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getNumeric(context.reader(), DIGEST);
        }

        @Override
        public void collect(int doc) throws IOException {
            count++;
            sum += values.advanceExact(doc) ? values.longValue() : 0;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The words of the index one typo away from a stem that no text holds, most frequent first: «настовник» →
     * «наставник». A stem that some text holds is taken as meant and has none. The first {@code keep} letters
     * are taken as typed, which keeps the look-up to a small part of the dictionary.
     */
    List<String> corrections(String stem, int keep, int max) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (searcher.getIndexReader().docFreq(new Term(TEXT, stem)) > 0) {
                    return List.of();
                }
                Query similar = searcher.rewrite(new FuzzyQuery(new Term(TEXT, stem), 1, keep, max, true,
                        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(max)));
                List<String> words = new ArrayList<>();
                similar.visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query query, Term... terms) {
                        for (Term term : terms) {
                            words.add(term.text());
                        }
                    }

                    @Override
                    public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                            Query parent) {
                        return this;
                    }
                });
                return words;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hits of a page, best first, each with its best fragment highlighted. A page is kept for the index
     * reader it was found with, so the same search answers again without counting and highlighting until the
     * index changes.
     */
    public Hits search(Query query, int offset, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                String key = query + "|" + offset + "|" + size;
                CachedHits cached = hitCache.get(key);
                if (cached != null && cached.reader() == searcher.getIndexReader()) {
                    return cached.hits();
                }
                Hits hits = find(searcher, query, offset, size);
                if (hitCache.size() >= CACHED_PAGES) {
                    hitCache.clear();
                }
                hitCache.put(key, new CachedHits(searcher.getIndexReader(), hits));
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Hits find(IndexSearcher searcher, Query query, int offset, int size) throws IOException {
        long total = searcher.count(query);
        if (offset >= total) {
            return new Hits(List.of(), total);
        }
        TopDocs top = searcher.search(query, (int) Math.min(total, (long) offset + size));
        QueryScorer scorer = new QueryScorer(query, TEXT);
        scorer.setMaxDocCharsToAnalyze(HIGHLIGHTED_CHARS);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(), scorer);
        highlighter.setMaxDocCharsToAnalyze(HIGHLIGHTED_CHARS);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        List<Hit> items = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
            Document document = searcher.storedFields().document(docs[i].doc);
            items.add(new Hit(SearchType.valueOf(document.get(TYPE)), document.getField(ID).numericValue()
                    .longValue(), document.get(TITLE), document.get(REGION), docs[i].score,
                    highlight(highlighter, document.get(TEXT))));
        }
        return new Hits(List.copyOf(items), total);
    }

    private String highlight(Highlighter highlighter, String text) throws IOException {
        String fragment = null;
        try {
            fragment = highlighter.getBestFragment(analyzer, TEXT, text);
        } catch (InvalidTokenOffsetsException e) {
            // fall back to the beginning of the text
        }
        if (fragment != null) {
            return fragment;
        }
        String start = text.length() > FRAGMENT ? text.substring(0, FRAGMENT) : text;
        return new SimpleHTMLEncoder().encodeText(start);
    }

    /** Makes the writes searchable; the background commit writes them to the disk. */
    private void publish() throws IOException {
        hitCache.clear();
        uncommitted = true;
        searchers.maybeRefreshBlocking();
        hitCache.clear();
        generation.incrementAndGet();
    }

    /**
     * A number that grows after every change of the index has become searchable: an answer made from searches
     * that started at one number is right while the number stays.
     */
    public long generation() {
        return generation.get();
    }

    private static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(KEY, source.key(), Field.Store.NO));
        document.add(new StringField(TYPE, source.type().name(), Field.Store.YES));
        document.add(new StoredField(ID, source.id()));
        document.add(new StoredField(TITLE, source.title() == null ? "" : source.title()));
        if (source.regionCode() != null) {
            document.add(new StoredField(REGION, source.regionCode()));
        }
        document.add(new TextField(TITLE_TEXT, source.title() == null ? "" : source.title(), Field.Store.NO));
        document.add(new TextField(TEXT, source.text(), Field.Store.YES));
        document.add(new NumericDocValuesField(DIGEST, source.digest()));
        return document;
    }
}
