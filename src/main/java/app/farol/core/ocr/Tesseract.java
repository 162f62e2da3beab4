package app.farol.core.ocr;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} program (Tesseract 4 or 5), run once per page image: the image goes in
 * on its standard input and the words come back as TSV on its standard output, so no page image
 * or text is ever written to disk. One OpenMP thread per run: on 2 cores Tesseract's own threads
 * spin more than they work (1.1 s a page with one, 3.1 s with the default). Page segmentation
 * mode 1 detects the page's orientation and reads a page scanned sideways or upside down as
 * well as an upright one (its word boxes stay in the image's own coordinates). Thread-safe.
 */
public final class Tesseract {
    /** What to install, where, to read scans: the sentence a skipped scan's reason ends with. */
    public static final String INSTALL_HINT = "install tesseract-ocr to read it (Debian/Ubuntu: sudo apt install"
            + " tesseract-ocr tesseract-ocr-eng tesseract-ocr-por; Fedora: sudo dnf install tesseract"
            + " tesseract-langpack-eng tesseract-langpack-por; macOS: brew install tesseract tesseract-lang;"
            + " Windows: winget install UB-Mannheim.TesseractOCR)";

    private static final Duration LIST_LIMIT = Duration.ofSeconds(20);

    /** OCR did not read a page; the message says why, for the file's reason. */
    public static final class Failure extends Exception {
        private final boolean timedOut;

        Failure(String reason, boolean timedOut) {
            super(reason, null, false, false);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    private final Path executable;
    private final String languages;

    private Tesseract(Path executable, String languages) {
        this.executable = executable;
        this.languages = languages;
    }

    /**
     * Tesseract as the settings find it, reading with those of their languages the machine has;
     * empty when the program is not on the search path or has none of the languages (nor any
     * other one).
     */
    public static Optional<Tesseract> find(OcrSettings settings) {
        Optional<Path> exe = locate(settings.searchPath());
        if (exe.isEmpty()) {
            return Optional.empty();
        }
        List<String> installed = installedLanguages(exe.get());
        List<String> chosen = new ArrayList<>(
                settings.languages().stream().filter(installed::contains).toList());
        if (chosen.isEmpty()) {
            installed.stream().filter(l -> !l.equals("osd")).findFirst().ifPresent(chosen::add);
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new Tesseract(exe.get(), String.join("+", chosen)));
    }

    /** The program on a {@code PATH}-like list of folders, if it is there. */
    public static Optional<Path> locate(String searchPath) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir, windows ? "tesseract.exe" : "tesseract");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (RuntimeException e) {
                // a folder name this system cannot spell: not there
            }
        }
        return Optional.empty();
    }

    /**
     * The languages the Tesseract on this search path has data for, as its codes ("eng", "por",
     * "chi_sim"), without "osd" (orientation detection, no language); empty without Tesseract.
     * Runs the program: not on a thread that must not wait.
     */
    public static List<String> installedLanguages(String searchPath) {
        return locate(searchPath)
                .map(exe -> installedLanguages(exe).stream()
                        .filter(l -> !l.equals("osd"))
                        .toList())
                .orElse(List.of());
    }

    /** The languages it reads with, joined by '+' ("eng+por"). */
    public String languages() {
        return languages;
    }

    private static List<String> installedLanguages(Path exe) {
        try {
            Process p = new ProcessBuilder(exe.toString(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            if (!p.waitFor(LIST_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            List<String> langs = new ArrayList<>();
            for (String line : new String(out.join(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.contains(" ") && !l.endsWith(":")) {
                    langs.add(l);
                }
            }
            return langs;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * Reads one page image (PNG, TIFF, JPEG, WebP: whatever Tesseract's Leptonica reads).
     *
     * @throws Failure if it could not: past {@code limit} (the program is then killed), or the
     *     program failed
     */
    public OcrPage read(byte[] image, Duration limit) throws Failure {
        Process p;
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(executable.toString(), "stdin", "stdout", "-l", languages, "--psm", "1", "tsv");
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            p = builder.start();
        } catch (IOException e) {
            throw new Failure("Tesseract could not be started (" + e.getMessage() + ")", false);
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        Thread.ofVirtual().name("farol-ocr-input").start(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(image);
            } catch (IOException e) {
                // it exited early: its exit code says why
            }
        });
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new Failure("timed out after " + limit.toSeconds() + " s", true);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", false);
        }
        if (p.exitValue() != 0) {
            String detail = lastLine(new String(err.join(), StandardCharsets.UTF_8));
            throw new Failure(
                    "Tesseract failed (exit code " + p.exitValue() + (detail.isEmpty() ? "" : ": " + detail) + ")",
                    false);
        }
        try {
            return TsvReader.read(new String(out.join(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new Failure(
                    "Tesseract's output could not be read (" + e.getClass().getSimpleName() + ")", false);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return last.length() > 160 ? last.substring(0, 160) + "…" : last;
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread.ofVirtual().name("farol-ocr-output").start(() -> {
            try (in) {
                result.complete(in.readAllBytes());
            } catch (IOException e) {
                result.complete(new byte[0]);
            }
        });
        return result;
    }
}
