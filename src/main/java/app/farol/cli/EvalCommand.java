package app.farol.cli;

import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.eval.BeirCollection;
import app.farol.core.eval.CachingEmbedder;
import app.farol.core.eval.EvalIndex;
import app.farol.core.eval.Evaluator;
import app.farol.core.eval.ModeResult;
import app.farol.core.retrieval.FusionMethod;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.RetrievalSettings;
import app.farol.core.util.FarolException;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol eval --dataset DIR [--mode hybrid|bm25|vector|all] [--json]}: retrieval quality
 * on a collection in the BEIR layout, indexed the way user documents are.
 */
@Command(
        name = "eval",
        description = "Retrieval quality on a benchmark collection (BEIR layout): nDCG@10, recall, MRR, latency.")
final class EvalCommand implements Callable<Integer> {
    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            required = true,
            description = "Folder with corpus.jsonl, queries.jsonl and qrels.tsv.")
    Path dataset;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "all",
            description =
                    "hybrid, bm25, vector or all (default); rrf and convex name a fusion, comma-separated lists work.")
    String mode;

    @Option(names = "--json", description = "Print one JSON object keyed by mode (plus \"collection\" and \"index\").")
    boolean json;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            defaultValue = "default",
            description =
                    "Embedding model: quantized (all-minilm-l6-v2-q) or full (all-minilm-l6-v2); default: the app's.")
    String model;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Where indexes and vectors are kept (default: ~/.cache/farol-eval).")
    Path cache;

    @Option(
            names = "--candidates",
            paramLabel = "N",
            defaultValue = "100",
            description = "Passages each method contributes before fusion (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(
            names = "--vector-weights",
            paramLabel = "EN,PT,OTHER",
            split = ",",
            description = "Vector weights against BM25's 1 by query language (default: the app's).")
    List<Double> vectorWeights;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "Evaluate a search cluster's collection (solr:http://host:8983/solr/COLLECTION), filled with"
                    + " the collection unless it holds it already; default: a cached local index.")
    String store;

    @Option(
            names = "--rebuild",
            description = "Build the index anew and embed every passage (no cached vectors): honest timings.")
    boolean rebuild;

    @Override
    public Integer call() throws IOException {
        List<String> modes = mode.equals("all") ? List.of("bm25", "vector", "hybrid") : List.of(mode.split(","));
        modes.forEach(SearchModes::parse); // fails early on a bad --mode
        BeirCollection collection = BeirCollection.read(dataset);
        Path root = cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "farol-eval");
        MiniLmEmbedder model = this.model.equals("default") ? new MiniLmEmbedder() : MiniLmEmbedder.named(this.model);
        CachingEmbedder cached = new CachingEmbedder(model, root.resolve("vectors-" + model.name() + ".bin"));
        Embedder embedder = rebuild ? model : cached;
        if (!json) {
            System.err.printf(
                    Locale.ROOT, "Opening or building the index of %s (%s) ...%n", collection.name(), model.name());
        }
        Map<String, ModeResult> results = new LinkedHashMap<>();
        EvalIndex index = this.store == null
                ? EvalIndex.open(collection, embedder, root, rebuild)
                : EvalIndex.inStore(
                        collection, embedder, Workspace.openCluster(StoreLocation.cluster(this.store), embedder));
        try (var store = index.store()) {
            if (!index.reused() && !rebuild) {
                cached.save();
            }
            for (String m : modes) {
                HybridRetriever retriever = new HybridRetriever(store, embedder, settings(SearchModes.parse(m)));
                results.put(m, Evaluator.run(m, retriever, candidates, collection, EvalIndex.ID_PREFIX));
            }
        }
        if (json) {
            printJson(collection, index, model.name(), results);
        } else {
            printTable(collection, index, model.name(), results);
        }
        return 0;
    }

    private RetrievalSettings settings(FusionMethod method) {
        RetrievalSettings s = RetrievalSettings.DEFAULT.withMethod(method).withCandidates(candidates);
        if (vectorWeights != null) {
            if (vectorWeights.size() != 3) {
                throw new FarolException("--vector-weights takes three numbers: English, Portuguese, other");
            }
            s = s.withVectorWeights(vectorWeights.get(0), vectorWeights.get(1), vectorWeights.get(2));
        }
        return s;
    }

    private static void printTable(BeirCollection c, EvalIndex index, String model, Map<String, ModeResult> results) {
        EvalIndex.BuildFigures b = index.build();
        System.out.printf(
                Locale.ROOT,
                "collection  %s: %d documents, %d judged queries, %d passages, model %s%n",
                c.name(),
                b.documents(),
                c.judgedQueries().size(),
                b.chunks(),
                model);
        System.out.printf(
                Locale.ROOT,
                "indexing    %.1f s, of which embedding %.1f s: %+.1f %% beyond embedding, %.1f passages/s%s%s%n",
                b.seconds(),
                b.embedSeconds(),
                100 * (b.seconds() / b.embedSeconds() - 1),
                b.chunks() / b.seconds(),
                b.cachedVectors() > 0
                        ? " (" + b.cachedVectors() + " vectors from the cache: times not comparable)"
                        : "",
                index.reused()
                        ? index.folder() == null
                                ? " [the store held the collection already]"
                                : " [cached index " + index.folder().getFileName() + "]"
                        : "");
        System.out.printf(
                Locale.ROOT,
                "%-8s %8s %8s %8s %8s %8s %8s%n",
                "mode",
                "nDCG@10",
                "R@10",
                "R@100",
                "MRR@10",
                "p50 ms",
                "p95 ms");
        for (ModeResult r : results.values()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %8.4f %8.4f %8.4f %8.4f %8.1f %8.1f%n",
                    r.mode(),
                    r.ndcg10(),
                    r.recall10(),
                    r.recall100(),
                    r.mrr10(),
                    r.latencyP50Millis(),
                    r.latencyP95Millis());
        }
    }

    private static void printJson(BeirCollection c, EvalIndex index, String model, Map<String, ModeResult> results) {
        EvalIndex.BuildFigures b = index.build();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", c.name());
        collection.put("documents", b.documents());
        collection.put("queries", c.judgedQueries().size());
        collection.put("passages", b.chunks());
        collection.put("model", model);
        out.put("collection", collection);
        Map<String, Object> indexing = new LinkedHashMap<>();
        indexing.put("seconds", b.seconds());
        indexing.put("embeddingSeconds", b.embedSeconds());
        indexing.put("cachedVectors", b.cachedVectors());
        indexing.put("reused", index.reused());
        out.put("index", indexing);
        for (ModeResult r : results.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queries", r.queries());
            m.put("ndcg@10", r.ndcg10());
            m.put("recall@10", r.recall10());
            m.put("recall@100", r.recall100());
            m.put("mrr@10", r.mrr10());
            m.put("latencyP50Ms", r.latencyP50Millis());
            m.put("latencyP95Ms", r.latencyP95Millis());
            out.put(r.mode(), m);
        }
        System.out.println(Json.write(out));
    }
}
