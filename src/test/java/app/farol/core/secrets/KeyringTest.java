package app.farol.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.testing.SecretServiceExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keyring through libsecret's secret-tool, against a real GNOME Keyring on a private bus. */
class KeyringTest {
    @RegisterExtension
    static final SecretServiceExtension secrets = new SecretServiceExtension();

    @Test
    void should_keep_a_secret_find_it_and_forget_it() {
        String account = SecretAccounts.modelServer(URI.create("http://gpu-box:8000/v1"));
        assertThat(secrets.keyring().available()).isTrue();
        assertThat(secrets.keyring().find(account)).isEmpty();

        secrets.keyring().save(account, "sk-first");
        secrets.keyring().save(account, "sk-second"); // a second save replaces the first
        assertThat(secrets.keyring().find(account)).contains("sk-second");

        secrets.keyring().remove(account);
        assertThat(secrets.keyring().find(account)).isEmpty();
        secrets.keyring().remove(account); // forgetting twice is no error
    }

    @Test
    void should_keep_two_servers_apart() {
        String a = SecretAccounts.modelServer(URI.create("http://alice@gpu-1:8000/v1"));
        String b = SecretAccounts.modelServer(URI.create("http://gpu-2:8000/v1"));
        secrets.keyring().save(a, "password-a");
        secrets.keyring().save(b, "password-b");
        assertThat(a).doesNotContain("alice");
        assertThat(secrets.keyring().find(a)).contains("password-a");
        assertThat(secrets.keyring().find(b)).contains("password-b");
        secrets.keyring().remove(a);
        secrets.keyring().remove(b);
    }

    @Test
    void should_never_write_the_secret_in_clear_to_a_file() throws IOException {
        String secret = "sk-never-in-clear-4711";
        secrets.keyring().save("model-server http://clear-check:8000/v1", secret);
        try (Stream<Path> files = Files.walk(secrets.home())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .as(f.toString())
                        .doesNotContain(secret);
            }
        }
        secrets.keyring().remove("model-server http://clear-check:8000/v1");
    }

    @Test
    void should_prefer_the_environment_variable_to_the_keyring() {
        String account = SecretAccounts.modelServer(URI.create("http://both:8000/v1"));
        secrets.keyring().save(account, "from-keyring");
        Map<String, String> env = Map.of(SecretAccounts.MODEL_SERVER_KEY, "from-environment");
        assertThat(SecretAccounts.resolve(SecretAccounts.MODEL_SERVER_KEY, account, env, secrets.keyring()))
                .contains("from-environment");
        assertThat(SecretAccounts.resolve(SecretAccounts.MODEL_SERVER_KEY, account, Map.of(), secrets.keyring()))
                .contains("from-keyring");
        secrets.keyring().remove(account);
    }

    @Test
    void should_say_what_to_install_when_secret_tool_is_missing() {
        Keyring none = Keyrings.of(
                "Linux", Map.of("PATH", secrets.home().resolve("empty-bin").toString()));
        assertThat(none.available()).isFalse();
        assertThat(none.unavailableReason()).contains("libsecret-tools").contains("environment variable");
        assertThat(none.find("anything")).isEmpty();
        assertThatThrownBy(() -> none.save("anything", "x"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("libsecret-tools");
    }

    @Test
    void should_say_the_keyring_is_not_running_when_no_service_answers() {
        Map<String, String> noBus = new HashMap<>(secrets.environment());
        noBus.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + secrets.home().resolve("no-such-bus"));
        Keyring unreachable = Keyrings.of("Linux", noBus);
        assertThat(unreachable.find("anything")).isEmpty();
        assertThatThrownBy(() -> unreachable.save("anything", "x"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("did not save the secret for anything")
                .hasMessageContaining("running and unlocked");
    }

    @Test
    void should_tell_other_systems_to_use_the_environment() {
        for (String os : List.of("Mac OS X", "Windows 11")) {
            Keyring k = Keyrings.of(os, Map.of());
            assertThat(k.available()).isFalse();
            assertThat(k.unavailableReason()).contains(os).contains("environment variable");
        }
    }
}
