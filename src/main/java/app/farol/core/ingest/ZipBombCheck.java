package app.farol.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at a ZIP-based file's table of contents (DOCX, XLSX, ODT, EPUB are ZIP files) before it
 * is parsed, and rejects one that declares more unpacked data than parsing could hold: a zip
 * bomb is rejected in milliseconds instead of filling memory. Reads only the central directory.
 * A file whose headers lie still meets the parser's own limits (characters, time, memory).
 */
final class ZipBombCheck {
    /** More than this in one entry, at a compression ratio no document reaches, is a bomb. */
    static final long BOMB_ENTRY_BYTES = 100L << 20;

    static final long BOMB_RATIO = 100;
    /** More than this unpacked in all, however honest, does not fit in a parse worker. */
    static final long MAX_UNPACKED_BYTES = 1L << 30;

    private ZipBombCheck() {}

    /** The reason to reject the file, or empty when it is not a ZIP file or looks sane. */
    static Optional<Reason> inspect(Path file) {
        if (!startsLikeZip(file)) {
            return Optional.empty();
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = Math.max(1, e.getCompressedSize());
                if (size < 0) {
                    continue;
                }
                if (size > BOMB_ENTRY_BYTES && size / packed > BOMB_RATIO) {
                    return Optional.of(Reason.of(Cause.ZIP_BOMB_ENTRY, e.getName(), packed / 1024, size >> 20));
                }
                total += size;
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not readable as ZIP here: the parser will say what it is
        }
        if (total > MAX_UNPACKED_BYTES) {
            return Optional.of(Reason.of(Cause.UNPACKS_TO, total >> 20));
        }
        return Optional.empty();
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
