package org.broadsheet.content.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.broadsheet.content.ArticlesChanged;

/**
 * Full-text search over published articles with Lucene, one index per server, in a folder of its own that is
 * rebuilt from the database at each start (the database stays the only record; losing the index loses nothing).
 * Lucene rather than the database's own text search: the same ranking (BM25, headline above standfirst above
 * body), stemming, phrases and highlighting on H2 and PostgreSQL alike, off the database's back.
 *
 * <p>An editor's change reaches this server's index as soon as it commits ({@link ArticlesChanged}); changes
 * made on other servers arrive with {@link SearchSource}'s next look, within ten seconds.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final Map<String, Float> FIELDS = Map.of("headline", 3f, "standfirst", 2f, "body", 1f);
    private static final int BATCH = 200;
    private static final String FOLDER_PREFIX = "broadsheet-search-";
    private static final int SNIPPET_CHARS = 180;
    /** Looks overlap by this much: a change committed just after a look began, dated before it, is not missed. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    /** An article found: its id and a passage with the words found marked. */
    record Found(long articleId, String snippetHtml) {
    }

    record Page(long total, List<Found> found) {
    }

    @Inject
    SearchSource source;

    @Inject
    Clock clock;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private Path folder;
    private MMapDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private Instant lastLook;

    @PostConstruct
    void open() {
        removeAbandonedIndexes(Path.of(System.getProperty("java.io.tmpdir")));
        try {
            folder = Files.createTempDirectory(FOLDER_PREFIX);
            directory = new MMapDirectory(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException cannotOpen) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, cannotOpen);
        }
    }

    /**
     * Deletes the index folders of servers that were killed (a normal stop deletes its own). A folder whose write
     * lock can be taken has no live server behind it; another server's index on this machine is locked and stays.
     */
    static void removeAbandonedIndexes(Path temporary) {
        try (Stream<Path> folders = Files.list(temporary)) {
            folders.filter(path -> path.getFileName().toString().startsWith(FOLDER_PREFIX) && isOld(path))
                    .forEach(SearchIndex::removeIfAbandoned);
        } catch (IOException unreadable) {
            LOG.log(Level.FINE, "Could not look for abandoned search indexes in " + temporary, unreadable);
        }
    }

    private static void removeIfAbandoned(Path folder) {
        try (var directory = FSDirectory.open(folder); var lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        } catch (IOException inUse) {
            return; // a live server's index (or one this process may not touch)
        }
        delete(folder);
    }

    /** Older than any server's start: a folder just made by a server still starting is not taken for abandoned. */
    private static boolean isOld(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(Duration.ofMinutes(10)));
        } catch (IOException gone) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException partly) {
            LOG.log(Level.FINE, "Could not delete all of " + folder, partly);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
            delete(folder);
        } catch (IOException notAllClosed) {
            LOG.log(Level.WARNING, "The search index in " + folder + " was not closed cleanly", notAllClosed);
        }
    }

    /** The whole index on the first call, then whatever changed since the last one. One look at a time. */
    synchronized void catchUp(SearchSource from) {
        var startedAt = clock.instant();
        try {
            if (lastLook == null) {
                long lastId = 0;
                int count = 0;
                for (var batch = from.published(0, BATCH); !batch.isEmpty(); batch = from.published(lastId, BATCH)) {
                    for (var article : batch) {
                        put(article);
                        lastId = article.id();
                        count++;
                    }
                }
                LOG.info("Search index built: " + count + " published articles");
            } else {
                for (var id : from.changedSince(lastLook.minus(OVERLAP))) {
                    reindex(id, from);
                }
            }
            searchers.maybeRefresh();
            lastLook = startedAt;
        } catch (IOException | RuntimeException failed) {
            // The next look tries again from the same point; search meanwhile answers from what it has.
            LOG.log(Level.WARNING, "The search index could not catch up; it will try again", failed);
        }
    }

    /** This server's own change, in as soon as it is committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged change) {
        try {
            reindex(change.articleId(), source);
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Article " + change.articleId() + " waits for the next look to reach the search index",
                    failed);
        }
    }

    private void reindex(long articleId, SearchSource from) throws IOException {
        var article = from.published(articleId);
        if (article.isPresent()) {
            put(article.get());
        } else {
            writer.deleteDocuments(new Term("id", Long.toString(articleId)));
        }
    }

    private void put(SearchSource.Indexed article) throws IOException {
        var document = new Document();
        document.add(new StringField("id", Long.toString(article.id()), Field.Store.YES));
        document.add(new TextField("headline", article.headline(), Field.Store.YES));
        document.add(new TextField("standfirst", article.standfirst(), Field.Store.YES));
        document.add(new TextField("body", article.body(), Field.Store.YES));
        writer.updateDocument(new Term("id", Long.toString(article.id())), document);
    }

    /** Best matches first; {@code text} is already cleaned and cut to a sensible length. */
    Page search(String text, int offset, int limit) {
        var parser = new SimpleQueryParser(analyzer, FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        try {
            var searcher = searchers.acquire();
            try {
                var top = searcher.search(query, offset + limit);
                var found = new ArrayList<Found>();
                var stored = searcher.storedFields();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    var document = stored.document(top.scoreDocs[i].doc);
                    found.add(new Found(Long.parseLong(document.get("id")), snippet(query, document)));
                }
                return new Page(top.totalHits.value(), found);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The passage of the body (or else the standfirst) where the words are, escaped, the words in {@code <mark>}. */
    private String snippet(Query query, Document document) throws IOException {
        var encoder = new SimpleHTMLEncoder();
        for (var field : List.of("body", "standfirst")) {
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder,
                    new QueryScorer(query, field));
            highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
            try {
                var best = highlighter.getBestFragment(analyzer, field, document.get(field));
                if (best != null) {
                    return "…" + best.strip() + "…";
                }
            } catch (InvalidTokenOffsetsException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        var body = document.get("body");
        return encoder.encodeText(body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + "…");
    }
}
