package nl.gedeeldbeeld.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.StatementStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene search index over entities: names (folded, tussenvoegsel-aware, typo-tolerant), identifiers
 * as exact terms, other textual values as words, one document per property of an entity as one provenance
 * slice states it, with the dataset, partner, regime, schema, property and retention date the access filter
 * runs on (see {@link EntityDocuments} and {@link AccessFilter}); every search carries its
 * {@link SearchAccess}, so hits, totals and pages are right by construction. Updated entity by entity after each committed
 * batch, or rebuilt whole from the store. Searches see updates at once (near-real-time reader); the index
 * is made durable on {@link #commit()}, at most a few seconds after an update, and on close.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;
    private static final int UPDATE_CHUNK = 2000;
    private static final Set<String> BEST_FIELDS = Set.of(IndexFields.SCHEMA, IndexFields.PROPERTY);

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final EntityDocuments documents;
    private final QueryFactory queries;
    private final ValueKinds kinds;
    private final String idGeneration;
    private volatile long lastCommit = System.nanoTime();
    /** Backlog keys whose updates are in the writer but not yet in a durable commit; guarded by this. */
    private final Set<String> appliedKeys = new LinkedHashSet<>();
    private volatile java.util.function.Consumer<Set<String>> whenDurable = keys -> { };

    private SearchIndex(Path path, Directory directory, IndexWriter writer, SchemaRegistry schemas, Analyzer text,
                        String idGeneration) throws IOException {
        this.path = path;
        this.idGeneration = idGeneration;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.documents = new EntityDocuments(schemas);
        this.queries = new QueryFactory(text);
        this.kinds = documents.kinds();
    }

    /** Opens the index in this directory, creating it when absent. One process at a time may open it. */
    public static SearchIndex open(Path path, SchemaRegistry schemas) {
        return open(path, schemas, "unstated");
    }

    /**
     * Opens the index for a store whose entity ids are made under the key with this fingerprint; an index
     * built under another key (or the first id generation) reports {@link #idGenerationOutdated()}.
     */
    public static SearchIndex open(Path path, SchemaRegistry schemas, String idGeneration) {
        Directory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            Analyzer text = textAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer(text))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new SearchIndex(path, directory, new IndexWriter(directory, config), schemas, text, idGeneration);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new UserInputException("search index " + path + " is in use by another process; stop it first", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UserInputException("cannot open search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Words of free text: standard tokens, lower case, diacritics folded ("Café" = "cafe"). */
    private static Analyzer textAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Name fields arrive already folded by {@link NameKeys}; splitting on spaces keeps both sides identical. */
    private static Analyzer analyzer(Analyzer text) {
        WhitespaceAnalyzer names = new WhitespaceAnalyzer();
        return new PerFieldAnalyzerWrapper(text, Map.of(IndexFields.NAME, names, IndexFields.NAME_FULL, names));
    }

    /**
     * The layout of the documents. An index written in another layout (e.g. one document per slice, before
     * the policy moved into the index) cannot answer policy filters; it must be rebuilt from the store.
     */
    static final String FORMAT = "4-partner-regime-facets";
    private static final String FORMAT_KEY = "gb.index.format";

    /** The fingerprint of the entity id key the documents' entity ids were made under. */
    private static final String IDS_KEY = "gb.index.ids";

    /** True when the index holds documents written in another layout than this code writes. */
    public boolean formatOutdated() {
        return !FORMAT.equals(commitData(FORMAT_KEY)) && hasDocuments();
    }

    /**
     * True when the index holds documents whose entity ids were made under another id key than the store's
     * (before migration V7 the ids showed source keys; after it they are opaque): its entity field no longer
     * names the store's entities, and it must be rebuilt.
     */
    public boolean idGenerationOutdated() {
        return !idGeneration.equals(commitData(IDS_KEY)) && hasDocuments();
    }

    private String commitData(String key) {
        try {
            Iterable<java.util.Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (var e : data) {
                    if (key.equals(e.getKey())) {
                        return e.getValue();
                    }
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean hasDocuments() {
        return writer.getDocStats().numDocs > 0;
    }

    private java.util.Set<java.util.Map.Entry<String, String>> stamp() {
        return java.util.Map.of(FORMAT_KEY, FORMAT, IDS_KEY, idGeneration).entrySet();
    }

    public Path path() {
        return path;
    }

    /**
     * Who to tell, after each durable commit, which backlog keys (see {@link #update(StatementStore, Collection,
     * Collection)}) that commit made durable: the store's {@link nl.gedeeldbeeld.store.IndexBacklog} forgets them.
     */
    public void whenDurable(java.util.function.Consumer<Set<String>> listener) {
        this.whenDurable = Objects.requireNonNull(listener, "listener");
    }

    /** Brings these entities up to date from the store (removing those that no longer have statements). */
    public IndexStats update(StatementStore store, Collection<String> entityIds) {
        return update(store, entityIds, List.of());
    }

    /**
     * Brings these entities up to date, for the store changes recorded under these backlog keys; the keys are
     * reported to {@link #whenDurable} once a commit holds the update, and not before.
     */
    public synchronized IndexStats update(StatementStore store, Collection<String> entityIds, Collection<String> backlogKeys) {
        long started = System.nanoTime();
        long statements = 0;
        long docs = 0;
        List<String> ids = List.copyOf(new LinkedHashSet<>(entityIds));
        try {
            for (int from = 0; from < ids.size(); from += UPDATE_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + UPDATE_CHUNK));
                Map<String, List<Statement>> byEntity = store.statementsOf(chunk);
                for (String id : chunk) {
                    List<Statement> own = byEntity.getOrDefault(id, List.of());
                    statements += own.size();
                    docs += replace(id, own);
                }
            }
            appliedKeys.addAll(backlogKeys);
            // No reader refresh here: search() refreshes before it reads, so updates are still seen at
            // once, and a bulk import does not pay for a new near-real-time reader (a flushed segment)
            // per batch.
            if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating search index " + path + " failed", e);
        }
        return new IndexStats(statements, ids.size(), docs, (System.nanoTime() - started) / 1_000_000);
    }

    /** Indexes one entity from the statements given (all of its statements); returns the documents written. */
    public synchronized int index(String entityId, List<Statement> statements) {
        try {
            return replace(entityId, statements);
        } catch (IOException e) {
            throw new UncheckedIOException("updating search index " + path + " failed", e);
        }
    }

    private int replace(String entityId, List<Statement> statements) throws IOException {
        Term key = new Term(IndexFields.ENTITY, entityId);
        if (statements.isEmpty()) {
            writer.deleteDocuments(key);
            return 0;
        }
        List<Document> docs = documents.documents(entityId, statements);
        writer.updateDocuments(key, docs);
        return docs.size();
    }

    /**
     * Replaces the whole index with the store's current statements. Reads the store once, as a stream
     * grouped by entity; an entity that the stream returns in more than one run is re-read at the end.
     */
    public synchronized IndexStats rebuild(StatementStore store) {
        long started = System.nanoTime();
        long statements = 0;
        long entities = 0;
        long docs = 0;
        Set<String> indexed = new HashSet<>();
        Set<String> scattered = new LinkedHashSet<>();
        try (Stream<Statement> all = store.streamAll()) {
            writer.deleteAll();
            Iterator<Statement> it = all.iterator();
            List<Statement> group = new ArrayList<>();
            String current = null;
            while (it.hasNext()) {
                Statement s = it.next();
                if (current != null && !current.equals(s.entityId())) {
                    docs += add(current, group, indexed, scattered);
                    entities++;
                    group = new ArrayList<>();
                }
                current = s.entityId();
                group.add(s);
                statements++;
            }
            if (current != null) {
                docs += add(current, group, indexed, scattered);
                entities++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding search index " + path + " failed", e);
        }
        if (!scattered.isEmpty()) {
            update(store, scattered);
        }
        commit();
        IndexStats stats = new IndexStats(statements, indexed.size(), docs, (System.nanoTime() - started) / 1_000_000);
        LOG.info("search index rebuilt: statements={} entities={} documents={} ms={}", stats.statements(),
                stats.entities(), stats.documents(), stats.millis());
        return stats;
    }

    private int add(String entityId, List<Statement> group, Set<String> indexed, Set<String> scattered)
            throws IOException {
        if (!indexed.add(entityId)) {
            scattered.add(entityId);
            return 0;
        }
        List<Document> docs = documents.documents(entityId, group);
        writer.addDocuments(docs);
        return docs.size();
    }

    /** Makes all updates durable. */
    public synchronized void commit() {
        try {
            Set<String> durable = durableCommit();
            searchers.maybeRefresh();
            lastCommit = System.nanoTime();
            reportDurable(durable);
        } catch (IOException e) {
            throw new UncheckedIOException("committing search index " + path + " failed", e);
        }
    }

    /** Commits; returns the backlog keys the commit made durable (all applied so far: this is synchronized). */
    private Set<String> durableCommit() throws IOException {
        Set<String> durable = Set.copyOf(appliedKeys);
        writer.setLiveCommitData(stamp());
        writer.commit();
        appliedKeys.removeAll(durable);
        return durable;
    }

    /**
     * A failure here loses nothing: the keys stay in the store's backlog, and the next open re-indexes their
     * entities once more, which changes nothing that is already right.
     */
    private void reportDurable(Set<String> durable) {
        if (durable.isEmpty()) {
            return;
        }
        try {
            whenDurable.accept(durable);
        } catch (RuntimeException e) {
            LOG.warn("search index commit could not clear {} backlog entries; they will be re-indexed on the next open: {}",
                    durable.size(), e.getMessage());
        }
    }

    /**
     * The entities the query's access may see that match its text, ranked, one hit per entity; the total
     * counts the same entities, so neither hits nor total reveal anything the access excludes.
     */
    public SearchResult search(SearchQuery q) {
        return searchWatching(q, Set.of()).result();
    }

    /**
     * {@link #search}, and in the same pass {@link #matchingAmong} for the watched entities (the protected and
     * covered ones, whose owners are alerted when a search text finds them, whoever may see them). The text's
     * query is rewritten once (its fuzzy name words expanded against the index) and used by both, on one reader;
     * rewriting it twice was most of the second search.
     */
    public WatchedSearch searchWatching(SearchQuery q, Set<String> watched) {
        Objects.requireNonNull(watched, "watched");
        try {
            // Read-your-writes: a search right after an update sees it (cheap when nothing changed).
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query matching = searcher.rewrite(queries.matching(q.text()));
                EntityCollector collected = searcher.search(queries.build(q, matching), EntityCollector.manager());
                List<EntityCollector.Best> ranked = collected.top(q.offset() + q.limit());
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                boolean blank = q.text().isBlank();
                for (int i = q.offset(); i < ranked.size(); i++) {
                    hits.add(hit(stored, ranked.get(i), blank));
                }
                SearchResult result = new SearchResult(hits, collected.count(), collected.facets());
                Set<String> found = blank || watched.isEmpty() ? Set.of()
                        : searcher.search(queries.matchingAmong(matching, watched), MatchingEntities.manager());
                return new WatchedSearch(result, found);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching index " + path + " failed", e);
        }
    }

    /**
     * A search's answer, and which of the watched entities its text matches: for alerting their owners, never
     * for showing.
     */
    public record WatchedSearch(SearchResult result, Set<String> watchedMatches) {
        public WatchedSearch {
            Objects.requireNonNull(result, "result");
            watchedMatches = Set.copyOf(watchedMatches);
        }
    }

    /**
     * Which of these entities have any statement matching the text, whoever may see it. For alerting the
     * owners of protected persons that a search touched them: the result must never reach the searcher.
     * A blank text touches no one.
     */
    public Set<String> matchingAmong(String text, Set<String> entityIds) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || entityIds.isEmpty()) {
            return Set.of();
        }
        Query query = queries.matchingAmong(text, entityIds);
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(query, MatchingEntities.manager());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching index " + path + " failed", e);
        }
    }

    private SearchHit hit(StoredFields stored, EntityCollector.Best best, boolean blank) throws IOException {
        Document doc = stored.document(best.doc, BEST_FIELDS);
        String schema = doc.get(IndexFields.SCHEMA);
        return new SearchHit(best.entityId, schema, best.score, matchedField(doc, schema, blank), List.copyOf(best.datasets));
    }

    /**
     * A document holds one property, so the best document's property is what matched; words of other values
     * are reported as "text", as is a blank search, where nothing matched.
     */
    private String matchedField(Document doc, String schema, boolean blank) {
        String property = doc.get(IndexFields.PROPERTY);
        if (blank || kinds.of(schema, property) == ValueKinds.Kind.TEXT) {
            return "text";
        }
        return property;
    }

    /** Documents (one per entity, slice, schema, property and retention date) in the index, after the latest refresh. */
    public long documentCount() {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading search index " + path + " failed", e);
        }
    }

    @Override
    public synchronized void close() {
        try (directory; writer; searchers) {
            reportDurable(durableCommit());
        } catch (IOException e) {
            throw new UncheckedIOException("closing search index " + path + " failed", e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failure is what the caller needs to see
            }
        }
    }
}
