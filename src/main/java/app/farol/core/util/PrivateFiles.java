package app.farol.core.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files only their owner can read: 0700 folders, 0600 files. Farol keeps private
 * text (passages, folder lists, model choices) in them. The umask cannot be changed from Java,
 * so permissions are set right after each folder or file is created. On a file system without
 * POSIX permissions (Windows) nothing is changed: there the user's profile folder is private.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /**
     * Creates {@code folder} and any missing parents; the folders this call creates are 0700
     * (an existing folder is left as it is: see {@link #tighten}).
     */
    public static Path createFolders(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return folder;
        }
        Path parent = abs.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolders(parent);
        }
        try {
            if (POSIX) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(abs, FOLDER); // the umask may have removed bits, never added them
            } else {
                Files.createDirectory(abs);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) {
                throw e;
            }
        }
        return folder;
    }

    /** Makes an existing file 0600 (nothing on a non-POSIX file system). */
    public static void restrictFile(Path file) throws IOException {
        if (POSIX && !Files.isSymbolicLink(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Whether the folder and every file directly in it are already private. */
    public static boolean isPrivate(Path folder) throws IOException {
        if (!POSIX) {
            return true;
        }
        if (!FOLDER.equals(Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS))) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(p -> {
                try {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER.equals(perms) : FILE.equals(perms);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Makes the folder 0700 and everything under it 0700 (folders) or 0600 (files); symbolic
     * links are not followed.
     *
     * @return whether anything had to change
     */
    public static boolean tighten(Path folder) throws IOException {
        if (!POSIX || isPrivate(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
            }
        }
        return true;
    }

    /** The folder's permissions as {@code rwxr-xr-x}, for a log line; "" without POSIX. */
    public static String describe(Path p) {
        try {
            return POSIX
                    ? PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS))
                    : "";
        } catch (IOException e) {
            return "?";
        }
    }
}
