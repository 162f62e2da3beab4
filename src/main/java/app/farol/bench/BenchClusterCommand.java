package app.farol.bench;

import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.store.solr.SolrCollections;
import app.farol.core.store.solr.SolrPassageStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench cluster}: starts the local three-node SolrCloud cluster of the tests
 * (ZooKeeper and Solr 9.10.1 nodes in child JVMs, on loopback) and prints its {@code --store}
 * URL, so a person can point {@code eval}, {@code bench search} and the other commands at it;
 * Ctrl+C stops it. With {@code --drill}, kills a node with SIGKILL while searching and while
 * indexing instead, and prints what a person would have seen ({@link NodeKillDrill}).
 */
@Command(
        name = "cluster",
        description = "Start a local 3-node SolrCloud cluster and print its --store URL (or run the node-kill drill).")
final class BenchClusterCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "Where the nodes keep their data and logs (default: target/bench-cluster).")
    Path dir;

    @Option(
            names = "--collections",
            defaultValue = "farol",
            split = ",",
            description = "Collections to create, comma-separated (default ${DEFAULT-VALUE}).")
    List<String> collections;

    @Option(names = "--shards", defaultValue = "2", description = "Shards (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(
            names = "--replicas",
            defaultValue = "2",
            description = "Replicas of each shard (default ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--drill", description = "Run the node-kill drill and stop, instead of serving.")
    boolean drill;

    @Override
    public Integer call() throws Exception {
        Path folder = dir != null ? dir : app.farol.workspace.FarolPaths.home().resolve("target/bench-cluster");
        Files.createDirectories(folder);
        Path run = Files.createTempDirectory(folder, "run-");
        System.err.println("Starting ZooKeeper and 3 Solr nodes in " + run + " (about a minute) ...");
        long t0 = System.nanoTime();
        try (LocalSolrCluster cluster = LocalSolrCluster.start(run, 3)) {
            for (String c : collections) {
                SolrCollections.create(cluster.endpoint(c), shards, replicas);
            }
            String collection = collections.getFirst();
            System.err.printf(
                    Locale.ROOT, "Cluster up in %.0f s (load %s).%n", (System.nanoTime() - t0) / 1e9, Load.now());
            if (drill) {
                try (SolrPassageStore store = SolrPassageStore.open(
                        cluster.endpoint(collection), MiniLmEmbedder.defaultName(), MiniLmEmbedder.DIMENSION)) {
                    new NodeKillDrill(cluster, store).run();
                }
                SolrCollections.delete(cluster.endpoint(collection));
                return 0;
            }
            collections.forEach(c -> System.out.println("--store " + cluster.storeUrl(c)));
            System.out.println("Ctrl+C stops the cluster (its data stays in " + run + ").");
            System.out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
