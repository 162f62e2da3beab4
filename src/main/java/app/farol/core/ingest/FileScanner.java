package app.farol.core.ingest;

import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks library folders and lists the files worth indexing.
 *
 * <p>Skips hidden files and folders, operating-system clutter, office lock files, Lucene index
 * folders, and whatever a {@code .farolignore} file (glob patterns, one a line) names in its
 * folder. Follows symbolic links only where they stay inside the library (a link to a place
 * outside it, such as {@code ..} or the home folder, is reported and not followed), never enters
 * /proc, /sys or /dev, reports loops instead of walking them, and lists a file reached by two paths
 * once, under its own name rather than a link's. Only regular files are listed: never a FIFO, a
 * socket or a device.
 */
public final class FileScanner {
    public static final String IGNORE_FILE = ".farolignore";
    static final Reason UNDECODABLE_NAME = Reason.of(Cause.UNDECODABLE_NAME);
    static final Reason BROKEN_LINK = Reason.of(Cause.BROKEN_LINK);
    static final Reason LINK_OUTSIDE = Reason.of(Cause.LINK_OUTSIDE);
    static final Reason SYSTEM_FOLDER = Reason.of(Cause.SYSTEM_FOLDER);
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r");

    public ScanResult scan(List<Path> roots, CancelToken cancel) {
        List<ScannedFile> files = new ArrayList<>();
        List<ScanResult.Problem> problems = new ArrayList<>();
        Map<Path, Integer> seen = new HashMap<>(); // real path -> index in files
        List<Path> library = new ArrayList<>(); // the roots' real paths: links may lead anywhere under them
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(start)) {
                throw new FarolException("folder not found: " + root);
            }
            library.add(realPath(start));
        }
        for (Path root : roots) {
            walk(root.toAbsolutePath().normalize(), library, files, problems, seen, cancel);
        }
        return new ScanResult(files, problems);
    }

    private void walk(
            Path start,
            List<Path> library,
            List<ScannedFile> files,
            List<ScanResult.Problem> problems,
            Map<Path, Integer> seen,
            CancelToken cancel) {
        IgnoreRules rules = new IgnoreRules();
        try {
            Files.walkFileTree(
                    start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (cancel.isCancelled()) {
                                return FileVisitResult.TERMINATE;
                            }
                            if (!dir.equals(start) && (isHidden(dir) || rules.ignores(dir) || isLuceneIndex(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path real = realPath(dir);
                            if (isSystemFolder(real)) {
                                problems.add(new ScanResult.Problem(dir, SYSTEM_FOLDER));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!dir.equals(start) && Files.isSymbolicLink(dir) && !underAny(real, library)) {
                                problems.add(new ScanResult.Problem(dir, LINK_OUTSIDE));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!nameRoundTrips(dir)) {
                                problems.add(new ScanResult.Problem(dir, UNDECODABLE_NAME, true));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            rules.load(dir);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isSymbolicLink()
                                    && !isHidden(
                                            file)) { // followed links show their target: this one leads nowhere now
                                problems.add(new ScanResult.Problem(file, BROKEN_LINK, true));
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile() || isHidden(file) || isSystemFile(file) || rules.ignores(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (!nameRoundTrips(file)) {
                                problems.add(new ScanResult.Problem(file, UNDECODABLE_NAME, true));
                                return FileVisitResult.CONTINUE;
                            }
                            Path real = realPath(file);
                            if (Files.isSymbolicLink(file) && !underAny(real, library)) {
                                problems.add(new ScanResult.Problem(file, LINK_OUTSIDE));
                                return FileVisitResult.CONTINUE;
                            }
                            ScannedFile found = new ScannedFile(
                                    file, attrs.size(), attrs.lastModifiedTime().toMillis());
                            Integer earlier = seen.get(real);
                            if (earlier == null) {
                                seen.put(real, files.size());
                                files.add(found);
                            } else if (file.equals(real)) {
                                files.set(earlier, found); // the file's own name beats a link to it
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // Whatever was indexed at or under a place that failed now stays: it was not seen to be
                            // gone.
                            if (e instanceof FileSystemLoopException) {
                                problems.add(new ScanResult.Problem(file, Reason.of(Cause.LINK_LOOP)));
                            } else if (e instanceof AccessDeniedException) {
                                problems.add(new ScanResult.Problem(file, Reason.of(Cause.FOLDER_DENIED), true));
                            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                                problems.add(new ScanResult.Problem(file, BROKEN_LINK, true));
                            } else {
                                problems.add(new ScanResult.Problem(
                                        file,
                                        Reason.of(Cause.FOLDER_UNREADABLE, String.valueOf(e.getMessage())),
                                        true));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new FarolException("cannot walk the folder " + start + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the name, read as text, leads back to this file. A name that is not valid text in
     * the system's encoding (not UTF-8, say) decodes with replacement characters, and a path
     * stored as text could then never open the file again.
     */
    private static boolean nameRoundTrips(Path p) {
        try {
            return p.getFileSystem().getPath(p.toString()).equals(p);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** /proc, /sys and /dev hold no documents, and reading them can block or never end. */
    private static boolean isSystemFolder(Path real) {
        return SYSTEM_FOLDERS.stream().anyMatch(real::startsWith);
    }

    private static boolean underAny(Path real, List<Path> library) {
        return library.stream().anyMatch(real::startsWith);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isSystemFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return SYSTEM_FILES.contains(name)
                || name.startsWith("~$") // office lock files
                || name.endsWith("~")
                || name.endsWith(".tmp")
                || name.endsWith(".swp")
                || name.endsWith(".crdownload")
                || name.endsWith(".part");
    }

    private static boolean isLuceneIndex(Path dir) {
        return Files.exists(dir.resolve("write.lock"));
    }

    /** Patterns from .farolignore files, each relative to the folder that holds it. */
    private static final class IgnoreRules {
        private record Rule(Path base, PathMatcher matcher) {}

        private final List<Rule> rules = new ArrayList<>();

        void load(Path dir) {
            Path file = dir.resolve(IGNORE_FILE);
            if (!Files.isRegularFile(file)) {
                return;
            }
            try {
                for (String line : Files.readAllLines(file)) {
                    String pattern = line.strip();
                    if (!pattern.isEmpty() && !pattern.startsWith("#")) {
                        rules.add(new Rule(dir, dir.getFileSystem().getPathMatcher("glob:" + pattern)));
                    }
                }
            } catch (IOException e) {
                // an unreadable ignore file ignores nothing
            }
        }

        boolean ignores(Path p) {
            for (Rule r : rules) {
                if (p.startsWith(r.base)
                        && (r.matcher.matches(r.base.relativize(p)) || r.matcher.matches(p.getFileName()))) {
                    return true;
                }
            }
            return false;
        }
    }
}
