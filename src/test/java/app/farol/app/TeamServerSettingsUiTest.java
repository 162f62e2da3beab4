package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;
import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.settings.Settings;
import app.farol.serve.ApiBackend;
import app.farol.serve.ApiConfig;
import app.farol.serve.ApiServer;
import app.farol.testing.SecretService;
import app.farol.ui.UiTestSupport;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.settings.SettingsPanel;
import java.awt.Component;
import java.awt.Container;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings' Team server section in a real window: a key typed there goes to a real GNOME
 * Keyring, "Test connection" reaches a real OpenAI-compatible server (farol serve, which needs
 * that key), and a server that is not there is named in words.
 */
class TeamServerSettingsUiTest {
    static final String TOKEN = "team-settings-test-token-0123456789";

    @TempDir
    static Path home;

    static SecretService keyringService;
    static Keyring keyring;
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        Texts.use("en"); // another test in this JVM may have left the window's texts in Portuguese
        keyringService = SecretService.start(home);
        keyring = Keyrings.of("Linux", keyringService.environment());
        ApiBackend modelsOnly = new ApiBackend() { // "Test connection" asks only for the model list
                    public Retriever retriever() {
                        throw new UnsupportedOperationException();
                    }

                    public Embedder embedder() {
                        throw new UnsupportedOperationException();
                    }

                    public AnswerService answers() {
                        throw new UnsupportedOperationException();
                    }

                    public boolean hasModel() {
                        return false;
                    }
                };
        server = ApiServer.start(
                modelsOnly, new ApiConfig("127.0.0.1", 0, Optional.of(TOKEN), ApiConfig.DEFAULT_MAX_BODY, 6000));
    }

    @AfterAll
    static void stop() {
        server.close();
        keyringService.close();
    }

    @Test
    void should_save_the_key_in_the_keyring_and_connect_with_it() throws Exception {
        AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults(home));
        JFrame frame = open(settings);
        try {
            onEdt(() -> {
                text(frame, "settings.team.modelServer").setText(server.baseUrl());
                ((JPasswordField) find(frame, "settings.team.modelServerSecret")).setText(TOKEN);
                ((JButton) find(frame, "settings.team.modelServerTest")).doClick();
            });
            String result = UiTestSupport.awaitConnectionResult(frame, "settings.team.modelServerResult");

            assertThat(result).isEqualTo("Connected: farol on 127.0.0.1");
            assertThat(settings.get().team().modelServer()).isEqualTo(server.baseUrl());
            URI base = URI.create(server.baseUrl().replaceAll("/$", ""));
            assertThat(keyring.find(SecretAccounts.modelServer(base))).contains(TOKEN);
            String[] field = new String[2];
            onEdt(() -> {
                JPasswordField secret = (JPasswordField) find(frame, "settings.team.modelServerSecret");
                field[0] = new String(secret.getPassword());
                field[1] = String.valueOf(secret.getClientProperty("JTextField.placeholderText"));
            });
            assertThat(field[0]).as("the typed key is not kept in the window").isEmpty();
            awaitPlaceholder(frame, "Saved in the keyring (type to replace)");
        } finally {
            onEdt(frame::dispose);
        }
    }

    @Test
    void should_say_in_words_which_server_cannot_be_reached() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/v1";
        JFrame frame = open(new AtomicReference<>(Settings.defaults(home)));
        try {
            onEdt(() -> {
                text(frame, "settings.team.modelServer").setText(url);
                ((JButton) find(frame, "settings.team.modelServerTest")).doClick();
            });
            assertThat(UiTestSupport.awaitConnectionResult(frame, "settings.team.modelServerResult"))
                    .startsWith("Not connected: cannot reach the model server " + url)
                    .contains("is it running");
        } finally {
            onEdt(frame::dispose);
        }
    }

    private static JFrame open(AtomicReference<Settings> settings) throws Exception {
        JFrame[] frame = new JFrame[1];
        onEdt(() -> {
            SettingsPanel panel = new SettingsPanel(
                    new BackgroundExecutor("team-test", 2), edit -> settings.updateAndGet(edit), () -> {});
            panel.display(settings.get());
            panel.setTeamConnections(new TeamServerConnections(keyring, Map.of()));
            frame[0] = new JFrame("Team server test");
            frame[0].add(panel);
            frame[0].setSize(1100, 900);
            frame[0].setVisible(true);
        });
        return frame[0];
    }

    private static void awaitPlaceholder(JFrame frame, String expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String[] shown = {""};
        while (System.nanoTime() < deadline) {
            onEdt(() -> shown[0] = String.valueOf(
                    find(frame, "settings.team.modelServerSecret").getClientProperty("JTextField.placeholderText")));
            if (shown[0].equals(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(shown[0]).isEqualTo(expected);
    }

    private static JTextField text(Container root, String name) {
        return (JTextField) find(root, name);
    }

    private static javax.swing.JComponent find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return (javax.swing.JComponent) c;
            }
            if (c instanceof Container inner) {
                javax.swing.JComponent found = findOrNull(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no component named " + name);
    }

    private static javax.swing.JComponent findOrNull(Container root, String name) {
        try {
            return find(root, name);
        } catch (AssertionError e) {
            return null;
        }
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }
}
