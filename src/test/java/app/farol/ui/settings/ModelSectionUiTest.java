package app.farol.ui.settings;

import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.CatalogueModels;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.model.CatalogueEntry;
import app.farol.core.model.ModelCatalogue;
import app.farol.core.model.ModelDownloader;
import app.farol.core.model.ModelsHome;
import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model section in Settings, in a real window with a real catalogue over a models folder
 * where one catalogue model (the tiny generated one, in the 1B model's folder) is installed: it
 * names the installed model, says each model's memory beside this computer's, which one is
 * recommended, where it downloads from and its licence, in plain text on screen (not tooltips),
 * in English and Portuguese; the answer speed says its effect.
 */
@Tag("ui")
class ModelSectionUiTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void should_show_installed_model_memory_recommendation_source_and_licence(
            String language, @org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Texts.use(language);
        CatalogueEntry installed = ModelCatalogue.find("llama-3.2-1b");
        ModelsHome home = new ModelsHome(temp.resolve("models"));
        Path folder = Files.createDirectories(home.folderOf(installed));
        try (Stream<Path> files = Files.list(TinyModels.folder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        CatalogueModels models = new CatalogueModels(home, ModelDownloader.HUGGING_FACE);
        long memory = models.machineMemory();
        assertThat(memory).as("this computer's memory is known").isPositive();
        BackgroundExecutor executor = new BackgroundExecutor("test", 2);
        AtomicReference<JFrame> frame = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                SettingsPanel panel =
                        new SettingsPanel(executor, edit -> edit.apply(Settings.defaults(temp)), () -> {});
                panel.display(Settings.defaults(temp));
                panel.setModels(models);
                JFrame f = new JFrame("settings");
                f.setContentPane(panel);
                f.setSize(1000, 900);
                f.setVisible(true);
                frame.set(f);
            });
            Container root = frame.get().getContentPane();
            long until = System.nanoTime() + 60_000_000_000L;
            while (find(root, "settings.model.description.mistral-7b") == null && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            JTextComponent current = find(root, "settings.model");
            assertThat(onEdt(() -> current.getText()))
                    .isEqualTo(Texts.format("settings.model.autoInstalled", "llama-3.2-1b"));
            assertThat((Component) find(root, "settings.model.installed.llama-3.2-1b"))
                    .isNotNull();
            ModelManager.Offer recommended = ModelSection.recommended(models.catalogue(), memory);
            JLabel badge = find(root, "settings.model.recommended." + recommended.id());
            assertThat(onEdt(badge::getText)).contains(Texts.get("settings.model.recommended"));
            assertThat(onEdt(badge::isShowing)).isTrue();
            String machine = String.format(Texts.locale(), "%.0f GB", Math.max(1, Math.round(memory / 1e9)) * 1.0);
            for (CatalogueEntry e : ModelCatalogue.entries()) {
                JTextComponent d = find(root, "settings.model.description." + e.id());
                String text = onEdt(() -> d.getText());
                assertThat(text)
                        .as(e.id())
                        .contains(
                                machine,
                                "https://huggingface.co/" + e.repository(),
                                e.licence(),
                                Texts.get("settings.model.sourceLicence").substring(0, 6));
                assertThat(onEdt(() -> d.isShowing() && d.getHeight() >= d.getPreferredSize().height))
                        .as(e.id() + " shown whole, not cut")
                        .isTrue();
            }
            JTextComponent effect = find(root, "settings.speed.effect");
            assertThat(onEdt(() -> effect.getText()))
                    .isEqualTo(AnswerSpeed.effect(Settings.DEFAULT_SECONDS_TO_FIRST_WORD));
            assertThat(AnswerSpeed.effect(AnswerSpeed.FASTEST))
                    .isNotEqualTo(AnswerSpeed.effect(AnswerSpeed.MOST_THOROUGH));
        } finally {
            SwingUtilities.invokeAndWait(() -> frame.get().dispose());
            executor.shutdown();
            Texts.use("en");
        }
    }
}
