package app.farol.core.store.lucene;

import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageStore;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoreStats;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.util.FarolException;
import app.farol.core.util.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene implementation of {@link PassageStore}: BM25 text fields per language, an HNSW
 * vector field, stored fields for display, and one record document per file, all in one index.
 *
 * <p>A file is one block of documents (its passages, then its record) written with
 * {@link IndexWriter#updateDocuments}, which Lucene applies atomically: readers and commits see
 * the old block or the new one, never a mix. Only one process may write an index (Lucene's
 * write.lock); others open it read-only and see its last commit. Thread-safe.
 */
public final class LucenePassageStore implements PassageStore {
    private static final Logger log = LoggerFactory.getLogger(LucenePassageStore.class);
    public static final String EMBEDDER_KEY = "farol.embedder";
    public static final String SCHEMA_KEY = "farol.schema";
    /** Changes when the same passages would be indexed differently (fields, analysis): old indexes are rebuilt. */
    public static final String SCHEMA_VERSION = "1";
    /**
     * The index format this Farol writes and the newest it can read. A newer Farol that changes what
     * an index holds raises it; this Farol then refuses that index, never rewrites it (its files
     * would otherwise be read again the older way and the newer records lost).
     */
    public static final int FORMAT = 3; // 3: a passage may name the document inside its file it is from ("part")

    static final String FORMAT_KEY = "farol.format";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private final SearcherManager searchers;
    private final Similarity similarity;
    private final Map<String, String> commitData;

    private LucenePassageStore(
            Path folder,
            Directory directory,
            IndexWriter writer,
            SearcherManager searchers,
            Similarity similarity,
            Map<String, String> commitData) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.similarity = similarity;
        this.commitData = commitData;
    }

    /** BM25 with Anserini's parameters (k1 0.9, b 0.4), which suit short passages; see docs/retrieval.md. */
    public static Similarity defaultSimilarity() {
        return new BM25Similarity(0.9f, 0.4f);
    }

    /**
     * Opens (or creates) the index for writing.
     *
     * @param embedderName recorded in the index; an index built with another embedder is refused
     * @throws FarolException if another process writes this index, or it is damaged or incompatible
     */
    public static LucenePassageStore openForWriting(Path folder, String embedderName) {
        try {
            PrivateFiles.createFolders(folder);
            tightenOnce(folder);
            Directory dir = new PrivateDirectory(FSDirectory.open(folder));
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, writerConfig());
                PrivateFiles.restrictFile(folder.resolve(IndexWriter.WRITE_LOCK_NAME));
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new FarolException(
                        "the index at " + folder
                                + " is in use by another Farol (a window or command is indexing it); close it or wait for it to finish");
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            SearcherManager searchers = null;
            try {
                checkNotNewer(folder, data);
                checkCompatible(folder, data, embedderName, writer.getDocStats().numDocs == 0);
                searchers = new SearcherManager(writer, searcherFactory());
                verifyChecksums(searchers);
            } catch (IOException | RuntimeException e) {
                if (searchers != null) {
                    searchers.close();
                }
                writer.rollback();
                dir.close();
                throw e;
            }
            data.put(EMBEDDER_KEY, embedderName);
            data.put(SCHEMA_KEY, SCHEMA_VERSION);
            data.put(FORMAT_KEY, Integer.toString(FORMAT));
            return new LucenePassageStore(folder, dir, writer, searchers, defaultSimilarity(), data);
        } catch (IOException e) {
            throw damaged(folder, e);
        }
    }

    /**
     * An index made by an older Farol (or copied in) may be readable by others: make it private
     * once, and say so in the log. Later opens find nothing to change.
     */
    private static void tightenOnce(Path folder) throws IOException {
        String before = PrivateFiles.describe(folder);
        if (PrivateFiles.tighten(folder)) {
            log.info(
                    "The index at {} was readable by other users ({}); it is now readable only by you (folder 0700, files 0600)",
                    folder,
                    before);
        }
    }

    private static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(PassageDocuments.analyzer())
                .setSimilarity(defaultSimilarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
    }

    /**
     * Reads every file of the index once and verifies its checksum, so that damage (a flipped
     * byte on disk) is found when the index is opened, not in the middle of a search.
     */
    private static void verifyChecksums(SearcherManager searchers) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Opens an existing index to search it; sees the last commit, and newer ones after each
     * search refreshes. Works while another process writes the index.
     *
     * @throws FarolException if there is no index there, or it is damaged
     */
    public static LucenePassageStore openReadOnly(Path folder) {
        try {
            Directory dir = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                throw new FarolException("no index at " + folder + ": run `farol index` first");
            }
            SearcherManager searchers = null;
            Map<String, String> data = new HashMap<>();
            try {
                searchers = new SearcherManager(dir, searcherFactory());
                IndexSearcher searcher = searchers.acquire();
                try {
                    data.putAll(((DirectoryReader) searcher.getIndexReader())
                            .getIndexCommit()
                            .getUserData());
                } finally {
                    searchers.release(searcher);
                }
                checkNotNewer(folder, data);
                verifyChecksums(searchers);
            } catch (IOException | RuntimeException e) {
                if (searchers != null) {
                    searchers.close();
                }
                dir.close();
                throw e;
            }
            return new LucenePassageStore(folder, dir, null, searchers, defaultSimilarity(), data);
        } catch (IOException e) {
            throw damaged(folder, e);
        }
    }

    private static SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(
                    org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(defaultSimilarity());
                return searcher;
            }
        };
    }

    /** Refuses an index a newer Farol wrote (an index without a format is an older one: format 1). */
    private static void checkNotNewer(Path folder, Map<String, String> data) {
        int format;
        try {
            format = Integer.parseInt(data.getOrDefault(FORMAT_KEY, "1"));
        } catch (NumberFormatException e) {
            format = Integer.MAX_VALUE;
        }
        if (format > FORMAT) {
            throw new FarolException("the index at " + folder
                    + " was written by a newer version of Farol (index format "
                    + data.get(FORMAT_KEY) + "; this version reads up to " + FORMAT + "): open it with that version, "
                    + "or choose another index folder. Nothing in it was changed.");
        }
    }

    private static void checkCompatible(Path folder, Map<String, String> data, String embedderName, boolean empty) {
        if (empty) {
            return;
        }
        String schema = data.getOrDefault(SCHEMA_KEY, SCHEMA_VERSION);
        String embedder = data.getOrDefault(EMBEDDER_KEY, embedderName);
        if (!schema.equals(SCHEMA_VERSION) || !embedder.equals(embedderName)) {
            throw new FarolException("the index at " + folder + " was built by another version of Farol (schema "
                    + schema + ", embedder " + embedder + "): rebuild it with `farol index --rebuild`");
        }
    }

    private static FarolException damaged(Path folder, IOException e) {
        return IndexErrors.onOpen(folder, e);
    }

    private FarolException writeFailure(String what, Throwable e) {
        return IndexErrors.onWrite(folder, writer, what, e);
    }

    /**
     * Deletes the index files in the folder (the folder stays), holding the write lock meanwhile
     * so an index another Farol has open is never deleted under it.
     *
     * @throws FarolException if the index is in use or cannot be deleted
     */
    public static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String name : dir.listAll()) {
                    if (!name.equals(IndexWriter.WRITE_LOCK_NAME) && !name.startsWith(".")) {
                        dir.deleteFile(name);
                    }
                }
            } catch (LockObtainFailedException e) {
                throw new FarolException("the index at " + folder + " is in use by another Farol; close it first");
            }
        } catch (IOException e) {
            throw new FarolException("could not delete the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The embedder the index was built with, or null for an index that was never committed. */
    public String embedderName() {
        return commitData.get(EMBEDDER_KEY);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Map<String, FileRecord> files() {
        Map<String, FileRecord> records = new HashMap<>();
        withSearcher(s -> {
            TermQuery query = new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.KIND_FILE));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(query, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                FileRecord r = PassageDocuments.toRecord(stored.document(sd.doc));
                records.put(r.path(), r);
            }
            return null;
        });
        return records;
    }

    @Override
    public List<StoredPassage> passagesOf(String path) {
        return passageRange(path, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<StoredPassage> passageRange(String path, int fromOrdinal, int toOrdinal) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageDocuments.PATH, path)), BooleanClause.Occur.FILTER)
                .add(
                        IntPoint.newRangeQuery(PassageDocuments.ORDINAL, fromOrdinal, toOrdinal),
                        BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(s -> {
            List<StoredPassage> result = new ArrayList<>();
            for (ScoreDoc sd : s.search(query, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                result.add(load(s, sd.doc));
            }
            result.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
            return result;
        });
    }

    @Override
    public void replaceFile(FileRecord record, List<StoredPassage> passages) {
        requireWriter();
        try {
            writer.updateDocuments(
                    new Term(PassageDocuments.PATH, record.path()), PassageDocuments.block(record, passages));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure("write to", e);
        }
    }

    @Override
    public void removeFile(String path) {
        requireWriter();
        try {
            writer.deleteDocuments(new Term(PassageDocuments.PATH, path));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure("write to", e);
        }
    }

    @Override
    public void commit() {
        requireWriter();
        try {
            if (!writer.hasUncommittedChanges() && DirectoryReader.indexExists(directory)) {
                return; // nothing changed: a new commit would only wake folder watchers (and rescan forever)
            }
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure("save", e);
        }
    }

    @Override
    public SearchSession openSession() {
        try {
            searchers.maybeRefresh();
            return new LuceneSearchSession(searchers, searchers.acquire(), folder);
        } catch (IOException e) {
            throw new FarolException("could not read the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String highlight(String query, Language queryLanguage, StoredPassage passage, int maxChars) {
        return Snippets.highlight(query, queryLanguage, passage, maxChars);
    }

    @Override
    public StoreStats stats() {
        return withSearcher(s -> {
            int files = s.count(new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.KIND_FILE)));
            long passages = s.count(new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.KIND_PASSAGE)));
            long bytes = 0;
            for (String name : directory.listAll()) {
                try {
                    bytes += directory.fileLength(name);
                } catch (IOException ignored) {
                    // a file merged away while we listed
                }
            }
            return new StoreStats(files, passages, bytes);
        });
    }

    static StoredPassage load(IndexSearcher s, int doc) throws IOException {
        Document d = s.storedFields().document(doc);
        return PassageDocuments.toPassage(d, vectorOf(s, doc));
    }

    private static float[] vectorOf(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        LeafReader reader = leaf.reader();
        FloatVectorValues values = reader.getFloatVectorValues(PassageDocuments.VECTOR);
        if (values == null) {
            return new float[0];
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        int target = doc - leaf.docBase;
        if (it.advance(target) != target) {
            return new float[0];
        }
        return values.vectorValue(it.index()).clone();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (CorruptIndexException e) {
            throw damaged(folder, e);
        } catch (IOException e) {
            throw new FarolException("could not read the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened read-only");
        }
    }

    /** Commits nothing: callers decide what is durable. Uncommitted writes are discarded. */
    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing the searchers of {}", folder, e);
        }
        try {
            if (writer != null) {
                writer.rollback(); // drops what was not committed, releases the lock
            }
        } catch (IOException | RuntimeException e) {
            log.debug("rolling back {} (after a failed write, say)", folder, e); // the last commit stays as it was
        }
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
