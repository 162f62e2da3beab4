package app.farol.app;

import app.farol.core.answer.extractive.SearchFloor;
import app.farol.core.library.LibraryService;
import app.farol.core.library.PassageContext;
import app.farol.core.model.ModelDownloader;
import app.farol.core.model.ModelsHome;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.core.util.FarolException;
import app.farol.ui.DesktopServices;
import app.farol.ui.MainWindow;
import app.farol.ui.common.EdtWatchdog;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import app.farol.ui.sources.PassageLookup;
import app.farol.workspace.FarolPaths;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's wiring: settings, window, then (in the background) the index, the library,
 * the answer path and the language model. The window appears at once; the library attaches when it is open, and
 * rescans and watches its folders from then on. Closing the window saves the settings, stops
 * indexing cooperatively, and releases the index.
 */
public final class DesktopApp {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final SettingsStore store;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final CompletableFuture<LibraryService> opened = new CompletableFuture<>();
    private MainWindow window;
    private volatile Workspace workspace;
    private volatile LibraryService library;
    private volatile ModelLoader models;
    /** Set by Restart now: once released, the app starts again on the saved settings. */
    private volatile boolean restarting;

    private final CompletableFuture<DesktopApp> restarted = new CompletableFuture<>();
    private volatile DesktopApp successor;

    private DesktopApp(SettingsStore store) {
        this.store = store;
    }

