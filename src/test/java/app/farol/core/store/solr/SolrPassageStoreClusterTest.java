package app.farol.core.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.ingest.Reason;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.Candidate;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.RankedPassage;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.util.FarolException;
import app.farol.testing.SharedEmbedder;
import app.farol.testing.SharedSolrCluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Solr store on a real three-node SolrCloud cluster (2 shards x 2 replicas), with real
 * MiniLM vectors: round trips, search, versioned replacement under concurrent searches, the
 * messages for a wrong server, and a node killed with SIGKILL while indexing and searching.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrPassageStoreClusterTest {
    private static final String COLLECTION = "farol_store";

    static LocalSolrCluster cluster;
    static SolrPassageStore store;
    static MiniLmEmbedder embedder;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SharedSolrCluster.withCollection(COLLECTION);
        embedder = SharedEmbedder.get();
        store = SolrPassageStore.open(cluster.endpoint(COLLECTION), embedder.name(), embedder.dimension());
    }

    @AfterAll
    static void dropCollection() {
        if (cluster != null) {
            SolrCollections.delete(cluster.endpoint(COLLECTION));
        }
    }

    private static StoredPassage passage(String path, int ordinal, Language language, String text) {
        String type = path.substring(path.lastIndexOf('.') + 1);
        return new StoredPassage(
                path,
                "Title of " + path,
                type,
                language,
                ordinal,
                text,
                1,
                List.of("Heading"),
                ordinal * 100,
                ordinal * 100 + text.length(),
                embedder.embed(text));
    }

    private static FileRecord record(String path, int chunks) {
        String type = path.substring(path.lastIndexOf('.') + 1);
        return new FileRecord(
                path, 10, 20, "hash-" + path, FileStatus.INDEXED, Reason.NONE, chunks, "Title of " + path, type);
    }

    private static void put(String path, Language language, String... texts) {
        List<StoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            passages.add(passage(path, i, language, texts[i]));
        }
        store.replaceFile(record(path, texts.length), passages);
    }

    @Test
    @Order(1)
    void should_round_trip_files_and_passages_and_find_them_by_keyword_and_vector() {
        put(
                "/docs/home/lease.txt",
                Language.ENGLISH,
                "The monthly rent is 950 euros, due on the first day of each month.",
                "Tenants may keep one cat or a small dog with the landlord's written consent.",
                "The deposit is returned within thirty days after the keys are handed back.");
        put(
                "/docs/trabalho/contrato.md",
                Language.PORTUGUESE,
                "O contrato de trabalho prevê vinte e dois dias úteis de férias por ano.",
                "As horas extraordinárias são pagas com um acréscimo de vinte e cinco por cento.");
        store.commit();

        assertThat(store.files()).containsOnlyKeys("/docs/home/lease.txt", "/docs/trabalho/contrato.md");
        assertThat(store.files().get("/docs/home/lease.txt")).isEqualTo(record("/docs/home/lease.txt", 3));
        List<StoredPassage> lease = store.passagesOf("/docs/home/lease.txt");
        assertThat(lease).extracting(StoredPassage::ordinal).containsExactly(0, 1, 2);
        assertThat(lease.get(1).vector())
                .containsExactly(passage(
                                "/docs/home/lease.txt",
                                1,
                                Language.ENGLISH,
                                lease.get(1).text())
                        .vector());
        assertThat(store.passageRange("/docs/home/lease.txt", 1, 2))
                .extracting(StoredPassage::ordinal)
                .containsExactly(1, 2);
        assertThat(store.stats().files()).isEqualTo(2);
        assertThat(store.stats().passages()).isEqualTo(5);

        // Solr's own Portuguese chain: "férias" in the question, "férias" in the text, "contratos" stems to "contrat"
        assertThat(top(store.keywordSearch(
                        KeywordQueries.of("Quantos dias de férias diz o contratos?"), PassageFilter.NONE, 3)))
                .startsWith("O contrato de trabalho");
        assertThat(top(store.keywordSearch(KeywordQueries.of("Can I keep a dog?"), PassageFilter.NONE, 3)))
                .startsWith("Tenants may keep");
        assertThat(top(store.vectorSearch(embedder.embed("When do I get my deposit back?"), PassageFilter.NONE, 3)))
                .startsWith("The deposit is returned");
    }

    @Test
    @Order(2)
    void should_filter_by_folder_and_type_and_ignore_removal_of_an_unknown_path() {
        PassageFilter work = new PassageFilter(List.of("/docs/trabalho"), List.of());
        PassageFilter text = new PassageFilter(List.of(), List.of("txt"));
        float[] query = embedder.embed("holidays and rent");
        assertThat(store.vectorSearch(query, work, 10))
                .extracting(r -> r.passage().path())
                .containsOnly("/docs/trabalho/contrato.md");
        assertThat(store.vectorSearch(query, text, 10))
                .extracting(r -> r.passage().path())
                .containsOnly("/docs/home/lease.txt");
        store.removeFile("/docs/never/was.txt");
        store.commit();
        assertThat(store.files()).hasSize(2);
    }

    @Test
    @Order(3)
    void should_never_show_passages_of_two_versions_of_a_file_while_it_is_replaced() throws Exception {
        String path = "/docs/versions/notes.txt";
        put(path, Language.ENGLISH, "version 0 alpha budget line", "version 0 beta budget line");
        store.commit();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        AtomicInteger searches = new AtomicInteger();
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                try (SearchSession s = store.openSession()) {
                    Set<String> versions = new HashSet<>();
                    for (Candidate c : s.keyword(KeywordQueries.of("version budget line"), PassageFilter.NONE, 10)) {
                        StoredPassage p = s.load(c);
                        if (p.path().equals(path)) {
                            versions.add(p.text().split(" ")[1]);
                        }
                    }
                    if (versions.size() > 1) {
                        mixed.add(versions.toString());
                    }
                    searches.incrementAndGet();
                }
            }
        });
        for (int v = 1; v <= 15; v++) {
            put(path, Language.ENGLISH, "version " + v + " alpha budget line", "version " + v + " beta budget line");
            Thread.sleep(150);
        }
        store.commit();
        done.set(true);
        searcher.join();
        assertThat(searches.get()).isGreaterThan(5);
        assertThat(mixed).isEmpty();
        assertThat(store.passagesOf(path))
                .extracting(StoredPassage::text)
                .containsExactly("version 15 alpha budget line", "version 15 beta budget line");
        assertThat(store.stats().passages()).as("stale versions deleted").isEqualTo(5 + 2);
    }

    @Test
    @Order(4)
    void should_name_the_server_when_the_collection_does_not_exist() {
        String url = SolrEndpoint.SCHEME + cluster.baseUrl(0) + "/no_such_collection";
        assertThatFarolException(() -> SolrPassageStore.open(
                        SolrEndpoint.parse(url, Map.of()), MiniLmEmbedder.defaultName(), MiniLmEmbedder.DIMENSION))
                .contains(cluster.baseUrl(0))
                .contains("no collection 'no_such_collection'");
    }

    @Test
    @Order(5)
    void should_keep_answering_and_finish_indexing_when_a_node_is_killed() throws Exception {
        int files = 40;
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger searchErrors = new AtomicInteger();
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        float[] question = embedder.embed("monthly rent");
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                try {
                    if (store.vectorSearch(question, PassageFilter.NONE, 5).isEmpty()) {
                        searchErrors.incrementAndGet();
                    }
                    searches.incrementAndGet();
                } catch (RuntimeException e) {
                    searchErrors.incrementAndGet();
                }
            }
        });
        Thread indexer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < files; i++) {
                put(
                        "/docs/bulk/file" + i + ".txt",
                        Language.ENGLISH,
                        "file " + i + " first passage about invoices",
                        "file " + i + " second passage about taxes");
                indexed.incrementAndGet();
            }
        });
        while (indexed.get() < files / 4) {
            Thread.sleep(50);
        }
        long killedAt = System.nanoTime();
        cluster.kill(2);
        indexer.join();
        long indexingSeconds = (System.nanoTime() - killedAt) / 1_000_000_000L;
        store.commit();
        done.set(true);
        searcher.join();

        System.out.printf(
                java.util.Locale.ROOT,
                "Node killed at file %d of %d: %d searches, %d errors, indexing finished %d s after the kill, %d retries%n",
                files / 4,
                files,
                searches.get(),
                searchErrors.get(),
                indexingSeconds,
                store.retries());
        assertThat(searchErrors.get())
                .as("searches that failed with a replica alive")
                .isZero();
        assertThat(indexed.get()).isEqualTo(files);
        for (int i = 0; i < files; i++) {
            assertThat(store.passagesOf("/docs/bulk/file" + i + ".txt"))
                    .extracting(StoredPassage::text)
                    .containsExactly(
                            "file " + i + " first passage about invoices", "file " + i + " second passage about taxes");
        }
        assertThat(store.stats().passages()).as("nothing lost, nothing doubled").isEqualTo(7 + 2L * files);
        cluster.restart(2);
    }

    private static String top(List<RankedPassage> ranked) {
        assertThat(ranked).isNotEmpty();
        return ranked.getFirst().passage().text();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatFarolException(Runnable r) {
        try {
            r.run();
        } catch (FarolException e) {
            return assertThat(e.getMessage());
        }
        throw new AssertionError("no FarolException");
    }
}
