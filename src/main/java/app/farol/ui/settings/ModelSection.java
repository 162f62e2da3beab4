package app.farol.ui.settings;

import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.FolderChooser;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;

/**
 * The model manager: the model in use, a local folder to use instead, and the catalogue with a
 * Download button and progress per model. Downloads run in the background and can be cancelled.
 */
final class ModelSection extends JPanel {
    private final BackgroundExecutor executor;
    private final app.farol.ui.common.WrappingLabel current = new app.farol.ui.common.WrappingLabel("");
    private final JPanel catalogue = new JPanel();
    private final Consumer<String> onChoose;
    private ModelManager models;
    /** The folder name of the model the automatic choice uses, or null: read with the catalogue. */
    private String installedName;

    private String shownFolder = "";
    private boolean catalogueRead;
    private long machineMemory;
    /** One download state per row (catalogue id -> its running download), touched on the event thread only. */
    private final java.util.Map<String, BackgroundExecutor.Task> downloads = new java.util.HashMap<>();

    /** @param onChoose receives the chosen model folder, or {@link Settings#NO_MODEL} */
    ModelSection(BackgroundExecutor executor, Consumer<String> onChoose) {
        super(new BorderLayout(0, 6));
        this.executor = executor;
        this.onChoose = onChoose;
        current.setName("settings.model");
        JButton local = new JButton(Texts.get("settings.model.local"));
        local.setName("settings.model.local");
        local.setToolTipText(Texts.get("settings.model.localTooltip"));
        local.addActionListener(e -> chooseLocal());
        JButton none = new JButton(Texts.get("settings.model.none"));
        none.setToolTipText(Texts.get("settings.model.noneTooltip"));
        none.addActionListener(e -> onChoose.accept(Settings.NO_MODEL));
        JPanel buttons = new JPanel(new app.farol.ui.common.WrapLayout(FlowLayout.LEFT, 6, 0));
        buttons.add(local);
        buttons.add(none);
        JPanel top = new JPanel(new BorderLayout(0, 6));
        current.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 6, 0, 0));
        top.add(current, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        catalogue.setLayout(new BoxLayout(catalogue, BoxLayout.Y_AXIS));
        add(catalogue, BorderLayout.CENTER);
    }

    /** @param modelFolder as in the settings: "" automatic, "none", or a folder */
    void show(String modelFolder) {
        shownFolder = modelFolder;
        current.setText(
                switch (modelFolder) {
                    case "" ->
                        !catalogueRead
                                ? Texts.get("settings.model.autoLooking")
                                : installedName == null
                                        ? Texts.get("settings.model.autoNone")
                                        : Texts.format("settings.model.autoInstalled", installedName);
                    case Settings.NO_MODEL -> Texts.get("settings.model.noneInUse");
                    default -> Path.of(modelFolder).getFileName().toString();
                });
        current.setToolTipText(modelFolder.length() > 1 ? modelFolder : null);
    }

    /** Connects the manager; the catalogue is read in the background (it looks into model folders). */
    void setModels(ModelManager models) {
        this.models = models;
        executor.submit(
                "model catalogue",
                c -> new Facts(
                        models.catalogue(),
                        models.installed().map(p -> p.getFileName().toString()).orElse(null),
                        models.machineMemory()),
                this::showCatalogue,
                message -> catalogue.add(new JLabel(message)));
    }

    /** What the section shows, read in the background: it looks into model folders. */
    private record Facts(List<ModelManager.Offer> offers, String installed, long memory) {}

    private void showCatalogue(Facts facts) {
        installedName = facts.installed() == null ? null : catalogueName(facts.offers(), facts.installed());
        machineMemory = facts.memory();
        catalogueRead = true;
        show(shownFolder);
        List<ModelManager.Offer> offers = facts.offers();
        recommended = recommended(offers, machineMemory);
        catalogue.removeAll();
        if (offers.isEmpty()) {
            catalogue.add(new JLabel(Texts.get("settings.model.noCatalogue")));
        }
        for (ModelManager.Offer o : offers) {
            catalogue.add(offerRow(o));
        }
        catalogue.revalidate();
    }

    /** The catalogue id of an installed folder, or the folder's name when it is not a catalogue model. */
    private static String catalogueName(List<ModelManager.Offer> offers, String folder) {
        return offers.stream()
                .filter(o -> o.installedFolder() != null
                        && o.installedFolder().getFileName().toString().equals(folder))
                .map(ModelManager.Offer::id)
                .findFirst()
                .orElse(folder);
    }

    private ModelManager.Offer recommended;

    /**
     * The model recommended on this computer: the catalogue's first choice (it is ordered by
     * preference) that needs at most half of the memory, so the documents, the index and the
     * other programs keep the rest; the one needing least when none fits or memory is unknown.
     */
    static ModelManager.Offer recommended(List<ModelManager.Offer> offers, long machineMemory) {
        if (offers.isEmpty()) {
            return null;
        }
        return offers.stream()
                .filter(o -> machineMemory > 0 && o.memoryBytes() > 0 && o.memoryBytes() <= machineMemory / 2)
                .findFirst()
                .orElseGet(() -> offers.stream()
                        .min(java.util.Comparator.comparingLong(ModelManager.Offer::memoryBytes))
                        .orElseThrow());
    }

    /** Its memory need beside this computer's, in words. */
    static String memoryLine(ModelManager.Offer o, long machine) {
        if (o.memoryBytes() <= 0) {
            return "";
        }
        if (machine <= 0) {
            return Texts.format("settings.model.memoryUnknown", gigabytes(o.memoryBytes()));
        }
        return Texts.format(
                o.memoryBytes() > machine * 0.8 ? "settings.model.memoryTooMuch" : "settings.model.memory",
                gigabytes(o.memoryBytes()),
                gigabytes(machine));
    }

    private static String gigabytes(long bytes) {
        return String.format(Texts.locale(), "%.0f GB", Math.max(1, Math.round(bytes / 1e9)) * 1.0);
    }

    private JPanel offerRow(ModelManager.Offer o) {
        JLabel name =
                new JLabel(o.id() + "  \u00b7  " + Texts.format("settings.model.size", megabytes(o.downloadBytes())));
        name.putClientProperty("FlatLaf.styleClass", "semibold");
        name.putClientProperty("html.disable", Boolean.TRUE);
        JPanel title = new JPanel(new app.farol.ui.common.WrapLayout(FlowLayout.LEFT, 0, 0));
        title.add(name);
        if (o == recommended) {
            JLabel badge = new JLabel("  " + Texts.get("settings.model.recommended"));
            badge.setName("settings.model.recommended." + o.id());
            badge.putClientProperty("FlatLaf.styleClass", "semibold");
            app.farol.ui.common.ThemeColours.foreground(badge, "Farol.link");
            title.add(badge);
        }
        if (o.installedFolder() != null) {
            JLabel installed = new JLabel("  \u00b7  " + Texts.get("settings.model.installed"));
            installed.setName("settings.model.installed." + o.id());
            title.add(installed);
        }
        // Every line wraps: a narrow window or a longer language makes the row taller, never cut.
        StringBuilder words = new StringBuilder(description(o));
        String memory = memoryLine(o, machineMemory);
        if (!memory.isEmpty()) {
            words.append('\n').append(memory);
        }
        if (!o.source().isEmpty()) {
            words.append('\n').append(Texts.format("settings.model.sourceLicence", o.source(), o.licence()));
        }
        app.farol.ui.common.WrappingLabel description = new app.farol.ui.common.WrappingLabel(words.toString());
        description.setName("settings.model.description." + o.id());
        app.farol.ui.common.ThemeColours.foreground(description, "Farol.muted");
        JPanel text = new JPanel(new BorderLayout(0, 2));
        text.add(title, BorderLayout.NORTH);
        text.add(description, BorderLayout.CENTER);
        JProgressBar bar = new JProgressBar(0, 1000);
        bar.setVisible(false);
        bar.setPreferredSize(new java.awt.Dimension(120, 8));
        JButton action =
                new JButton(Texts.get(o.installedFolder() != null ? "settings.model.use" : "settings.model.download"));
        action.setName("settings.model.download." + o.id());
        action.addActionListener(e -> {
            if (o.installedFolder() != null) {
                onChoose.accept(o.installedFolder().toString());
            } else if (downloads.containsKey(o.id())) {
                // Cancel frees the row at once: the stalled connection is shut down in the background.
                downloads.remove(o.id()).cancel();
                bar.setVisible(false);
                action.setText(Texts.get("settings.model.download"));
            } else {
                start(o, bar, action);
            }
        });
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        actions.add(bar);
        actions.add(action);
        JPanel row = new JPanel(new BorderLayout(8, 0)) {
            @Override
            public java.awt.Dimension getMaximumSize() {
                return new java.awt.Dimension(Integer.MAX_VALUE, getPreferredSize().height);
            }
        };
        row.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 6, 6, 0));
        row.add(text, BorderLayout.CENTER);
        row.add(actions, BorderLayout.EAST);
        row.setAlignmentX(LEFT_ALIGNMENT);
        return row;
    }

    private void start(ModelManager.Offer o, JProgressBar bar, JButton action) {
        bar.setVisible(true);
        action.setText(Texts.get("settings.model.cancelDownload"));
        ModelManager m = models;
        BackgroundExecutor.Task[] self = new BackgroundExecutor.Task[1];
        self[0] = executor.submit(
                "download " + o.id(),
                c -> m.download(
                        o,
                        (done, total) -> SwingUtilities.invokeLater(() -> {
                            if (downloads.get(o.id()) == self[0]) {
                                bar.setValue(total <= 0 ? 0 : (int) (1000 * done / total));
                                bar.setToolTipText(megabytes(done) + " / " + megabytes(total));
                            }
                        }),
                        c),
                folder -> {
                    if (!downloads.remove(o.id(), self[0])) {
                        return; // cancelled meanwhile, or a newer download of this row runs
                    }
                    onChoose.accept(folder.toString());
                    setModels(m);
                },
                message -> {
                    if (!downloads.remove(o.id(), self[0])) {
                        return;
                    }
                    bar.setVisible(false);
                    action.setText(Texts.get("settings.model.download"));
                    JOptionPane.showMessageDialog(this, message, Texts.get("app.name"), JOptionPane.WARNING_MESSAGE);
                });
        downloads.put(o.id(), self[0]);
    }

    private void chooseLocal() {
        Optional<Path> chosen = FolderChooser.choose(this, Texts.get("settings.model.localTitle"));
        if (chosen.isEmpty() || models == null) {
            return;
        }
        Path folder = chosen.get();
        ModelManager m = models;
        executor.submit(
                "check model",
                c -> m.problems(folder),
                problems -> {
                    if (problems.isEmpty()) {
                        onChoose.accept(folder.toString());
                    } else {
                        JOptionPane.showMessageDialog(
                                this,
                                Texts.format(
                                        "settings.model.unusable", folder.getFileName(), String.join("; ", problems)),
                                Texts.get("app.name"),
                                JOptionPane.WARNING_MESSAGE);
                    }
                },
                message -> JOptionPane.showMessageDialog(this, message));
    }

    /**
     * The model's line in the window's language: the catalogue's own line is English, so the
     * bundles have a {@code model.<id>} line per catalogue model; a model without one keeps the
     * catalogue's line.
     */
    static String description(ModelManager.Offer o) {
        String key = "model." + o.id();
        String text = Texts.get(key);
        return text.equals(key) ? o.description() : text;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1_000_000_000
                ? String.format(Texts.locale(), "%.1f GB", bytes / 1e9)
                : String.format(Texts.locale(), "%d MB", bytes / 1_000_000);
    }
}
