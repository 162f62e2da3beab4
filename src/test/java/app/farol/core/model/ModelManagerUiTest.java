package app.farol.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.CatalogueModels;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.settings.SettingsPanel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model manager in Settings against a local look-alike of the model server: Download fetches
 * the catalogue model with its checksums, and the downloaded folder becomes the model in use.
 * (In this package to use the test server of the downloader's tests.)
 */
@Tag("ui")
class ModelManagerUiTest {
    @TempDir
    Path temp;

    private static ModelPin pin(FakeModelServer server) {
        try {
            return server.pin();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void should_download_a_catalogue_model_after_cancelling_a_stalled_one_and_choose_it() throws Exception {
        Texts.use("en");
        CatalogueEntry entry = ModelCatalogue.find("qwen2.5-0.5b");
        ModelsHome home = new ModelsHome(temp.resolve("models"));
        AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults(temp.resolve("docs")));
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), entry.repository())) {
            Robot robot = BasicRobot.robotWithNewAwtHierarchy();
            AtomicReference<JFrame> frame = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                SettingsPanel panel = new SettingsPanel(
                        new BackgroundExecutor("test", 2),
                        edit -> {
                            settings.set(edit.apply(settings.get()));
                            return settings.get();
                        },
                        () -> {});
                panel.display(settings.get());
                panel.setModels(new CatalogueModels(home, server.base(), e -> pin(server)));
                JFrame f = new JFrame("settings");
                f.setContentPane(panel);
                f.setSize(900, 700);
                f.setVisible(true);
                frame.set(f);
            });
            FrameFixture fixture = new FrameFixture(robot, frame.get());
            try {
                // First a server that stalls: Cancel frees the row at once and Download works again.
                server.stallFile = "model.safetensors";
                server.stallAfter = 20_000;
                var button = fixture.button("settings.model.download." + entry.id());
                button.requireText(Texts.get("settings.model.download")).click();
                long until = System.nanoTime() + 30_000_000_000L;
                while (server.requests.stream().noneMatch(r -> r.contains("model.safetensors"))
                        && System.nanoTime() < until) {
                    Thread.sleep(50);
                }
                button.requireText(Texts.get("settings.model.cancelDownload")).click();
                button.requireText(Texts.get("settings.model.download"));
                server.stallFile = null;
                fixture.button("settings.model.download." + entry.id())
                        .requireText(Texts.get("settings.model.download"))
                        .click();
                long end = System.nanoTime() + 60_000_000_000L;
                while (settings.get().modelFolder().isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(100);
                }
                assertThat(settings.get().modelFolder())
                        .isEqualTo(home.folderOf(entry).toString());
                assertThat(LocalModelFolder.problems(home.folderOf(entry))).isEmpty();
                assertThat(server.requests).anyMatch(r -> r.contains("model.safetensors"));
            } finally {
                fixture.cleanUp();
            }
        }
    }
}
