package app.farol.testing;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.store.solr.SolrCollections;
import app.farol.core.util.FarolException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one three-node SolrCloud cluster of a test JVM: the first {@code *Cluster*} test class
 * starts it (about a minute on a loaded machine), the others reuse it, each in collections of its
 * own, and it stops when the JVM exits. A node a class killed and did not bring back is
 * restarted before the next class gets the cluster.
 */
public final class SharedSolrCluster {
    private static LocalSolrCluster cluster;
    private static Path dir;

    private SharedSolrCluster() {}

    /** The cluster with all three nodes live. */
    public static synchronized LocalSolrCluster get() throws IOException, InterruptedException {
        if (cluster == null) {
            dir = Files.createTempDirectory("farol-solr-cluster");
            cluster = LocalSolrCluster.start(dir, 3);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedSolrCluster::stop, "solr-cluster-stop"));
        } else {
            cluster.restartDead();
        }
        return cluster;
    }

    /** The cluster, with a new collection of Farol's configset, 2 shards x 2 replicas. */
    public static LocalSolrCluster withCollection(String collection) throws IOException, InterruptedException {
        LocalSolrCluster c = get();
        // A node restarted by the class before is live in ZooKeeper a little before it can hold a
        // new core ("Underlying core creation failed"): try again for up to 30 s.
        for (int attempt = 1; ; attempt++) {
            SolrCollections.delete(c.endpoint(collection)); // left by an earlier run or attempt
            try {
                SolrCollections.create(c.endpoint(collection), 2, 2);
                return c;
            } catch (FarolException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(3_000);
            }
        }
    }

    private static void stop() {
        cluster.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it
        }
    }
}
