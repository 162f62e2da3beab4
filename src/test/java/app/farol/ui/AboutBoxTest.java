package app.farol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.ui.common.Texts;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The About box tells the build's version and where the person's data lives, in both languages. */
class AboutBoxTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.use("en");
    }

    @Test
    void should_show_the_version_the_folders_and_the_privacy_notes_in_english_and_portuguese() throws Exception {
        Path privacy = Files.writeString(dir.resolve("PRIVACY.md"), "# Privacy\n");
        AboutBox.Facts facts = new AboutBox.Facts(
                dir.resolve("index").toString(), dir.resolve("settings.json"), dir.resolve("models"), privacy);
        for (String language : List.of("en", "pt")) {
            List<String> texts = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            List<String> buttons = new ArrayList<>();
            boolean[] fits = {true};
            SwingUtilities.invokeAndWait(() -> {
                Texts.use(language);
                JPanel content = AboutBox.content(facts, () -> {});
                JFrame frame = new JFrame();
                frame.setContentPane(content);
                frame.pack();
                collect(content, texts, fields, buttons, fits);
                frame.dispose();
            });
            assertThat(texts.getFirst()).as(language).matches("Farol \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(fields)
                    .as(language)
                    .containsExactly(
                            facts.index(),
                            facts.settings().toString(),
                            facts.models().toString());
            assertThat(buttons).as(language).containsExactly(Texts.get("about.privacy"), Texts.get("about.close"));
            assertThat(String.join(" ", texts))
                    .as(language)
                    .contains("Apache-2.0")
                    .contains(language.equals("pt") ? "telemetria" : "telemetry");
            assertThat(fits[0])
                    .as(language + ": every label and button shows its whole text")
                    .isTrue();
        }
    }

    @Test
    void should_draw_the_app_icon_at_every_size_the_window_asks_for() {
        assertThat(AppIcon.images()).hasSize(AppIcon.SIZES.size());
        java.awt.image.BufferedImage big = AppIcon.draw(64);
        assertThat(big.getRGB(32, 40) & 0xFFFFFF).as("the tower is drawn").isNotEqualTo(0x1F3A5F);
    }

    private static void collect(
            Container c, List<String> texts, List<String> fields, List<String> buttons, boolean[] fits) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getText() != null) {
                texts.add(l.getText().replaceAll("<[^>]+>", ""));
                fits[0] &= l.getWidth() >= l.getPreferredSize().width - 1;
            } else if (child instanceof JTextField f) {
                fields.add(f.getText());
            } else if (child instanceof AbstractButton b) {
                buttons.add(b.getText());
                fits[0] &= b.getWidth() >= b.getPreferredSize().width - 1;
            }
            if (child instanceof Container inner && !(child instanceof JTextField)) {
                collect(inner, texts, fields, buttons, fits);
            }
        }
    }
}
