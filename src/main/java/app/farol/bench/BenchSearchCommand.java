package app.farol.bench;

import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.eval.CachingEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.workspace.FarolPaths;
import app.farol.workspace.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench search}: query latency (embedding, BM25, kNN, fusion, snippets) over 200
 * real questions on an index of at least 100k passages.
 *
 * <p>The index is built once and kept. Its passages are the real passages of the benchmark
 * collections, embedded for real, and then variants of them (the same text under another
 * name, the vector moved by a little noise) up to the size asked for: embedding 100k passages
 * for real would take half an hour on two cores and measure the same thing.
 */
@Command(
        name = "search",
        description = "Search latency p50/p95 over 200 queries on an index of at least 100k passages.")
final class BenchSearchCommand implements Callable<Integer> {
    @Option(
            names = "--chunks",
            defaultValue = "100000",
            description = "Passages in the benchmark index (default ${DEFAULT-VALUE}).")
    int chunks;

    @Option(names = "--queries", defaultValue = "200", description = "Queries to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--data", description = "Benchmark collections folder (default: ../shared/bench/retrieval).")
    Path data;

    @Option(names = "--work", description = "Where the benchmark index is kept (default: target/bench-search-index).")
    Path work;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "Also a search cluster (solr:http://host:8983/solr/COLLECTION): filled with the benchmark"
                    + " index's passages, timed, then searched beside the embedded index in the same run.")
    String store;

    @Override
    public Integer call() throws IOException {
        Path dataDir = data != null
                ? data
                : FarolPaths.home().resolve("../shared/bench/retrieval").normalize();
        Path indexDir = work != null ? work : FarolPaths.home().resolve("target/bench-search-index");
        Embedder model = new MiniLmEmbedder();
        // the vectors `farol eval` cached for the same passages, if any: the index is the same, built sooner
        CachingEmbedder cached = new CachingEmbedder(
                model,
                Path.of(System.getProperty("user.home"), ".cache", "farol-eval", "vectors-" + model.name() + ".bin"));
        Embedder embedder = model; // searches embed each question for real, as a person's do
        try (LucenePassageStore store = LucenePassageStore.openForWriting(indexDir, embedder.name())) {
            long have = store.stats().passages();
            if (have < chunks) {
                build(store, cached, dataDir, have);
            }
            List<String> questions = BeirFiles.queries(dataDir.resolve("scifact/queries.jsonl")).stream()
                    .limit(queries)
                    .toList();
            long[] embedOnly = new long[questions.size()];
            for (int i = 0; i < questions.size(); i++) {
                long t0 = System.nanoTime();
                embedder.embed(questions.get(i));
                embedOnly[i] = System.nanoTime() - t0;
            }
            long[] total = time(new HybridRetriever(store, embedder), questions);
            System.out.printf(
                    Locale.ROOT,
                    "index                %s: %d passages, %.0f MB%n",
                    indexDir,
                    store.stats().passages(),
                    store.stats().bytes() / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "queries              %d (SciFact questions), k = 10, hybrid (BM25 + kNN, the default fusion)%n",
                    questions.size());
            System.out.printf(Locale.ROOT, "latency p50          %.1f ms (target < 15 ms)%n", percentile(total, 50));
            System.out.printf(Locale.ROOT, "latency p95          %.1f ms (target < 50 ms)%n", percentile(total, 95));
            System.out.printf(Locale.ROOT, "latency p99          %.1f ms%n", percentile(total, 99));
            System.out.printf(
                    Locale.ROOT, "query embedding p50  %.1f ms (included above)%n", percentile(embedOnly, 50));
            System.out.println("load                 " + Load.now());
            if (this.store != null) {
                new ClusterSearchBench(store, StoreLocation.cluster(this.store), embedder, chunks)
                        .run(questions, total);
            }
        }
        return 0;
    }

    /** Hybrid search latency of each question (after 20 warm-up searches), in nanoseconds. */
    static long[] time(HybridRetriever retriever, List<String> questions) {
        for (String q : questions.subList(0, Math.min(20, questions.size()))) {
            retriever.search(SearchRequest.of(q, 10)); // warm up
        }
        long[] total = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long t0 = System.nanoTime();
            retriever.search(SearchRequest.of(questions.get(i), 10));
            total[i] = System.nanoTime() - t0;
        }
        return total;
    }

    private void build(LucenePassageStore store, Embedder embedder, Path dataDir, long have) throws IOException {
        if (have == 0) {
            System.err.println("Building the benchmark index once (real passages first, then variants) ...");
            for (String collection : List.of("scifact", "cranfield", "pira_pt")) {
                Path corpus = dataDir.resolve(collection).resolve("corpus.jsonl");
                if (!Files.exists(corpus)) {
                    throw new FarolException("benchmark collection not found: " + corpus);
                }
                List<Indexer.DocumentInput> docs = BeirFiles.documents(corpus, collection + "/");
                try (TikaDocumentParser parser = new TikaDocumentParser()) {
                    new Indexer(store, parser, embedder)
                            .indexDocuments(docs.iterator(), docs.size(), IndexListener.NONE, CancelToken.none());
                }
                System.err.printf(
                        Locale.ROOT,
                        "  %s: %d passages so far%n",
                        collection,
                        store.stats().passages());
            }
        }
        addVariants(store);
        store.commit();
    }

    private void addVariants(LucenePassageStore store) {
        List<StoredPassage> real = new ArrayList<>();
        for (FileRecord r : store.files().values()) {
            if (!r.path().startsWith("variant/")) {
                real.addAll(store.passagesOf(r.path()));
            }
        }
        Random random = new Random(42);
        long count = store.stats().passages();
        int file = 0;
        while (count < chunks) {
            List<StoredPassage> group = new ArrayList<>();
            String path = "variant/" + file++;
            for (int i = 0; i < 50 && count < chunks; i++, count++) {
                StoredPassage p = real.get(random.nextInt(real.size()));
                group.add(new StoredPassage(
                        path,
                        p.title(),
                        p.type(),
                        p.language(),
                        i,
                        p.text(),
                        p.page(),
                        p.headings(),
                        p.startOffset(),
                        p.endOffset(),
                        jitter(p.vector(), random)));
            }
            store.replaceFile(
                    new FileRecord(path, 0, 0, "", FileStatus.INDEXED, Reason.NONE, group.size(), "variant", "txt"),
                    group);
        }
    }

    private static float[] jitter(float[] v, Random random) {
        float[] out = Arrays.copyOf(v, v.length);
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (random.nextGaussian() * 0.02);
            norm += out[i] * out[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
