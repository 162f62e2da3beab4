package app.farol.ui;

import app.farol.core.library.LibraryListener;
import app.farol.core.library.LibraryState;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.core.store.FileRecord;
import app.farol.ui.Navigation.View;
import app.farol.ui.ask.AskPanel;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.library.LibraryPanel;
import app.farol.ui.library.ProgressStrip;
import app.farol.ui.search.SearchPanel;
import app.farol.ui.settings.SettingsPanel;
import app.farol.ui.sources.SourceRequest;
import app.farol.ui.sources.SourcesPanel;
import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The main window: a sidebar (Ask, Search, Library, Settings), the chosen view, the Sources view
 * beside it, and the indexing status line. It only renders and forwards; the services behind it
 * arrive with {@link #attach} once the library is open. Create and use on the event thread.
 */
public final class MainWindow extends JFrame {
    private final BackgroundExecutor executor = new BackgroundExecutor("ui", 2);
    /** One thread: saves land in the order of the edits, the closing save last. */
    private final BackgroundExecutor settingsWriter = new BackgroundExecutor("settings", 1);

    private volatile boolean saveSettings = true;
    private final SettingsStore store;
    private final Navigation nav = new Navigation();
    private final AskPanel ask = new AskPanel(executor);
    private final SearchPanel search = new SearchPanel(executor);
    private final LibraryPanel library = new LibraryPanel(executor);
    private final SourcesPanel sources = new SourcesPanel(executor);
    private final SettingsPanel settingsPanel;
    private final ProgressStrip strip = new ProgressStrip();
    private volatile Settings settings;
    private Runnable onClosed = () -> {};
    private AboutBox.Facts about;
    private java.util.function.Consumer<String> onModelChanged = m -> {};
    private Runnable onRestart = () -> {};
    private final JSplitPane split;
    private final int dividerSize;

    /**
     * The smallest window whose views all fit, in either language: below it, rows would run
     * into each other. Views wrap or scroll down to it.
     */
    public static final java.awt.Dimension MINIMUM_SIZE = new java.awt.Dimension(960, 580);

    public MainWindow(SettingsStore store, Settings settings, boolean firstRun) {
        super(Texts.get("app.name"));
        this.store = store;
        this.settings = settings;
        setName("farol.main");
        setIconImages(AppIcon.images());
        settingsPanel = new SettingsPanel(executor, this::update, () -> nav.show(View.LIBRARY));
        settingsPanel.onRestart(() -> onRestart.run());
        nav.add(View.ASK, ask, "Ctrl+K");
        nav.add(View.SEARCH, search, "Ctrl+F");
        nav.add(View.LIBRARY, library, "Ctrl+L");
        nav.add(View.SETTINGS, settingsPanel, "");
        nav.addAbout(() -> {
            if (about != null) {
                AboutBox.show(this, about);
            }
        });
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, nav.content(), sources);
        split.setResizeWeight(0.58);
        split.setBorder(null);
        split.setContinuousLayout(true);
        dividerSize = split.getDividerSize();
        // Sources starts folded: it shows nothing until a citation or a result is opened, and
        // a divider placed after the first paint would jump.
        sources.setVisible(false);
        split.setDividerSize(0);
        nav.onShow(v -> layoutSources());
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                keepSourcesWidth();
            }
        });
        JPanel root = new JPanel(new BorderLayout());
        root.add(nav.sidebar(), BorderLayout.WEST);
        root.add(split, BorderLayout.CENTER);
        root.add(strip, BorderLayout.SOUTH);
        setContentPane(root);
        Shortcuts.install(this);

        ask.onCitation(c -> showSource(new SourceRequest(
                c.source().path(),
                c.source().page(),
                c.source().startOffset(),
                c.source().endOffset(),
                c.source().text(),
                c.question())));
        search.onOpen(h -> showSource(
                new SourceRequest(h.path(), h.page(), h.startOffset(), h.endOffset(), h.text(), search.query())));
        library.onFoldersChanged(f -> update(s -> s.withFolders(f)));
        library.onFilesLoaded(this::updateFilters);
        library.onCounts(strip::showCounts); // the strip counts what the lists show
        settingsPanel.display(settings);
        if (firstRun) {
            ask.setExamples(List.of(Texts.get("ask.example1"), Texts.get("ask.example2"), Texts.get("ask.example3")));
        }
        nav.show(View.ASK);

        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setMinimumSize(MINIMUM_SIZE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        WindowPlacement.restore(this, settings.window());
    }

    /** Where the About box says the index, settings and models live; the app knows. */
    public void about(String index, Path settingsFile, Path models, Path privacy) {
        about = new AboutBox.Facts(index, settingsFile, models, privacy);
    }

    /** Where conversations are kept (the user's data folder); the Ask view lists and saves them there. */
    public void useConversations(app.farol.core.conversation.ConversationStore store) {
        ask.setConversations(store);
    }

    /** Connects the services once the library is open. */
    public void attach(DesktopServices services) {
        strip.attach(services.library());
        services.library().addListener(new LibraryListener() {
            @Override
            public void onState(LibraryState state) {
                SwingUtilities.invokeLater(() -> strip.show(state));
            }
        });
        strip.show(services.library().state());
        library.attach(services.library());
        search.setRetriever(services.retriever());
        sources.setLookup(services.passages());
        ask.setBackend(services.ask());
        settingsPanel.setModels(services.models());
        ask.focusQuestion();
    }

    /** Lets Settings' Team server section keep secrets and test connections. */
    public void setTeamConnections(app.farol.ui.settings.TeamConnections connections) {
        settingsPanel.setTeamConnections(connections);
    }

    /**
     * Called with the new model choice (as in {@link Settings#modelFolder()}) when the user
     * changes it, or the team's model server.
     */
    public void onModelChanged(java.util.function.Consumer<String> handler) {
        this.onModelChanged = handler;
    }

    /** Called when the user asks for a restart (a new language or index location applies at a start). */
    public void onRestart(Runnable handler) {
        this.onRestart = handler;
    }

    private void showSource(SourceRequest request) {
        sources.show(request);
        layoutSources();
    }

    /**
     * Shows the Sources panel beside Ask and Search once it has something to show; Library and
     * Settings, and an empty panel, get the whole width.
     */
    private void layoutSources() {
        View v = nav.shown();
        boolean show = (v == View.ASK || v == View.SEARCH) && sources.shown() != null;
        if (show == sources.isVisible()) {
            return;
        }
        sources.setVisible(show);
        split.setDividerSize(show ? dividerSize : 0);
        if (show) {
            int width = split.getWidth() - dividerSize;
            // Its buttons fit, within 55% of the width; the view keeps the rest (at least 40%).
            int wanted = Math.max((int) (width * 0.42), sources.getPreferredSize().width);
            int side = Math.min(wanted, (int) (width * 0.55));
            split.setDividerLocation(Math.max(0, width - side));
        }
        split.revalidate();
        split.repaint();
    }

    /**
     * A smaller window takes its width from both sides by the split's weights, which can leave
     * Sources narrower than its buttons; it keeps its minimum width then, as long as the view
     * keeps its own.
     */
    private void keepSourcesWidth() {
        if (!sources.isVisible()) {
            return;
        }
        int width = split.getWidth() - dividerSize;
        int side = width - split.getDividerLocation();
        int needed = sources.getMinimumSize().width;
        int room = width - nav.content().getMinimumSize().width;
        if (side < needed && room > side) {
            split.setDividerLocation(width - Math.min(needed, room));
        }
    }

    SourcesPanel sourcesPanel() {
        return sources;
    }

    LibraryPanel libraryPanel() {
        return library;
    }

    /** The model named is loading; answers are extractive meanwhile. */
    public void modelLoading(String name) {
        ask.setNotice(Texts.format("ask.modelLoading", name));
    }

    /** The model could not be loaded. */
    public void modelFailed(String message) {
        ask.setNotice(Texts.format("ask.modelFailed", message));
    }

    /** The model choice took effect: the notice says whether answers come from a model. */
    public void modelReady(app.farol.ui.ask.AskBackend backend) {
        ask.setBackend(backend);
    }

    /** Shows that the library could not be opened (another Farol has it, or it is damaged). */
    public void showFailure(String message) {
        strip.showFailure(message);
        javax.swing.JOptionPane.showMessageDialog(
                this, message, Texts.get("app.name"), javax.swing.JOptionPane.ERROR_MESSAGE);
    }

    /** Runs after the window closed and its settings were saved (the app releases the library). */
    public void onClosed(Runnable r) {
        this.onClosed = r;
    }

    /** The current settings; safe to read from any thread. */
    public Settings settings() {
        return settings;
    }

    void showView(View v) {
        nav.show(v);
        switch (v) {
            case SEARCH -> search.focusQuery();
            case ASK -> ask.focusQuestion();
            default -> {}
        }
    }

    AskPanel askPanel() {
        return ask;
    }

    /** Applies a change to the settings and saves them in the background; returns the new settings. */
    private Settings update(UnaryOperator<Settings> edit) {
        Settings before = settings;
        settings = edit.apply(settings);
        if (before.theme() != settings.theme()) {
            ThemeColours.switchTo(settings.theme(), List.of(java.awt.Window.getWindows()));
        }
        if (!before.folders().equals(settings.folders())) {
            settingsPanel.showFolders(settings.folders()); // one truth: the folders saved are the ones shown
        }
        if (!before.modelFolder().equals(settings.modelFolder())
                || !before.team().modelServer().equals(settings.team().modelServer())) {
            onModelChanged.accept(settings.modelFolder());
        }
        Settings toSave = settings;
        if (!saveSettings) {
            return settings;
        }
        settingsWriter.submit(
                "save settings",
                c -> {
                    store.save(toSave);
                    return toSave;
                },
                s -> {},
                message -> javax.swing.JOptionPane.showMessageDialog(
                        this, message, Texts.get("app.name"), javax.swing.JOptionPane.WARNING_MESSAGE));
        return settings;
    }

    private void updateFilters(List<FileRecord> files) {
        List<String> types = files.stream()
                .map(FileRecord::type)
                .filter(t -> !t.isEmpty())
                .distinct()
                .sorted()
                .toList();
        List<Path> folders = settings.folderPaths();
        search.setFilters(folders, types);
    }

    /** Saves the window's place and the settings, then hands over to the app's shutdown. */
    public void close() {
        settings = settings.withWindow(WindowPlacement.of(this));
        ask.stop();
        Settings toSave = settings;
        setVisible(false);
        boolean save = saveSettings;
        settingsWriter.submit(
                "close",
                c -> {
                    if (save) {
                        store.save(toSave); // saved off the event thread; the app waits for onClosed before exiting
                    }
                    return toSave;
                },
                s -> closed(),
                message -> closed());
    }

    /**
     * After the closing save: the window goes, the views stop reading the library, and the app's
     * shutdown waits for their last background reads, so none of them meets a closed index.
     */
    private void closed() {
        dispose();
        library.detach();
        executor.shutdown();
        settingsWriter.shutdown();
        Thread.ofPlatform().name("farol-window-closed").start(() -> {
            executor.awaitTermination(java.time.Duration.ofSeconds(10));
            onClosed.run();
        });
    }

    /**
     * The process is ending while the window is open (SIGTERM, logout): the views stop reading
     * the library and this waits, a few seconds at most, for their last background reads, so
     * none of them meets the index being released. Any thread but the event thread.
     */
    public void stopReading() {
        java.util.concurrent.CountDownLatch detached = new java.util.concurrent.CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            library.detach();
            detached.countDown();
        });
        try {
            detached.await(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdown();
        executor.awaitTermination(java.time.Duration.ofSeconds(5));
    }

    /**
     * From now on this window saves no settings, not even on close: another window has the
     * index (and the newer settings), and this one must not write its stale copy over them.
     */
    public void keepSettingsUnsaved() {
        saveSettings = false;
    }

    /** Keeps the frame maximized state in sync for {@link WindowPlacement}. */
    boolean isMaximized() {
        return (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    }
}
