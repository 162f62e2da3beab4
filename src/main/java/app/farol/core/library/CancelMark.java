package app.farol.core.library;

import app.farol.core.util.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers across launches that the user cancelled indexing, with the files it had not read yet,
 * so the next start offers "Resume indexing" instead of starting again by itself. The file holds
 * paths of the user's documents: it is private (0600), like the index beside it.
 */
public final class CancelMark {
    private static final Logger LOG = LoggerFactory.getLogger(CancelMark.class);
    private final Path file;

    public CancelMark(Path file) {
        this.file = file;
    }

    /** The mark beside an index folder: {@code <index>-cancelled}. */
    public static CancelMark besideIndex(Path index) {
        Path absolute = index.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null
                ? "index"
                : absolute.getFileName().toString();
        return new CancelMark(absolute.resolveSibling(name + "-cancelled"));
    }

    /** The files a cancelled run left unread, or empty when no cancel is remembered. */
    public Optional<List<String>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .toList());
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.getMessage());
            return Optional.of(List.of()); // cancelled all the same: do not start by itself
        }
    }

    /** Remembers a cancel and the files not read (the Library counts them as still to do). */
    public void write(List<String> notRead) {
        try {
            AtomicFiles.write(file, String.join("\n", notRead).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Cannot remember the cancelled indexing in {}: {}", file, e.getMessage());
        }
    }

    /** Forgets the cancel (indexing was resumed or finished). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }
}
