package app.farol.core.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.embed.Embedder;
import app.farol.core.ingest.Reason;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileReplacement;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageStore;
import app.farol.core.store.PassageStoreContract;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.util.FarolException;
import app.farol.testing.SharedEmbedder;
import app.farol.testing.SharedSolrCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    private final Embedder embedder = SharedEmbedder.get();
    private String collection;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SharedSolrCluster.get();
    }

    @Override
    protected PassageStore newStore() {
        collection = "contract_" + ++cases;
        SolrCollections.create(cluster.endpoint(collection), 2, 2);
        return reopen();
    }

    @Override
    protected PassageStore reopen() {
        return reopenWithEmbedder(embedder.name(), embedder.dimension());
    }

    @Override
    protected PassageStore reopenWithEmbedder(String name, int dimension) {
        return SolrPassageStore.open(cluster.endpoint(collection), name, dimension);
    }

    @Override
    protected Duration visibilityDelay() {
        return Duration.ofSeconds(20);
    }

    /**
     * Many Farols may write one collection: two that start on it empty, with different models,
     * both open; the first to write records its model, the other is refused at its first write.
     */
    @Test
    void should_refuse_the_second_embedder_to_write_an_empty_collection() throws Exception {
        try (PassageStore other = reopenWithEmbedder("another-model", embedder.dimension())) {
            store.replaceFile(skipped(), List.of());
            assertThatThrownBy(() -> other.replaceFile(skipped(), List.of()))
                    .isInstanceOf(FarolException.class)
                    .hasMessageContaining("'" + collection + "' on the Solr server " + cluster.baseUrl(0))
                    .hasMessageContaining("embedder " + embedder.name())
                    .hasMessageContaining("farol index --rebuild --store solr:");
        }
        store.commit();
        assertThat(store.stats().files())
                .as("the record document is not a file")
                .isEqualTo(1);
        SolrCollections.empty(cluster.endpoint(collection)); // what --rebuild does: then any model may write
        try (PassageStore other = reopenWithEmbedder("another-model", embedder.dimension())) {
            other.replaceFile(skipped(), List.of());
            other.commit();
            assertThat(other.files()).containsOnlyKeys(skipped().path());
        }
        assertThatThrownBy(this::reopen).hasMessageContaining("embedder another-model");
    }

    /**
     * A write that died after its passages and before its record leaves orphans of a version no
     * record names: the next write of that file, alone or in a group, deletes them.
     */
    @Test
    void should_delete_what_a_broken_write_left_when_the_file_is_written_again() {
        SolrPassageStore solr = (SolrPassageStore) store;
        StoredPassage orphan = new StoredPassage(
                "/contract/broken.txt",
                "Broken",
                "txt",
                Language.ENGLISH,
                0,
                "An orphan of a write that never got its record.",
                0,
                List.of(),
                0,
                10,
                embedder.embed("An orphan of a write that never got its record."));
        solr.http()
                .postJson(
                        solr.http().inCollection("update"),
                        Map.of("commit", List.of("true")),
                        List.of(SolrDocuments.passage(orphan, "crashed-version")));
        assertThat(store.stats().passages()).isEqualTo(1);
        assertThat(store.passagesOf(orphan.path())).as("no record names it").isEmpty();

        FileRecord again = new FileRecord(orphan.path(), 1, 1, "", FileStatus.INDEXED, Reason.NONE, 1, "", "txt");
        store.replaceFiles(
                List.of(new FileReplacement(skipped(), List.of()), new FileReplacement(again, List.of(orphan))));
        store.commit();
        assertThat(store.stats().passages())
                .as("the orphan deleted, the new version kept")
                .isEqualTo(1);
        assertThat(store.passagesOf(orphan.path())).hasSize(1);
    }

    private static FileRecord skipped() {
        return new FileRecord("/contract/first.txt", 1, 1, "", FileStatus.SKIPPED, Reason.NONE, 0, "", "txt");
    }

    @AfterEach
    void dropCollection() {
        SolrCollections.delete(cluster.endpoint(collection));
    }
}
