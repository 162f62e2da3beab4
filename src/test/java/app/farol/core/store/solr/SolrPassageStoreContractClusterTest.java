package app.farol.core.store.solr;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.store.PassageStore;
import app.farol.core.store.PassageStoreContract;
import app.farol.testing.SharedSolrCluster;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Solr store passes the same contract as the embedded one, on a real three-node SolrCloud
 * cluster (the test JVM's one, {@link SharedSolrCluster}), each case in a new collection of 2
 * shards x 2 replicas.
 * Its documented differences: writes are searchable within the soft-commit interval (the wait
 * here is generous for a loaded machine), and a session pins files, not a point in time.
 */
class SolrPassageStoreContractClusterTest extends PassageStoreContract {
    static LocalSolrCluster cluster;
    private static int cases;
    private String collection;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SharedSolrCluster.get();
    }

    @Override
    protected PassageStore newStore() {
        collection = "contract_" + ++cases;
        SolrCollections.create(cluster.endpoint(collection), 2, 2);
        return SolrPassageStore.open(cluster.endpoint(collection));
    }

    @Override
    protected PassageStore reopen() {
        return SolrPassageStore.open(cluster.endpoint(collection));
    }

    @Override
    protected Duration visibilityDelay() {
        return Duration.ofSeconds(20);
    }

    @AfterEach
    void dropCollection() {
        SolrCollections.delete(cluster.endpoint(collection));
    }
}
