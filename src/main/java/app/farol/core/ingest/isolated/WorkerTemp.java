package app.farol.core.ingest.isolated;

import app.farol.core.util.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each parse worker's own temporary folder, its {@code java.io.tmpdir}: Tika, PDFBox, POI and
 * Farol's archive reader write pieces of the document being parsed there. The folder is created
 * owner-only ({@code 0700}) in the app's temporary folder, named {@code farol-parse-<app pid>-*},
 * and removed by the app once the worker has exited or been killed, so a killed worker leaves no
 * document content behind. Folders left by an app that itself died are removed when the next app
 * starts its first worker (their app's pid is no longer running). Thread-safe.
 */
final class WorkerTemp {
    private static final Logger log = LoggerFactory.getLogger(WorkerTemp.class);
    static final String PREFIX = "farol-parse-";
    private static final AtomicBoolean swept = new AtomicBoolean();

    private WorkerTemp() {}

    /** Creates a new worker folder; the first call in a process also removes stale ones. */
    static Path create() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        if (swept.compareAndSet(false, true)) {
            removeStale(root);
        }
        String prefix = PREFIX + ProcessHandle.current().pid() + "-";
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(
                    root, prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(root, prefix); // Windows: inside the user's own profile
    }

    /** Removes a worker's folder and what it holds; call it once the worker is gone. */
    static void remove(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (UncheckedIOException | SecurityException e) {
            log.warn("Could not remove the parse worker's temporary folder {}: {}", folder, e.getMessage());
        }
    }

    /**
     * Removes the worker folders in {@code root} whose app is no longer running, and owned by this
     * user; a folder of a running Farol is kept.
     *
     * @return how many were removed
     */
    static int removeStale(Path root) {
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(root)) {
            candidates = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        int removed = 0;
        for (Path p : candidates) {
            long pid = appPid(p.getFileName().toString());
            if (pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            try {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        || !Files.getOwner(p, LinkOption.NOFOLLOW_LINKS)
                                .getName()
                                .equals(System.getProperty("user.name"))) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            remove(p);
            removed += Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
        }
        if (removed > 0) {
            log.info("Removed {} temporary folders left by parse workers of a Farol that stopped", removed);
        }
        return removed;
    }

    /** The app pid in a folder's name, or -1 if it is not one of ours. */
    static long appPid(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
