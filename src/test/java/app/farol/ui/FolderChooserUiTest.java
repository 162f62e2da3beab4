package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import app.farol.ui.library.LibraryPanel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Library's Add folder opens a folder chooser with the translated title and no "Files of
 * Type" row. Under Xvfb FlatLaf would open the GTK dialog, which Java cannot see or close, so
 * the test turns the platform dialog off and checks the Swing one Farol falls back to.
 */
@Tag("ui")
class FolderChooserUiTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void should_ask_for_a_folder_without_a_files_of_type_row(String language) {
        Texts.use(language);
        String before = System.setProperty("flatlaf.useSystemFileChooser", "false");
        onEdt(() -> UiTheme.setup(Settings.Theme.LIGHT));
        BackgroundExecutor executor = new BackgroundExecutor("test", 1);
        JFrame frame = onEdt(() -> {
            JFrame f = new JFrame("Library");
            f.setContentPane(new LibraryPanel(executor));
            f.setSize(900, 600);
            f.setVisible(true);
            return f;
        });
        try {
            JButton add = onEdt(() -> find(frame, "library.add"));
            SwingUtilities.invokeLater(add::doClick); // the dialog is modal: click later, look from here
            await("the folder chooser to open", Duration.ofSeconds(30), () -> chooserDialog() != null);

            Dialog dialog = onEdt(FolderChooserUiTest::chooserDialog);
            assertThat(onEdt(dialog::getTitle)).isEqualTo(Texts.get("library.addTitle"));
            JFileChooser chooser = onEdt(() -> all(dialog, JFileChooser.class).getFirst());
            List<String> fileTypeLabels = new ArrayList<>();
            for (Locale l : List.of(Locale.ENGLISH, Locale.of("pt"), Locale.of("pt", "BR"), chooser.getLocale())) {
                fileTypeLabels.add(UIManager.getString("FileChooser.filesOfTypeLabelText", l));
            }
            assertThat(fileTypeLabels).doesNotContainNull();
            List<String> shownLabels = onEdt(() -> all(dialog, JLabel.class).stream()
                    .filter(Component::isShowing)
                    .map(JLabel::getText)
                    .toList());
            assertThat(shownLabels)
                    .as("labels in the chooser")
                    .isNotEmpty()
                    .doesNotContainAnyElementsOf(fileTypeLabels);
            assertThat(onEdt(() -> all(dialog, JComboBox.class).stream()
                            .filter(Component::isShowing)
                            .count()))
                    .as("combos shown: only the folder one, no file types")
                    .isEqualTo(1);
            onEdt(chooser::cancelSelection);
            await("the chooser to close", Duration.ofSeconds(30), () -> chooserDialog() == null);
        } finally {
            onEdt(frame::dispose);
            executor.shutdown();
            if (before == null) {
                System.clearProperty("flatlaf.useSystemFileChooser");
            } else {
                System.setProperty("flatlaf.useSystemFileChooser", before);
            }
        }
    }

    private static Dialog chooserDialog() {
        return Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof Dialog
                        && w.isShowing()
                        && !all(w, JFileChooser.class).isEmpty())
                .map(Dialog.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static <T extends Component> List<T> all(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Container child) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }
}
