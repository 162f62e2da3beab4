package app.farol.ui.settings;

import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.Tesseract;
import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.FolderChooser;
import app.farol.ui.common.PlainText;
import app.farol.ui.common.ScrollPage;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;

/**
 * The Settings view. Every change goes straight to the {@code update} function (which saves the
 * file); the theme applies at once, language, index location and the languages scans are read in at
 * the next start, which a
 * Restart now button next to them offers once they changed.
 */
public final class SettingsPanel extends JPanel {
    private final JLabel folders = new JLabel();
    private final JTextField index = new JTextField(28);
    private final AnswerSpeed speed = new AnswerSpeed();
    private final JComboBox<Settings.Theme> theme = new JComboBox<>(Settings.Theme.values());
    private final JComboBox<String> language = new JComboBox<>(new String[] {"", "en", "pt"});
    private final ModelSection model;
    private final TeamSection team;
    private final Function<UnaryOperator<Settings>, Settings> update;
    private final JButton restartForIndex = restartButton("settings.restartIndex");
    private final JButton restartForLanguage = restartButton("settings.restartLanguage");
    private final JButton restartForOcr = restartButton("settings.restartOcr");
    private final OcrSection ocr;
    private Settings started; // as the running app uses them: index and language apply at a start
    private Runnable onRestart = () -> {};
    private boolean loading;

    /**
     * @param update applies a change to the settings, saves them, and returns the new settings
     * @param showLibrary opens the Library view
     */
    public SettingsPanel(
            BackgroundExecutor executor, Function<UnaryOperator<Settings>, Settings> update, Runnable showLibrary) {
        super(new BorderLayout());
        this.update = update;
        setName("settings");
        theme.setName("settings.theme");
        language.setName("settings.language");
        index.setName("settings.index");
        folders.putClientProperty("html.disable", Boolean.TRUE);
        model = new ModelSection(executor, folder -> change(s -> s.withModelFolder(folder)));
        team = new TeamSection(executor, this::change);
        ocr = new OcrSection(
                executor,
                () -> Tesseract.installedLanguages(
                        OcrSettings.fromSystemProperties().searchPath()),
                codes -> change(s -> s.withOcrLanguages(codes)));
        theme.setRenderer(PlainText.list(
                v -> Texts.get("settings.theme." + ((Settings.Theme) v).name().toLowerCase(Locale.ROOT))));
        language.setRenderer(
                PlainText.list(v -> Texts.get("settings.language." + (((String) v).isEmpty() ? "system" : v))));
        theme.addActionListener(e -> change(s -> s.withTheme((Settings.Theme) theme.getSelectedItem())));
        language.addActionListener(e -> change(s -> s.withLanguage((String) language.getSelectedItem())));
        speed.onChange(seconds -> change(s -> s.withSecondsToFirstWord(seconds)));
        index.addActionListener(
                e -> change(s -> s.withIndexFolder(index.getText().strip())));
        index.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                change(s -> s.withIndexFolder(index.getText().strip()));
            }
        });
        theme.setToolTipText(Texts.get("settings.themeTooltip"));
        language.setToolTipText(Texts.get("settings.languageTooltip"));

        JButton library = new JButton(Texts.get("settings.openLibrary"));
        library.addActionListener(e -> showLibrary.run());
        JButton browse = new JButton(Texts.get("settings.browse"));
        browse.setName("settings.browse");
        browse.addActionListener(e -> browseIndex());
        // The field stretches and the button keeps its size: "Choose…" is never pushed out of the window.
        JPanel indexRow = new JPanel(new BorderLayout(6, 0));
        indexRow.add(index, BorderLayout.CENTER);
        indexRow.add(browse, BorderLayout.EAST);
        index.setColumns(12);
        Form f = new Form();
        JLabel title = new JLabel(Texts.get("settings.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        f.section(Texts.get("settings.library"));
        f.row(Texts.get("settings.folders"), row(folders, library));
        f.row(Texts.get("settings.index"), indexRow);
        f.field(note(restartForIndex));
        f.row(Texts.get("settings.ocr"), ocr);
        f.field(note(restartForOcr));
        f.section(Texts.get("settings.answers"));
        f.row(Texts.get("settings.model"), model);
        f.row(Texts.get("settings.speed"), speed);
        team.addTo(f);
        f.section(Texts.get("settings.appearance"));
        f.row(Texts.get("settings.theme"), row(theme));
        f.row(Texts.get("settings.language"), row(language));
        f.field(note(restartForLanguage));
        f.fill();
        JPanel body = new ScrollPage(new BorderLayout(0, 12));
        body.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        body.add(title, BorderLayout.NORTH);
        body.add(f.panel(), BorderLayout.CENTER);
        JScrollPane scroll = new JScrollPane(body);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
    }

    /** Called when the user asks to restart now, so that a new language or index location applies. */
    public void onRestart(Runnable handler) {
        this.onRestart = handler;
    }

    public void setModels(ModelManager models) {
        model.setModels(models);
    }

    /** Lets the Team server section keep secrets and test connections. */
    public void setTeamConnections(TeamConnections connections) {
        team.setConnections(connections);
    }

    /** Shows the settings without treating it as a change. */
    /** Shows the library's folders as they are now (the Library view adds and removes them). */
    public void showFolders(java.util.List<String> list) {
        folders.setText(Texts.format("settings.folderCount", list.size()));
        folders.setToolTipText(String.join(", ", list));
    }

    public void display(Settings s) {
        loading = true;
        try {
            showFolders(s.folders());
            index.setText(s.indexFolder());
            index.putClientProperty("JTextField.placeholderText", Texts.get("settings.indexDefault"));
            speed.show(s.secondsToFirstWord());
            theme.setSelectedItem(s.theme());
            language.setSelectedItem(s.language());
            model.show(s.modelFolder());
            team.show(s.team());
            ocr.show(s.ocrLanguages());
            if (started == null) {
                started = s;
            }
            restartForIndex.setVisible(!s.indexFolder().equals(started.indexFolder()));
            restartForLanguage.setVisible(!s.language().equals(started.language()));
            restartForOcr.setVisible(!s.ocrLanguages().equals(started.ocrLanguages()));
        } finally {
            loading = false;
        }
    }

    private void change(UnaryOperator<Settings> edit) {
        if (!loading) {
            display(update.apply(edit));
        }
    }

    private void browseIndex() {
        FolderChooser.choose(this, Texts.get("settings.indexTitle")).ifPresent(folder -> {
            index.setText(folder.toAbsolutePath().toString());
            change(s -> s.withIndexFolder(index.getText()));
        });
    }

    private JButton restartButton(String name) {
        JButton b = new JButton(Texts.get("settings.restart"));
        b.setName(name);
        b.setToolTipText(Texts.get("settings.restartTooltip"));
        b.setVisible(false);
        b.addActionListener(e -> onRestart.run());
        return b;
    }

    /** "Applies the next time Farol starts", with a Restart now button once the setting changed. */
    private static JPanel note(JButton restart) {
        WrappingLabel l = ThemeColours.foreground(new WrappingLabel(Texts.get("settings.nextStart")), "Farol.muted");
        JPanel p = new JPanel(new BorderLayout(8, 0));
        p.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 0));
        p.add(l, BorderLayout.CENTER);
        p.add(restart, BorderLayout.EAST);
        return p;
    }

    private static JPanel row(java.awt.Component... parts) {
        JPanel p = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 0));
        for (java.awt.Component c : parts) {
            p.add(c);
        }
        return p;
    }
}
