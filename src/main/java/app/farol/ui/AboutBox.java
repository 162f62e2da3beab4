package app.farol.ui;

import app.farol.core.util.DisplayNames;
import app.farol.core.util.FarolVersion;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * "About Farol": the version, the licences, where the index, settings and models live, and the
 * privacy promise. Paths are shown in fields a person can select and copy.
 */
final class AboutBox {

    /**
     * What the box tells.
     *
     * @param index the index folder in use, as configured
     * @param settings the settings file
     * @param models the models folder
     * @param privacy PRIVACY.md of this installation, or null when it is not there
     */
    record Facts(String index, Path settings, Path models, Path privacy) {}

    private AboutBox() {}

    /** The box's content, also what the tests look at. */
    static JPanel content(Facts facts, Runnable onClose) {
        JPanel body = new JPanel(new GridBagLayout());
        body.setName("about");
        body.setBorder(BorderFactory.createEmptyBorder(16, 18, 8, 18));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 6, 0);
        JLabel title = new JLabel(Texts.format("about.version", FarolVersion.current()));
        title.setName("about.version");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        body.add(title, c);
        body.add(wrapped(Texts.get("about.tagline")), c);
        body.add(wrapped(Texts.get("about.licence")), c);
        c.gridwidth = 1;
        c.insets = new Insets(4, 0, 2, 8);
        row(body, c, "about.index", DisplayNames.safe(facts.index()));
        row(body, c, "about.settings", DisplayNames.safe(facts.settings()));
        row(body, c, "about.models", DisplayNames.safe(facts.models()));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        if (facts.privacy() != null && Files.isRegularFile(facts.privacy())) {
            JButton privacy = new JButton(Texts.get("about.privacy"));
            privacy.setName("about.privacy");
            privacy.addActionListener(e -> open(privacy, facts.privacy()));
            buttons.add(privacy);
        }
        JButton close = new JButton(Texts.get("about.close"));
        close.setName("about.close");
        close.addActionListener(e -> onClose.run());
        buttons.add(close);

        JPanel root = new JPanel(new BorderLayout());
        root.add(body, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        return root;
    }

    static void show(Component parent, Facts facts) {
        JDialog dialog = new JDialog(SwingUtilities.getWindowAncestor(parent), Texts.get("about.title"));
        dialog.setName("about.dialog");
        dialog.setModal(true);
        dialog.setContentPane(content(facts, dialog::dispose));
        dialog.pack();
        dialog.setMinimumSize(dialog.getPreferredSize());
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true);
    }

    private static void row(JPanel body, GridBagConstraints c, String key, String path) {
        c.gridx = 0;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        body.add(new JLabel(Texts.get(key)), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        JTextField field = new JTextField(path, 36);
        field.setName(key);
        field.setEditable(false);
        body.add(field, c);
        c.gridx = 0;
    }

    private static JLabel wrapped(String text) {
        return new JLabel("<html><div style='width:380px'>" + text + "</div></html>");
    }

    /** Opens PRIVACY.md with the system's text viewer, off the event thread. */
    private static void open(Component from, Path file) {
        Thread.ofPlatform().daemon().name("farol-open-privacy").start(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the message
            }
            SwingUtilities.invokeLater(() -> javax.swing.JOptionPane.showMessageDialog(
                    from,
                    Texts.format("about.privacyAt", file),
                    Texts.get("app.name"),
                    javax.swing.JOptionPane.INFORMATION_MESSAGE));
        });
    }
}
