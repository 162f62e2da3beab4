package app.farol.core.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Pages already read, by the hash of their page image: a page is never read twice, whichever
 * file it is in and however often the files are read again (a new {@code ReadingVersion} of the
 * parser leaves it alone; only {@link #VERSION}, the way pages are read, is part of the key, with
 * the languages). The folder and its files are the user's only (0700, 0600): they hold the
 * documents' text. Entries are written whole (a temporary file moved into place), so a crash
 * never leaves half a page. Safe for several processes at once.
 */
public final class OcrCache {
    /** Bump when pages are read otherwise (the renderer's dpi, Tesseract's options). */
    public static final int VERSION = 1;

    private final Path folder;

    public OcrCache(Path folder) {
        this.folder = folder;
    }

    /** The key of a page image read with these languages. */
    public static String key(byte[] pixels, String languages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pixels);
            sha.update(("|" + languages + "|" + VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page read earlier under this key, if any (a damaged entry counts as none). */
    public Optional<OcrPage> get(String key) {
        Path file = entry(key);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(TsvReader.read(Files.readString(file, StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a page read; a cache that cannot be written is only slower, so failures are ignored. */
    public void put(String key, OcrPage page) {
        try {
            Path dir = entry(key).getParent();
            createPrivate(folder);
            createPrivate(dir);
            Path tmp = Files.createTempFile(dir, "page", ".tmp"); // 0600 on POSIX
            Files.writeString(tmp, TsvReader.write(page), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // the page is read again next time
        }
    }

    private Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".tsv");
    }

    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // another worker made it
        }
    }
}
