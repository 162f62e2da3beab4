package app.farol.core.eval;

import app.farol.core.chunk.Chunker;
import app.farol.core.embed.Embedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.store.PassageStore;
import app.farol.core.store.ReadingVersion;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The index of a benchmark collection, built through the same chunking, analysis and embedding
 * as a user's files, and kept in a cache folder named by a hash of the corpus and of every
 * setting that shapes the index (chunker, store schema, embedder). A second run on an unchanged
 * corpus opens it at once; a changed setting builds a new one beside it.
 *
 * <p>The build's timings are written last, in {@code build.properties}: an index without them
 * was interrupted and is built again. Not thread-safe.
 *
 * @param store the index, open read-only; the caller closes it
 * @param folder where it is kept (null in a caller's store)
 * @param build how long it took to build, then or now
 * @param reused whether an earlier run built it
 */
public record EvalIndex(PassageStore store, Path folder, BuildFigures build, boolean reused) {
    /** Ids are stored as the documents' paths, with this in front (no folder can match it). */
    public static final String ID_PREFIX = "";

    private static final String FIGURES = "build.properties";

    /**
     * Timings of one build.
     *
     * @param documents documents indexed
     * @param chunks passages written
     * @param seconds wall time of the whole indexing run (chunk, embed, store, commit)
     * @param embedSeconds time spent inside the embedder during that run
     * @param cachedVectors passages whose vector came from the embedding cache (then the times say little)
     */
    public record BuildFigures(int documents, long chunks, double seconds, double embedSeconds, long cachedVectors) {}

    /**
     * Opens the cached index of the collection, or builds it.
     *
     * @param rebuild build anew even when a cached index exists
     * @throws FarolException if the corpus cannot be read or the index cannot be written
     */
    public static EvalIndex open(BeirCollection collection, Embedder embedder, Path cacheRoot, boolean rebuild) {
        Chunker chunker = new Chunker(embedder::countTokens, embedder.maxTokens());
        String key = hash(
                collection.corpus(),
                String.join(
                        "|",
                        ReadingVersion.CURRENT,
                        "max " + embedder.maxTokens(),
                        "schema " + LucenePassageStore.SCHEMA_VERSION,
                        "embedder " + embedder.name()));
        Path folder = cacheRoot.resolve(collection.name() + "-" + embedder.name() + "-" + key);
        Path figures = folder.resolve(FIGURES);
        try {
            if (!rebuild && Files.isRegularFile(figures)) {
                return new EvalIndex(
                        LucenePassageStore.openReadOnly(folder.resolve("index")), folder, readFigures(figures), true);
            }
            deleteTree(folder);
            Files.createDirectories(folder);
            BuildFigures build = build(collection, embedder, folder.resolve("index"));
            writeFigures(figures, build);
            return new EvalIndex(LucenePassageStore.openReadOnly(folder.resolve("index")), folder, build, false);
        } catch (IOException e) {
            throw new FarolException("cannot build the evaluation index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The collection in a store the caller opened (a cluster's collection, {@code --store}):
     * used as it is when it holds exactly the collection's documents, else emptied and filled
     * through the same chunking and embedding. The caller closes the store; {@code folder} is null.
     */
    public static EvalIndex inStore(BeirCollection collection, Embedder embedder, PassageStore store) {
        List<Indexer.DocumentInput> docs = collection.documents(ID_PREFIX);
        java.util.Set<String> ids = new java.util.HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        java.util.Set<String> held = store.files().keySet();
        if (held.equals(ids)) {
            return new EvalIndex(
                    store,
                    null,
                    new BuildFigures(docs.size(), store.stats().passages(), Double.NaN, Double.NaN, 0),
                    true);
        }
        held.forEach(store::removeFile);
        long hitsBefore = embedder instanceof CachingEmbedder c ? c.hits() : 0;
        long start = System.nanoTime();
        long embedNanos = new Indexer(store, NO_PARSER, embedder)
                .indexDocuments(docs.iterator(), docs.size(), IndexListener.NONE, CancelToken.none());
        store.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        long cached = embedder instanceof CachingEmbedder c ? c.hits() - hitsBefore : 0;
        return new EvalIndex(
                store,
                null,
                new BuildFigures(docs.size(), store.stats().passages(), seconds, embedNanos / 1e9, cached),
                false);
    }

    private static BuildFigures build(BeirCollection collection, Embedder embedder, Path indexFolder) {
        List<Indexer.DocumentInput> docs = collection.documents(ID_PREFIX);
        long hitsBefore = embedder instanceof CachingEmbedder c ? c.hits() : 0;
        long start = System.nanoTime();
        long embedNanos;
        long chunks;
        try (LucenePassageStore store = LucenePassageStore.openForWriting(indexFolder, embedder.name())) {
            embedNanos = new Indexer(store, NO_PARSER, embedder)
                    .indexDocuments(docs.iterator(), docs.size(), IndexListener.NONE, CancelToken.none());
            chunks = store.stats().passages();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cached = embedder instanceof CachingEmbedder c ? c.hits() - hitsBefore : 0;
        return new BuildFigures(docs.size(), chunks, seconds, embedNanos / 1e9, cached);
    }

    /** Collections come as text: nothing is ever parsed from a file. */
    private static final DocumentParser NO_PARSER = path -> {
        throw new IllegalStateException("evaluation documents are not files");
    };

    private static String hash(Path corpus, String settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(corpus), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            digest.update(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new FarolException("cannot read " + corpus + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BuildFigures readFigures(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return new BuildFigures(
                Integer.parseInt(p.getProperty("documents")),
                Long.parseLong(p.getProperty("chunks")),
                Double.parseDouble(p.getProperty("seconds")),
                Double.parseDouble(p.getProperty("embedSeconds")),
                Long.parseLong(p.getProperty("cachedVectors")));
    }

    private static void writeFigures(Path file, BuildFigures b) throws IOException {
        Properties p = new Properties();
        p.setProperty("documents", Integer.toString(b.documents()));
        p.setProperty("chunks", Long.toString(b.chunks()));
        p.setProperty("seconds", Double.toString(b.seconds()));
        p.setProperty("embedSeconds", Double.toString(b.embedSeconds()));
        p.setProperty("cachedVectors", Long.toString(b.cachedVectors()));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "figures of the build of this evaluation index");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
