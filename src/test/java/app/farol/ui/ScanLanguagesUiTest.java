package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import app.farol.ui.common.WrappingLabel;
import app.farol.ui.settings.SettingsPanel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Settings lists the languages the installed Tesseract has (here English and Portuguese, from
 * `tesseract --list-langs`), named in the window's language, both ticked by default; a change
 * is saved in the settings and offers Restart now (it applies when the library is next opened);
 * the last language ticked cannot be unticked. In English and in Portuguese, in a real window.
 */
@Tag("ui")
class ScanLanguagesUiTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void should_list_tesseracts_languages_and_save_the_ones_ticked(String language, @TempDir Path temp) {
        Texts.use(language);
        onEdt(() -> UiTheme.setup(Settings.Theme.LIGHT));
        AtomicReference<Settings> saved = new AtomicReference<>(Settings.defaults(temp));
        BackgroundExecutor executor = new BackgroundExecutor("test", 2);
        JFrame[] frame = new JFrame[1];
        try {
            SettingsPanel panel = onEdt(() -> {
                SettingsPanel p = new SettingsPanel(
                        executor,
                        edit -> {
                            saved.set(edit.apply(saved.get()));
                            return saved.get();
                        },
                        () -> {});
                p.display(saved.get());
                frame[0] = new JFrame("Settings");
                frame[0].setContentPane(p);
                frame[0].setSize(1000, 1000);
                frame[0].setVisible(true);
                return p;
            });
            await("the languages Tesseract has", Duration.ofSeconds(30), () -> find(panel, "settings.ocr.por") != null);
            JCheckBox eng = onEdt(() -> find(panel, "settings.ocr.eng"));
            JCheckBox por = onEdt(() -> find(panel, "settings.ocr.por"));
            assertThat(onEdt(() -> List.of(eng.getText(), por.getText())))
                    .containsExactly(
                            language.equals("pt") ? "Inglês" : "English",
                            language.equals("pt") ? "Português" : "Portuguese");
            assertThat(onEdt(() -> eng.isSelected() && por.isSelected() && eng.isEnabled() && por.isEnabled()))
                    .as("English and Portuguese by default")
                    .isTrue();
            assertThat(onEdt(() -> ((WrappingLabel) find(panel, "settings.ocrStatus")).getText()))
                    .isEqualTo(Texts.get("settings.ocr.explain"));
            JButton restart = onEdt(() -> find(panel, "settings.restartOcr"));
            assertThat(onEdt(restart::isVisible)).isFalse();

            onEdt(() -> {
                eng.doClick();
            });
            assertThat(saved.get().ocrLanguages()).containsExactly("por");
            assertThat(onEdt(() -> !por.isEnabled() && restart.isVisible()))
                    .as("Portuguese, the last one ticked, stays; Restart now is offered")
                    .isTrue();
            if (language.equals("pt")) {
                assertThat(onEdt(() -> ViewChecks.untranslated(panel, bundle(Locale.ENGLISH), bundle(Locale.of("pt")))))
                        .as("English texts in the window")
                        .isEmpty();
            }
            assertThat(onEdt(() -> ViewChecks.clipped(find(panel, "settings.ocr"))))
                    .isEmpty();

            onEdt(() -> {
                eng.doClick();
            });
            assertThat(saved.get().ocrLanguages()).containsExactly("eng", "por");
            assertThat(onEdt(() -> por.isEnabled() && !restart.isVisible())).isTrue();
        } finally {
            onEdt(() -> {
                if (frame[0] != null) {
                    frame[0].dispose();
                }
            });
            executor.shutdown();
            Texts.use("en");
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "app.farol.ui.texts",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