    /** Opens the window with the settings in {@code store}; returns once the window is showing. */
    public static DesktopApp start(SettingsStore store) {
        if (Boolean.getBoolean("farol.watchdog")) {
            EdtWatchdog.install(200);
        }
        DesktopApp app = new DesktopApp(store);
        Optional<Settings> saved = store.load();
        Settings settings = saved.orElseGet(() -> Settings.defaults(FarolPaths.sampleDocs()));
        if (saved.isEmpty()) {
            store.save(settings); // the next start is not a first run (nothing is written over an unreadable file)
        }
        Texts.use(settings.language());
        try {
            SwingUtilities.invokeAndWait(() -> app.show(settings, saved.isEmpty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the window could not be opened", e.getCause());
        }
        Thread.ofPlatform().name("farol-open").daemon().start(() -> app.open(settings));
        return app;
    }

    private void show(Settings settings, boolean firstRun) {
        UiTheme.setup(settings.theme());
        window = new MainWindow(store, settings, firstRun);
        window.onClosed(() -> Thread.ofPlatform().name("farol-close").start(this::release));
        window.onRestart(this::restart);
        window.useConversations(new app.farol.core.conversation.ConversationStore(
                FarolPaths.dataFolder().resolve("conversations")));
        String home = System.getProperty("farol.home");
        // the index folder as configured: opening it, not this, reports a folder that cannot be
        window.about(
                settings.indexFolder().isBlank() ? FarolPaths.defaultIndex().toString() : settings.indexFolder(),
                store.file(),
                ModelsHome.fromSettings().folder(),
                home == null ? null : Path.of(home, "PRIVACY.md"));
        window.setVisible(true);
        store.problem()
                .ifPresent(problem -> SwingUtilities.invokeLater(() -> javax.swing.JOptionPane.showMessageDialog(
                        window,
                        Texts.format("safeapp.settings.unreadable", store.file()),
                        Texts.get("app.name"),
                        javax.swing.JOptionPane.WARNING_MESSAGE)));
    }

    private void open(Settings settings) {
        try {
            Path index = settings.indexFolder().isBlank() ? FarolPaths.defaultIndex() : Path.of(settings.indexFolder());
            // a search cluster from Settings' Team server, else the local index (read at start)
            Workspace ws =
                    Workspace.forWriting(StoreLocation.of(index, settings.team().store()), settings.ocrLanguages());
            workspace = ws;
            LibraryService lib = new LibraryService(ws.store(), ws.indexer(), settings.folderPaths());
            lib.rememberCancels(app.farol.core.library.CancelMark.besideIndex(index));
            library = lib;
            AnswerServiceBackend answers = new AnswerServiceBackend(
                    ws.retriever(), ws.embedder(), () -> window.settings().secondsToFirstWord());
            ModelsHome home = ModelsHome.fromSettings();
            DesktopServices services = new DesktopServices(
                    lib,
                    new SearchFloor(ws.retriever(), ws.embedder()),
                    new PassageLookup() {
                        @Override
                        public PassageContext find(String path, int start, int end) {
                            return PassageContext.around(ws.store(), path, start, end);
                        }

                        @Override
                        public OcrSettings ocr() {
                            return ws.ocr();
                        }

                        @Override
                        public java.util.List<String> section(String path, int start) {
                            return app.farol.core.library.PassageSection.of(ws.store(), path, start);
                        }
                    },
                    answers,
                    new CatalogueModels(home, ModelDownloader.HUGGING_FACE));
            models = new ModelLoader(home, answers, window);
            SwingUtilities.invokeLater(() -> {
                window.attach(services);
                window.onModelChanged(folder -> models.load(window.settings()));
                window.setTeamConnections(new TeamServerConnections());
            });
            models.load(settings);
            if (!lib.awaitingResume()) {
                lib.rescan(); // files changed while the app was closed
            } // else the user cancelled indexing: the status line offers to resume it
            lib.startWatching();
            opened.complete(lib);
        } catch (FarolException e) {
            LOG.warn("Library could not be opened: {}", e.getMessage());
            // Another window owns this index (or it failed): its settings are the newer ones, keep them.
            window.keepSettingsUnsaved();
            SwingUtilities.invokeLater(() -> window.showFailure(e.getMessage()));
            opened.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            // Anything else too: 'opened' must always complete, or closing the window waits forever.
            LOG.error("Library could not be opened", e);
            window.keepSettingsUnsaved();
            String message = Texts.format(
                    "error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            SwingUtilities.invokeLater(() -> window.showFailure(message));
            opened.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            opened.handle((l, e) -> null).join();
            if (models != null) {
                models.close();
            }
            if (library != null) {
                library.close();
            }
            if (workspace != null) {
                workspace.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("Closing the library: {}", e.getMessage());
        } finally {
            if (restarting) {
                startAgain();
            } else {
                closed.complete(null);
            }
        }
    }

    /**
     * Closes the window as the user would (saving the settings), releases the index, and starts
     * the app again in this process on the saved settings: a new language or index location
     * applies without the user opening Farol again. {@link #closed()} completes when the app
     * that follows ends.
     */
    public void restart() {
        restarting = true;
        close();
    }

    private void startAgain() {
        try {
            DesktopApp next = start(store);
            successor = next;
            next.closed().thenRun(() -> closed.complete(null));
            restarted.complete(next);
        } catch (RuntimeException e) {
            LOG.error("Farol could not start again", e);
            restarted.completeExceptionally(e);
            closed.complete(null);
        }
    }

    /** Completes with the app that took over after {@link #restart()}. */
    public CompletableFuture<DesktopApp> restarted() {
        return restarted;
    }

    public MainWindow window() {
        return window;
    }

    /** Completes with the library once the index is open. */
    public CompletableFuture<LibraryService> opened() {
        return opened;
    }

    /** Completes after the window closed and the index was released. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /**
     * Stops indexing and releases the index now, on the calling thread (a shutdown hook: the
     * process is ending without the window being closed). What was indexed is committed.
     */
    public void shutdown() {
        restarting = false; // the process is ending: no new start
        MainWindow w = window;
        if (w != null && !released.get()) {
            w.stopReading(); // its last reads end before the index is released
        }
        release();
        DesktopApp next = successor;
        if (next != null) {
            next.shutdown();
        }
    }

    /** Closes the window as the user would. */
    public void close() {
        SwingUtilities.invokeLater(() -> window.close());
    }
}
