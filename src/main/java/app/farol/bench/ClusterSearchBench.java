package app.farol.bench;

import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageStore;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench search --store URL}: the benchmark index's passages written into a cluster and
 * into a fresh embedded index (the same passages, vectors included, so both write rates leave
 * embedding out), then the same questions searched on the cluster, beside the embedded figures
 * of the same run.
 */
final class ClusterSearchBench {
    private final LucenePassageStore embedded;
    private final StoreLocation location;
    private final Embedder embedder;
    private final int chunks;

    ClusterSearchBench(LucenePassageStore embedded, StoreLocation location, Embedder embedder, int chunks) {
        this.embedded = embedded;
        this.location = location;
        this.embedder = embedder;
        this.chunks = chunks;
    }

    void run(List<String> questions, long[] embeddedLatency) throws IOException {
        try (PassageStore cluster = Workspace.openCluster(location, embedder)) {
            if (cluster.stats().passages() < chunks) {
                System.err.println("Writing the benchmark passages into " + location + " and into a fresh embedded"
                        + " index, timed ...");
                double toCluster = copy(embedded, cluster);
                Path scratch = Files.createTempDirectory("farol-bench-write");
                try (LucenePassageStore fresh = LucenePassageStore.openForWriting(scratch, embedder.name())) {
                    double toEmbedded = copy(embedded, fresh);
                    long n = embedded.stats().passages();
                    System.out.printf(
                            Locale.ROOT,
                            "writing              %d passages with their vectors: cluster %.0f passages/s (%.0f s),"
                                    + " embedded %.0f passages/s (%.0f s) (load %s)%n",
                            n,
                            n / toCluster,
                            toCluster,
                            n / toEmbedded,
                            toEmbedded,
                            Load.now());
                } finally {
                    deleteTree(scratch);
                }
            }
            long[] latency = BenchSearchCommand.time(new HybridRetriever(cluster, embedder), questions);
            System.out.printf(
                    Locale.ROOT,
                    "cluster              %s: %d passages, %.0f MB on the nodes (all replicas)%n",
                    location,
                    cluster.stats().passages(),
                    cluster.stats().bytes() / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "latency p50          cluster %.1f ms, embedded %.1f ms%n",
                    BenchSearchCommand.percentile(latency, 50),
                    BenchSearchCommand.percentile(embeddedLatency, 50));
            System.out.printf(
                    Locale.ROOT,
                    "latency p95          cluster %.1f ms, embedded %.1f ms (load %s)%n",
                    BenchSearchCommand.percentile(latency, 95),
                    BenchSearchCommand.percentile(embeddedLatency, 95),
                    Load.now());
        }
    }

    /** Every file of {@code from} written into {@code to}, committed; seconds taken by the writes. */
    private static double copy(PassageStore from, PassageStore to) {
        long nanos = 0;
        for (FileRecord r : from.files().values()) {
            List<StoredPassage> passages = from.passagesOf(r.path());
            long t0 = System.nanoTime();
            to.replaceFile(r, passages);
            nanos += System.nanoTime() - t0;
        }
        long t0 = System.nanoTime();
        to.commit();
        return (nanos + System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
