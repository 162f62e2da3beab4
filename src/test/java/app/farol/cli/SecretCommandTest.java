package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.store.solr.SolrEndpoint;
import app.farol.testing.SecretServiceExtension;
import app.farol.workspace.StoreLocation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code farol secret}: a key piped in is kept in a real GNOME Keyring and never printed. */
class SecretCommandTest {
    @RegisterExtension
    static final SecretServiceExtension secrets = new SecretServiceExtension();

    private record Run(int code, String out) {}

    private static synchronized Run run(Keyring k, String stdin, String... args) {
        InputStream oldIn = System.in;
        StringWriter out = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = new CommandLine(new SecretCommand(() -> k));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(out, true));
            return new Run(cli.execute(args), out.toString());
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void should_save_show_and_remove_a_model_server_key() {
        String url = "http://gpu-box:8000/v1#llama";
        Run set = run(secrets.keyring(), "sk-piped-secret\n", "set", "--model-server", url);
        assertThat(set.code()).isZero();
        assertThat(set.out())
                .contains("Saved in the keyring: model-server http://gpu-box:8000/v1")
                .doesNotContain("sk-piped-secret");
        assertThat(secrets.keyring().find(SecretAccounts.modelServer(URI.create("http://gpu-box:8000/v1"))))
                .contains("sk-piped-secret");

        Run show = run(secrets.keyring(), "", "show", "--model-server", "http://gpu-box:8000/v1/");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("Saved: ").doesNotContain("sk-piped-secret");

        assertThat(run(secrets.keyring(), "", "remove", "--model-server", url).code())
                .isZero();
        assertThat(run(secrets.keyring(), "", "show", "--model-server", url).out())
                .startsWith("Not saved: ");
    }

    @Test
    void should_give_a_store_password_saved_here_to_the_store_unless_the_environment_has_one() {
        String url = "solr:http://farol@search-1:8983/solr,http://search-2:8983/solr/library";
        Run set = run(secrets.keyring(), "cluster-pass\n", "set", "--store", url);
        assertThat(set.code()).isZero();
        assertThat(set.out()).contains("Saved in the keyring: store solr:http://search-1:8983/solr,");

        StoreLocation location = StoreLocation.cluster(url);
        SolrEndpoint fromKeyring = location.endpoint(Map.of(), secrets.keyring());
        assertThat(fromKeyring.user()).isEqualTo("farol");
        assertThat(fromKeyring.password()).isEqualTo("cluster-pass");
        assertThat(fromKeyring.nodes())
                .extracting(URI::toString)
                .containsExactly("http://search-1:8983/solr", "http://search-2:8983/solr");
        assertThat(location.endpoint(Map.of(SecretAccounts.STORE_PASSWORD, "from-env"), secrets.keyring())
                        .password())
                .isEqualTo("from-env");
        assertThat(location.toString()).doesNotContain("cluster-pass");

        assertThat(run(secrets.keyring(), "", "remove", "--store", url).code()).isZero();
        assertThat(location.endpoint(Map.of(), secrets.keyring()).password()).isEmpty();
    }

    @Test
    void should_refuse_an_empty_secret_and_save_nothing() {
        Run set = run(secrets.keyring(), "\n", "set", "--model-server", "http://empty-key:8000/v1");
        assertThat(set.code()).isNotZero();
        assertThat(set.out()).contains("no secret given: nothing was saved");
        assertThat(secrets.keyring().find(SecretAccounts.modelServer(URI.create("http://empty-key:8000/v1"))))
                .isEmpty();
    }

    @Test
    void should_say_what_to_install_when_there_is_no_keyring() {
        Keyring none = Keyrings.of(
                "Linux", Map.of("PATH", secrets.home().resolve("nothing").toString()));
        Run set = run(none, "secret\n", "set", "--model-server", "http://gpu-box:8000/v1");
        assertThat(set.code()).isNotZero();
        assertThat(set.out()).contains("libsecret-tools");
    }
}
