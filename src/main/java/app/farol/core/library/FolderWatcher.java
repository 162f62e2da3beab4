package app.farol.core.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches library folders (recursively) and calls back once things have been quiet for a moment,
 * so that copying a hundred files causes one rescan, not a hundred. The callback only says
 * "something changed": the incremental indexer finds out what, which also covers events the
 * operating system dropped (overflow). Runs on its own daemon threads; close it to stop.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final WatchService watcher;
    private final Runnable onChange;
    private final long quietMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "farol-watch-debounce");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    /**
     * @param folders folders to watch, with everything below them
     * @param quietMillis how long no event must arrive before {@code onChange} runs
     * @param onChange called on the watcher's thread; should only schedule work
     */
    public FolderWatcher(List<Path> folders, long quietMillis, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.quietMillis = quietMillis;
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                registerTree(f);
            }
        }
        Thread.ofPlatform().name("farol-watch").daemon().start(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (!(e.context() instanceof Path name)) {
                        relevant = true; // overflow: events were lost, let the indexer look
                        continue;
                    }
                    Path child = dir.resolve(name);
                    if (ignored(dir) || ignored(child)) {
                        continue; // what the scanner never reads cannot need a rescan
                    }
                    relevant = true;
                    if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                        registerTree(child); // a new subfolder: watch it too
                    }
                }
                key.reset();
                if (relevant) {
                    changed();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the watcher's own thread ends here
        }
    }

    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(onChange, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void registerTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dir.register(
                            watcher,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot watch {} for changes: {}", root, e.getMessage());
        }
    }

    /**
     * Hidden files and folders and Lucene index folders (Farol's own index among them, when it
     * lies inside the library): the scanner skips them, so their changes need no rescan.
     */
    static boolean ignored(Path p) {
        Path name = p.getFileName();
        return (name != null && name.toString().startsWith("."))
                || Files.exists(p.resolve("write.lock"))
                || (p.getParent() != null && Files.exists(p.getParent().resolve("write.lock")));
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the folder watcher: {}", e.getMessage());
        }
        timer.shutdownNow(); // only the debounce timer's own thread, never an indexing thread
    }
}
