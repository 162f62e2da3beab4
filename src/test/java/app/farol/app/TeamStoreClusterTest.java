package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.ingest.Reason;
import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.settings.Settings;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.solr.SolrCollections;
import app.farol.core.store.solr.SolrPassageStore;
import app.farol.testing.CommandRun;
import app.farol.testing.SecretService;
import app.farol.testing.SharedSolrCluster;
import app.farol.ui.UiTestSupport;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.settings.SettingsPanel;
import app.farol.workspace.StoreLocation;
import java.awt.Component;
import java.awt.Container;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store URL} end to end on one real three-node SolrCloud cluster: the commands index,
 * report, search, answer and evaluate through it as a person runs them, a server that is not
 * there or has no such collection is named in words, and Settings' Team server row tests the
 * same URL in a real window, its password kept in a real keyring.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamStoreClusterTest {
    @TempDir
    static Path dir;

    static LocalSolrCluster cluster;
    static String store;
    static Path docs;

    @BeforeAll
    static void start() throws Exception {
        cluster = SharedSolrCluster.withCollection("team");
        store = cluster.storeUrl("team");
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(
                docs.resolve("lease.txt"),
                "Lease of the lighthouse cottage\n\nThe keeper pays a monthly rent of 400 euros, due on the first day.");
        Files.writeString(
                docs.resolve("kettle.md"),
                "# Kettle manual\n\nTo descale the kettle, fill it with water and white vinegar and let it stand overnight.");
        Files.writeString(
                docs.resolve("notas.txt"),
                "Notas do condomínio\n\nÉ permitido ter um cão de pequeno porte na varanda do apartamento.");
    }

    @AfterAll
    static void dropCollections() {
        if (cluster != null) {
            SolrCollections.delete(cluster.endpoint("team"));
            SolrCollections.delete(cluster.endpoint("team_eval"));
            SolrCollections.delete(cluster.endpoint("team_other"));
        }
    }

    @Test
    @Order(1)
    void should_index_report_search_and_answer_through_the_cluster() {
        CommandRun index = CommandRun.of("index", "--store", store, "--json", docs.toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(compact(index.out())).contains("\"indexed\":3");

        CommandRun status = CommandRun.of("status", "--store", store, "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(compact(status.out())).contains("\"files\":3").contains("\"index\":\"solr:http://127.0.0.1:");
        assertThat(compact(status.out())).doesNotContain("\"bytes\":0");

        CommandRun search = CommandRun.of("search", "--store", store, "--json", "how much are the rents");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(compact(search.out()))
                .startsWith("{\"hits\":[{\"path\":\"" + docs.resolve("lease.txt") + "\"")
                .contains("<b>rent</b>"); // marked through the store's analysis: "rents" finds "rent"

        CommandRun ask = CommandRun.of("ask", "--store", store, "--model", "none", "How do I descale the kettle?");
        assertThat(ask.exitCode()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("vinegar").contains("kettle.md");

        // Indexing again through another process's view: nothing changed, nothing rewritten.
        CommandRun again = CommandRun.of("index", "--store", store, "--json", docs.toString());
        assertThat(compact(again.out())).contains("\"indexed\":0").contains("\"unchanged\":3");
    }

    @Test
    @Order(2)
    void should_evaluate_a_collection_in_the_cluster() throws Exception {
        Path beir = Files.createDirectories(dir.resolve("beir"));
        Files.writeString(beir.resolve("corpus.jsonl"), """
                {"_id":"d1","title":"Lighthouse","text":"The keeper pays a monthly rent of 400 euros."}
                {"_id":"d2","title":"Kettle","text":"Descale the kettle with white vinegar."}
                {"_id":"d3","title":"Garden","text":"Roses need sun and water every morning."}
                """);
        Files.writeString(beir.resolve("queries.jsonl"), """
                {"_id":"q1","text":"how much is the rent"}
                {"_id":"q2","text":"remove limescale from a kettle"}
                """);
        Files.writeString(beir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n");
        String evalStore = cluster.storeUrl("team_eval");
        SolrCollections.create(cluster.endpoint("team_eval"), 2, 2);

        CommandRun eval = CommandRun.of(
                "eval",
                "--dataset",
                beir.toString(),
                "--store",
                evalStore,
                "--mode",
                "hybrid",
                "--cache",
                dir.resolve("eval-cache").toString(),
                "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(compact(eval.out())).contains("\"ndcg@10\":1.0");
        CommandRun again = CommandRun.of(
                "eval",
                "--dataset",
                beir.toString(),
                "--store",
                evalStore,
                "--mode",
                "hybrid",
                "--cache",
                dir.resolve("eval-cache").toString(),
                "--json");
        assertThat(compact(again.out())).contains("\"reused\":true").contains("\"ndcg@10\":1.0");
    }

    @Test
    @Order(3)
    void should_name_the_server_when_it_cannot_be_reached_or_has_no_such_collection() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String nowhere = "solr:http://127.0.0.1:" + closed + "/solr/farol";
        for (String command : new String[] {"search", "status", "ask", "index", "serve"}) {
            CommandRun run = command.equals("search") || command.equals("ask")
                    ? CommandRun.of(command, "--store", nowhere, "rent")
                    : CommandRun.of(command, "--store", nowhere);
            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err())
                    .as(command)
                    .contains(
                            "Cannot reach the Solr server of the store solr:http://127.0.0.1:" + closed + "/solr/farol")
                    .contains("connection refused");
        }
        String missing = store.substring(0, store.lastIndexOf('/')) + "/nosuch";
        CommandRun run = CommandRun.of("status", "--store", missing);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("has no collection 'nosuch'").contains("http://127.0.0.1:");

        CommandRun malformed = CommandRun.of("search", "--store", "solr:http://host:8983", "rent");
        assertThat(malformed.err()).contains("solr:http://host:8983/solr/farol");
        CommandRun both = CommandRun.of("status", "--store", store, "--index", dir.toString());
        assertThat(both.err()).contains("--index DIR or --store URL, not both");
    }

    @Test
    @Order(4)
    void should_test_the_cluster_from_settings_and_keep_its_password_in_the_keyring() throws Exception {
        Texts.use("en"); // another test in this JVM may have left the window's texts in Portuguese
        try (SecretService service = SecretService.start(dir.resolve("keyring-home"))) {
            Keyring keyring = Keyrings.of("Linux", service.environment());
            AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults(dir));
            JFrame frame = open(settings, keyring);
            try {
                onEdt(() -> {
                    ((JTextField) find(frame, "settings.team.store")).setText(store);
                    ((JPasswordField) find(frame, "settings.team.storeSecret")).setText("s3cret-for-the-cluster");
                    ((JButton) find(frame, "settings.team.storeTest")).doClick();
                });
                assertThat(UiTestSupport.awaitConnectionResult(frame, "settings.team.storeResult"))
                        .matches("Connected: 3 files, [1-9][0-9]* passages in the collection");
                assertThat(settings.get().team().store()).isEqualTo(store);
                assertThat(keyring.find(StoreLocation.account(store))).contains("s3cret-for-the-cluster");

                int closed;
                try (ServerSocket s = new ServerSocket(0)) {
                    closed = s.getLocalPort();
                }
                String nowhere = "solr:http://127.0.0.1:" + closed + "/solr/farol";
                onEdt(() -> {
                    ((JTextField) find(frame, "settings.team.store")).setText(nowhere);
                    ((JButton) find(frame, "settings.team.storeTest")).doClick();
                });
                assertThat(UiTestSupport.awaitConnectionResult(frame, "settings.team.storeResult"))
                        .startsWith("Not connected: Cannot reach the Solr server of the store " + nowhere);
            } finally {
                onEdt(frame::dispose);
            }
        }
    }

    @Test
    @Order(5)
    void should_refuse_a_collection_of_another_embedder_until_it_is_rebuilt() throws Exception {
        SolrCollections.create(cluster.endpoint("team_other"), 2, 2);
        try (SolrPassageStore other = SolrPassageStore.open(cluster.endpoint("team_other"), "another-model", 768)) {
            other.replaceFile(
                    new FileRecord("/elsewhere/a.txt", 1, 1, "", FileStatus.SKIPPED, Reason.NONE, 0, "", "txt"),
                    java.util.List.of());
            other.commit();
        }
        String otherStore = cluster.storeUrl("team_other");

        CommandRun refused = CommandRun.of("index", "--store", otherStore, docs.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("The collection 'team_other' on the Solr server " + cluster.baseUrl(0))
                .contains("embedder another-model, 768 dimensions")
                .contains("farol index --rebuild --store solr:")
                .doesNotContain("\tat ");
        CommandRun search = CommandRun.of("search", "--store", otherStore, "rent");
        assertThat(search.exitCode()).isEqualTo(1);
        assertThat(search.err()).contains("embedder another-model");

        CommandRun rebuilt = CommandRun.of("index", "--rebuild", "--store", otherStore, "--json", docs.toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(compact(rebuilt.out())).contains("\"indexed\":3");
        CommandRun status = CommandRun.of("status", "--store", otherStore, "--json");
        assertThat(compact(status.out())).contains("\"files\":3");
    }

    /** JSON as the commands print it (indented), without the layout's whitespace. */
    private static String compact(String json) {
        return json.replaceAll("\\s*\n\\s*", "")
                .replace("\" : ", "\":")
                .replace("[ ", "[")
                .replace(" ]", "]");
    }

    private static JFrame open(AtomicReference<Settings> settings, Keyring keyring) throws Exception {
        JFrame[] frame = new JFrame[1];
        onEdt(() -> {
            SettingsPanel panel = new SettingsPanel(
                    new BackgroundExecutor("team-store-test", 2), edit -> settings.updateAndGet(edit), () -> {});
            panel.display(settings.get());
            panel.setTeamConnections(new TeamServerConnections(keyring, Map.of()));
            frame[0] = new JFrame("Team store test");
            frame[0].add(panel);
            frame[0].setSize(1100, 900);
            frame[0].setVisible(true);
        });
        return frame[0];
    }

    private static JComponent find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return (JComponent) c;
            }
            if (c instanceof Container inner) {
                try {
                    return find(inner, name);
                } catch (AssertionError e) {
                    // not in this branch
                }
            }
        }
        throw new AssertionError("no component named " + name);
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }
}
