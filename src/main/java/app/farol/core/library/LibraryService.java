package app.farol.core.library;

import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.core.util.PauseGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library of one process: its folders, and the only writer of their index. Indexing runs on
 * one background thread ("farol-library"), one job at a time; requests made while a run is queued
 * are merged into it. Runs can be paused, resumed and cancelled cooperatively (between batches;
 * threads are never interrupted, because an interrupt inside Lucene can close the index).
 *
 * <p>Thread-safe. Listeners are called on the library's event thread ({@code farol-library-events}),
 * one event at a time in the order they happened, never on the caller's thread: a pause or resume
 * from the event thread of a UI is heard later, like every other change. What a run did is committed when
 * its {@link LibraryState} turns idle. {@link #close()} stops the current run at its next batch,
 * commits, and waits for it.
 */
public final class LibraryService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryService.class);
    private static final long WATCH_QUIET_MILLIS = 1500;

    private final PassageStore store;
    private final Indexer indexer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("farol-library").daemon().unstarted(r));
    /** Delivers events in order off the callers' threads (also while the worker waits in a pause). */
    private final ExecutorService events = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("farol-library-events").daemon().unstarted(r));

    private final List<LibraryListener> listeners = new CopyOnWriteArrayList<>();
    private final PauseGate pause = new PauseGate();
    private List<Path> folders;
    private volatile CancelToken current = new CancelToken();
    private volatile LibraryState state = LibraryState.idle();
    private boolean runQueued;
    /** Folders the queued run covers; empty means all of them. Guarded by this. */
    private final java.util.Set<Path> queuedFolders = new java.util.LinkedHashSet<>();
    /** Files the queued run reads again though unchanged (Try again). Guarded by this. */
    private final java.util.Set<String> retries = new java.util.LinkedHashSet<>();

    private FolderWatcher watcher;
    private boolean watching;
    private volatile boolean closed;
    /** Where a cancel by the user is remembered across launches; null: not remembered. */
    private volatile CancelMark mark;
    /** Files the user's cancel left unread, in the library's folders; empty when none. */
    private volatile List<String> unread = List.of();
    /** Set by {@link #cancel()}: the run that stops was stopped by the user, not by closing. */
    private volatile boolean cancelledByUser;

    public LibraryService(PassageStore store, Indexer indexer, List<Path> folders) {
        this.store = store;
        this.indexer = indexer;
        this.folders = normalise(folders);
    }

    public void addListener(LibraryListener l) {
        listeners.add(l);
    }

    /** Stops telling {@code l} about the library (a window that closed). */
    public void removeListener(LibraryListener l) {
        listeners.remove(l);
    }

    public synchronized List<Path> folders() {
        return folders;
    }

    public LibraryState state() {
        return state;
    }

    /**
     * Remembers a cancel by the user in {@code m}; one remembered from the last launch is taken up
     * now: the library then waits for {@link #resumeIndexing()} (or a run the user asks for)
     * instead of indexing again by itself, and its state says what is still unread.
     */
    public void rememberCancels(CancelMark m) {
        mark = m;
        m.read().ifPresent(paths -> {
            unread = paths;
            state = new LibraryState(LibraryState.Phase.IDLE, null, unreadReport(paths), "");
        });
    }

    /** Whether a cancel by the user is in force: nothing indexes by itself until indexing resumes. */
    public boolean awaitingResume() {
        return !unread.isEmpty();
    }

    /** Takes up indexing after a cancel: every folder is brought up to date. */
    public void resumeIndexing() {
        rescan();
    }

    private static IndexReport unreadReport(List<String> paths) {
        return new IndexReport(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), true, paths);
    }

    /** Every file the index knows, by path; reads the store, so call it off the event thread. */
    public List<FileRecord> files() {
        return List.copyOf(store.files().values());
    }

    /** File counts per library folder, in the folders' order. */
    public List<FolderSummary> summaries() {
        List<FileRecord> records = files();
        return folders().stream().map(f -> FolderSummary.of(f, records)).toList();
    }

    /** Adds a folder and indexes it. */
    public void addFolder(Path folder) {
        List<Path> next = new ArrayList<>(folders());
        next.add(folder);
        setFolders(next);
    }

    /**
     * Replaces the folders: files of folders no longer in the library leave the index, new
     * folders are indexed, and the watch follows.
     */
    public void setFolders(List<Path> newFolders) {
        List<Path> removed;
        synchronized (this) {
            List<Path> next = normalise(newFolders);
            removed = folders.stream().filter(f -> !next.contains(f)).toList();
            folders = next;
        }
        if (!removed.isEmpty()) {
            worker.execute(() -> forget(removed));
        }
        restartWatch();
        rescan();
    }

    /** Brings the index up to date with the folders (new, changed and deleted files). */
    public synchronized void rescan() {
        queuedFolders.clear(); // all of them
        queue();
    }

    /**
     * Brings one library folder up to date; merged with a run already queued (which then covers
     * this folder too). A folder not in the library is ignored.
     */
    public synchronized void rescan(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!folders.contains(f)) {
            return;
        }
        if (!runQueued || !queuedFolders.isEmpty()) {
            queuedFolders.add(f); // a queued run of all folders already covers it
        }
        queue();
    }

    /**
     * Reads one file again, even though it did not change (a file that failed, after its cause
     * was fixed: a password removed, a parser that now reads it). Its record is dropped, then its
     * library folder is brought up to date, which reads it as a new file.
     */
    public void retry(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path folder = folders().stream().filter(f::startsWith).findFirst().orElse(null);
        if (folder == null) {
            return;
        }
        synchronized (this) {
            retries.add(f.toString()); // dropped by the run that reads its folder, not before
        }
        rescan(folder);
    }

    private void queue() {
        if (runQueued || worker.isShutdown()) {
            return; // the queued run will see this change too
        }
        runQueued = true;
        worker.execute(this::run);
    }

    /** Waits between batches until {@link #resume()}; what was done is committed first. */
    public void pause() {
        pause.pause();
        if (state.phase() == LibraryState.Phase.INDEXING) {
            publish(new LibraryState(LibraryState.Phase.PAUSED, state.progress(), state.lastReport(), ""));
        }
    }

    public void resume() {
        pause.resume();
        if (state.phase() == LibraryState.Phase.PAUSED) {
            publish(new LibraryState(LibraryState.Phase.INDEXING, state.progress(), state.lastReport(), ""));
        }
    }

    public boolean isPaused() {
        return pause.isPaused();
    }

    /** Stops the current run after its current batch; what it did is kept. Also lifts a pause. */
    public void cancel() {
        cancelledByUser = true;
        current.cancel();
        pause.resume(); // otherwise the next run (a file changes) would start paused
    }

    /** Watches the folders and rescans after changes, until {@link #close()}. */
    public void startWatching() {
        synchronized (this) {
            watching = true;
        }
        restartWatch();
    }

    private void restartWatch() {
        List<Path> roots;
        synchronized (this) {
            if (!watching) {
                return;
            }
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
            roots = folders;
        }
        try {
            FolderWatcher w = new FolderWatcher(roots, WATCH_QUIET_MILLIS, this::changedOnDisk);
            synchronized (this) {
                watcher = w;
            }
        } catch (IOException e) {
            LOG.warn("Cannot watch the library folders for changes: {}", e.getMessage());
        }
    }

    /** A file changed: brought up to date, unless the user cancelled indexing and has not resumed it. */
    private void changedOnDisk() {
        if (!awaitingResume()) {
            rescan();
        }
    }

    /** Files dropped with removed folders since the last run's report. */
    private final java.util.concurrent.atomic.AtomicInteger forgotten = new java.util.concurrent.atomic.AtomicInteger();

    private void run() {
        List<Path> roots;
        List<String> again;
        CancelToken cancel = new CancelToken();
        synchronized (this) {
            runQueued = false;
            if (closed) {
                return;
            }
            java.util.Set<Path> only = java.util.Set.copyOf(queuedFolders);
            queuedFolders.clear();
            again = List.copyOf(retries);
            retries.clear();
            roots = folders.stream()
                    .filter(f -> only.isEmpty() || only.contains(f))
                    .filter(Files::isDirectory)
                    .toList(); // a missing folder shows in its summary
            current = cancel;
            cancelledByUser = false;
        }
        publish(new LibraryState(
                pause.isPaused() ? LibraryState.Phase.PAUSED : LibraryState.Phase.INDEXING,
                null,
                state.lastReport(),
                ""));
        try {
            forgetFailed(again);
            IndexReport r = indexer.index(roots, new Forwarder(), cancel, pause);
            int forgot = forgotten.getAndSet(0); // files of removed folders count as removed by this run
            List<String> left = stillUnread(roots, r);
            IndexReport report = new IndexReport(
                    r.indexed(),
                    r.unchanged(),
                    r.removed() + forgot,
                    r.skipped(),
                    r.failed(),
                    r.parsed(),
                    r.readAgain(),
                    r.chunks(),
                    r.seconds(),
                    r.problems(),
                    r.scanProblems(),
                    r.cancelled(),
                    left);
            publish(new LibraryState(LibraryState.Phase.IDLE, null, report, ""));
        } catch (FarolException e) {
            LOG.warn("Indexing failed: {}", e.getMessage());
            publish(new LibraryState(LibraryState.Phase.IDLE, null, state.lastReport(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Indexing failed", e);
            publish(new LibraryState(
                    LibraryState.Phase.IDLE, null, state.lastReport(), String.valueOf(e.getMessage())));
        }
        tell(LibraryListener::onFilesChanged);
    }

    /**
     * The files of the library still unread after a run over {@code roots}: those a cancel by the
     * user left, outside the folders this run read, and those it did not reach. Remembered for
     * the next launch, or forgotten once none is left.
     */
    private List<String> stillUnread(List<Path> roots, IndexReport r) {
        List<String> left = new ArrayList<>();
        unread.stream()
                .filter(p -> roots.stream().noneMatch(Path.of(p)::startsWith))
                .forEach(left::add);
        if (r.cancelled() && cancelledByUser && !closed) {
            left.addAll(r.notRead());
        } else if (r.cancelled()) {
            return unread; // closing: the next launch reads them by itself
        }
        unread = List.copyOf(left);
        CancelMark m = mark;
        if (m != null) {
            if (left.isEmpty()) {
                m.clear();
            } else {
                m.write(left);
            }
        }
        return unread;
    }

    /** Drops the records of files to read again, unless they were indexed meanwhile: the run then reads them as new. */
    private void forgetFailed(List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        boolean dropped = false;
        java.util.Map<String, FileRecord> known = store.files();
        for (String p : paths) {
            FileRecord r = known.get(p);
            if (r != null && r.status() != app.farol.core.store.FileStatus.INDEXED) {
                store.removeFile(p);
                dropped = true;
            }
        }
        if (dropped) {
            store.commit();
        }
    }

    /** Drops the records of files that were only in removed folders. */
    private void forget(List<Path> removed) {
        List<Path> kept = folders();
        unread = unread.stream()
                .filter(p -> removed.stream().noneMatch(Path.of(p)::startsWith))
                .toList();
        for (FileRecord r : store.files().values()) {
            Path p = Path.of(r.path());
            if (removed.stream().anyMatch(p::startsWith) && kept.stream().noneMatch(p::startsWith)) {
                store.removeFile(r.path());
                forgotten.incrementAndGet();
            }
        }
        store.commit();
        tell(LibraryListener::onFilesChanged);
    }

    private void publish(LibraryState s) {
        state = s;
        tell(l -> l.onState(s));
    }

    private void tell(java.util.function.Consumer<LibraryListener> event) {
        try {
            events.execute(() -> listeners.forEach(event));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("library closed: event dropped");
        }
    }

    private static List<Path> normalise(List<Path> paths) {
        return paths.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .distinct()
                .toList();
    }

    /**
     * Stops watching, cancels the current run (it commits what it did) and waits for it.
     * Does not close the store: its owner does.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            watching = false;
            if (watcher != null) {
                watcher.close();
            }
        }
        current.cancel();
        pause.resume();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Indexing did not stop within a minute");
            }
            events.shutdown();
            events.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes the indexer's events on, marking progress as paused while the gate is closed. */
    private final class Forwarder implements IndexListener {
        @Override
        public void onScanned(int filesFound, int filesToProcess) {
            onProgress(new IndexProgress(0, filesToProcess, 0, 0, null, ""));
        }

        @Override
        public void onProgress(IndexProgress progress) {
            LibraryState.Phase phase = pause.isPaused() ? LibraryState.Phase.PAUSED : LibraryState.Phase.INDEXING;
            publish(new LibraryState(phase, progress, state.lastReport(), ""));
        }

        @Override
        public void onFile(FileRecord record) {
            tell(l -> l.onFile(record));
        }
    }
}
