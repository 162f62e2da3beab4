package app.farol.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The budget of one file's parse, shared by every document inside it (an archive's members, a
 * mailbox's messages and their attachments): one time limit, one character limit, and the
 * zip-bomb bounds on what may be unpacked (bytes, entries, nesting). Members are unpacked into a
 * private temporary folder that is deleted when the read ends. Not thread-safe: one parse.
 */
final class Reading implements AutoCloseable {
    /** Most files taken out of one file's archives, at every level together. */
    static final int MAX_ENTRIES = 10_000;
    /** Archives (or mail) inside archives deeper than this are not opened. */
    static final int MAX_NESTING = 3;

    /** Unpacking stopped at a bound; {@link #reason} is the reason to record. */
    static final class Refused extends IOException {
        private final transient Reason reason;

        Refused(Reason reason) {
            super(reason.cause().name(), null);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    final long deadline;
    private final long maxChars;
    private long charsLeft;
    private long bytesLeft = ZipBombCheck.MAX_UNPACKED_BYTES;
    private int entriesLeft = MAX_ENTRIES;
    private Path folder;
    private int spooled;

    Reading(ParseLimits limits) {
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
        this.maxChars = limits.maxChars();
        this.charsLeft = limits.maxChars();
    }

    long charsLeft() {
        return charsLeft;
    }

    long maxChars() {
        return maxChars;
    }

    void used(ParsedDocument document) {
        charsLeft -= document.characterCount();
    }

    boolean timeUp() {
        return System.nanoTime() - deadline > 0;
    }

    /** Takes {@code count} entries from the budget; refuses when the file holds too many. */
    void entries(int count) throws Refused {
        if (count > entriesLeft) {
            throw new Refused(Reason.of(Cause.TOO_MANY_FILES, MAX_ENTRIES));
        }
        entriesLeft -= count;
    }

    /**
     * Copies one member out to a temporary file, refusing it when it unpacks past the bytes left,
     * or past {@link ZipBombCheck#BOMB_ENTRY_BYTES} at a ratio no document reaches.
     *
     * @param packedBytes its compressed size, or -1 when unknown
     */
    Path spool(InputStream in, String name, long packedBytes) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("farol-parts-"); // 0700 on POSIX
        }
        Path file = folder.resolve("p" + (++spooled) + "-" + safeName(name));
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > bytesLeft) {
                    throw new Refused(Reason.of(Cause.UNPACKS_PAST, ZipBombCheck.MAX_UNPACKED_BYTES >> 20));
                }
                if (packedBytes > 0
                        && written > ZipBombCheck.BOMB_ENTRY_BYTES
                        && written / packedBytes > ZipBombCheck.BOMB_RATIO) {
                    throw new Refused(Reason.of(Cause.ZIP_BOMB));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        bytesLeft -= written;
        return file;
    }

    /** Keeps the extension (a hint for type detection) and nothing a file system could trip on. */
    private static String safeName(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        last = last.substring(last.lastIndexOf('\\') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (last.length() > 80) {
            last = last.substring(last.length() - 80);
        }
        return last.isBlank() || last.startsWith(".") ? "part" + last : last;
    }

    @Override
    public void close() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temporary folder is the system's to clean
        }
    }
}
