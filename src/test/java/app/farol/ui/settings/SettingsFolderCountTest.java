package app.farol.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The Settings view counts the folders the library has now, not the ones it had at start. */
class SettingsFolderCountTest {

    @Test
    void should_count_the_folders_after_the_library_changes_them() throws Exception {
        String[] texts = new String[2];
        SwingUtilities.invokeAndWait(() -> {
            SettingsPanel panel = new SettingsPanel(
                    new BackgroundExecutor("test", 1), edit -> edit.apply(Settings.defaults(Path.of("a"))), () -> {});
            panel.display(Settings.defaults(Path.of("a")));
            texts[0] = countLabel(panel);
            panel.showFolders(List.of("a", "b", "c"));
            texts[1] = countLabel(panel);
        });
        assertThat(texts[0]).isEqualTo("1 folder");
        assertThat(texts[1]).isEqualTo("3 folders");
    }

    private static String countLabel(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getText() != null && l.getText().matches("\\d+ folders?|No folders")) {
                return l.getText();
            }
            if (child instanceof Container inner) {
                String found = countLabel(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
