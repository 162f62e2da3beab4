package app.farol.workspace;

import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.retrieval.FusionMethod;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.Retriever;
import app.farol.core.store.PassageStore;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.store.solr.SolrCollections;
import app.farol.core.store.solr.SolrPassageStore;
import java.nio.file.Path;
import java.util.List;

/**
 * Wires the pipeline's parts for one index: the one place that chooses implementations.
 * Close it to release the index (and its write lock).
 */
public final class Workspace implements AutoCloseable {
    private final PassageStore store;
    private final Embedder embedder;
    private final DocumentParser parser;
    private final OcrSettings ocr;

    private Workspace(PassageStore store, Embedder embedder, DocumentParser parser, OcrSettings ocr) {
        this.store = store;
        this.embedder = embedder;
        this.parser = parser;
        this.ocr = ocr;
    }

    /** How scans are read for this index, and where their words are cached (the Sources view marks them). */
    public OcrSettings ocr() {
        return ocr;
    }

    /** Opens the index to index and search it; only one process may do this at a time. */
    public static Workspace forWriting(Path index) {
        return forWriting(StoreLocation.folder(index));
    }

    /**
     * Opens the store to index and search it, reading scans in the OCR languages of Settings.
     *
     * @see #forWriting(StoreLocation, List)
     */
    public static Workspace forWriting(StoreLocation location) {
        return forWriting(location, List.of());
    }

    /**
     * Opens the store to index and search it. A local folder: only one process at a time. A
     * cluster: any number of processes (each file's replacement is atomic on its own). Scans are
     * read in these OCR languages (the user's choice in Settings; empty: the default); the system
     * property {@code farol.ocrLanguages}, when set, wins.
     *
     * @throws app.farol.core.util.FarolException naming the server when a cluster cannot be reached or refuses
     */
    public static Workspace forWriting(StoreLocation location, List<String> ocrLanguages) {
        OcrSettings ocr = ocrSettings(location);
        if (System.getProperty("farol.ocrLanguages") == null && !ocrLanguages.isEmpty()) {
            ocr = ocr.withLanguages(ocrLanguages);
        }
        IsolatedDocumentParser parser = new IsolatedDocumentParser(
                ParseLimits.fromSystemProperties(), WorkerSettings.fromSystemProperties(), ocr);
        parser.prestart(); // its JVM starts while the model loads
        try {
            Embedder embedder = new MiniLmEmbedder();
            PassageStore store = location.isCluster()
                    ? SolrPassageStore.open(location.endpoint(), embedder.name(), embedder.dimension())
                    : LucenePassageStore.openForWriting(location.folder(), embedder.name());
            return new Workspace(store, embedder, parser, ocr);
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * OCR as the system properties set it, with the page cache beside the index (in the same
     * private data folder, and kept when the index is rebuilt): {@code index-ocr-cache}.
     */
    static OcrSettings ocrSettings(StoreLocation location) {
        // a cluster's pages are read on this computer: their cache beside the default index
        return ocrSettings(location.isCluster() ? FarolPaths.defaultIndex() : location.folder());
    }

    static OcrSettings ocrSettings(Path index) {
        OcrSettings ocr = OcrSettings.fromSystemProperties();
        if (ocr.cache() != null) {
            return ocr;
        }
        Path absolute = index.toAbsolutePath().normalize();
        return absolute.getFileName() == null
                ? ocr
                : ocr.withCache(absolute.resolveSibling(absolute.getFileName() + "-ocr-cache"));
    }

    /** Opens the index to search it, also while another process indexes it. */
    public static Workspace forReading(Path index) {
        return forReading(StoreLocation.folder(index));
    }

    /** Opens the store to search it, also while another process indexes it. */
    public static Workspace forReading(StoreLocation location) {
        if (location.isCluster()) {
            Embedder embedder = new MiniLmEmbedder();
            return new Workspace(
                    SolrPassageStore.open(location.endpoint(), embedder.name(), embedder.dimension()),
                    embedder,
                    null,
                    ocrSettings(location));
        }
        LucenePassageStore store = LucenePassageStore.openReadOnly(location.folder());
        String name = store.embedderName();
        Embedder embedder = name == null ? new MiniLmEmbedder() : MiniLmEmbedder.named(name);
        return new Workspace(store, embedder, null, ocrSettings(location));
    }

    /**
     * Opens just a cluster's store, for tools that index and search without files (evaluation,
     * benchmarks), with the embedder whose vectors they write and search.
     *
     * @throws app.farol.core.util.FarolException when the collection was built with another embedder
     */
    public static PassageStore openCluster(StoreLocation location, Embedder embedder) {
        if (!location.isCluster()) {
            throw new IllegalArgumentException("not a cluster: " + location);
        }
        return SolrPassageStore.open(location.endpoint(), embedder.name(), embedder.dimension());
    }

    public PassageStore store() {
        return store;
    }

    /**
     * Deletes the index at the folder (the folder stays), refusing while another Farol has it open.
     *
     * @throws app.farol.core.util.FarolException if the index is in use or cannot be deleted
     */
    public static void deleteIndex(Path index) {
        LucenePassageStore.delete(index);
    }

    /**
     * Deletes the index for a rebuild: a folder's index files, or every document of a cluster's
     * collection (the collection stays), the record of its embedder too, so any embedder may
     * fill it again.
     *
     * @throws app.farol.core.util.FarolException if the index is in use, or the server refuses
     */
    public static void deleteIndex(StoreLocation location) {
        if (location.isCluster()) {
            SolrCollections.empty(location.endpoint());
        } else {
            LucenePassageStore.delete(location.folder());
        }
    }

    public Embedder embedder() {
        return embedder;
    }

    public Indexer indexer() {
        if (parser == null) {
            throw new IllegalStateException("opened read-only");
        }
        return new Indexer(store, parser, embedder);
    }

    public Retriever retriever() {
        return new HybridRetriever(store, embedder);
    }

    public Retriever retriever(FusionMethod method) {
        return new HybridRetriever(store, embedder, method);
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // neither store does I/O it could fail on here
        }
        if (parser != null) {
            parser.close();
        }
    }
}
