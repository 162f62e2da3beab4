package app.farol.bench;

import app.farol.workspace.FarolPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kills {@code farol index} with SIGKILL at random moments and checks, after each kill, that the
 * index opens, is clean by Lucene's CheckIndex, holds each file whole and from one version, and
 * that the next run resumes without reading again the files already committed. Between kills
 * some files change, so versions differ. Runs the indexer as a child JVM with this classpath,
 * through the entry point it is given (the application's {@code Main}).
 */
public final class CrashDrill {

    /**
     * @param kills how many runs to kill
     * @param longestRun the latest moment a kill may land after a run starts
     * @param seed for the kill moments and file changes, printed so a failure can be replayed
     */
    public record Settings(int kills, Duration longestRun, long seed) {}

    /**
     * @param kills runs killed (the drill goes on until it has killed as many as asked)
     * @param finishedFirst runs that finished before their kill moment (checked all the same)
     * @param beforeFirstCommit kills that landed before any commit existed (no index yet: fine)
     * @param whileWriting kills that landed after the run had written files to the index
     * @param cleanChecks checks after a kill where CheckIndex found the index clean
     * @param problems inconsistencies found (must be empty)
     * @param rereadCommitted files a resumed run read again although they were committed and unchanged (must be 0)
     * @param finalRunComplete whether the last, unkilled run finished and indexed every file at its last version
     */
    public record Result(
            int kills,
            int finishedFirst,
            int beforeFirstCommit,
            int whileWriting,
            int cleanChecks,
            List<String> problems,
            int rereadCommitted,
            boolean finalRunComplete) {}

    private final Class<?> entryPoint;
    private final Path work;
    private final Settings settings;
    private final PrintStream log;
    private final List<String> failedRuns = new ArrayList<>();

    /** @param entryPoint the class whose {@code main} runs {@code farol index} */
    public CrashDrill(Class<?> entryPoint, Path work, Settings settings, PrintStream log) {
        this.entryPoint = entryPoint;
        this.work = work;
        this.settings = settings;
        this.log = log;
    }

    public Result run() throws IOException, InterruptedException {
        Random random = new Random(settings.seed());
        VersionedLibrary library = new VersionedLibrary(work.resolve("library"), 40);
        copySampleDocs(library.folder().resolve("sample-docs"));
        Path index = work.resolve("index");
        List<String> problems = new ArrayList<>();
        int beforeFirstCommit = 0;
        int clean = 0;
        int reread = 0;
        int whileWriting = 0;
        int kills = 0;
        int finishedFirst = 0;
        Set<Path> current = Set.of();
        // Kill moments are drawn below this bound; it shrinks to the length of a run that finished
        // before its kill, so a faster machine or a smaller change still gets killed mid-run.
        long window = settings.longestRun().toMillis();
        for (int attempt = 1; kills < settings.kills() && attempt <= 4 * settings.kills(); attempt++) {
            // Odd attempts count from the start (start-up, first commit); even ones from the first file written
            // (mid-run).
            boolean midRun = attempt % 2 == 0;
            long delay = midRun
                    ? (long) (random.nextDouble() * window / 2)
                    : 300 + (long) (random.nextDouble() * (window - 300));
            Run run = runIndexer(index, library, delay, midRun);
            if (!run.killed()) {
                window = Math.max(600, Math.min(window, run.millis() * 4 / 5));
            }
            List<Path> written = run.written();
            kills += run.killed() ? 1 : 0;
            finishedFirst += run.killed() ? 0 : 1;
            whileWriting += run.killed() && !written.isEmpty() ? 1 : 0;
            Set<Path> again = new HashSet<>(written);
            again.retainAll(current);
            reread += again.size();
            again.forEach(p -> problems.add("read again after resuming: " + p));
            IndexCheck check = IndexCheck.of(index, library);
            beforeFirstCommit += check.exists() ? 0 : 1;
            clean += check.clean() ? 1 : 0;
            check.problems().forEach(p -> problems.add("after kill " + p));
            if (!check.clean()) {
                problems.add("CheckIndex: damaged after a kill at " + delay + " ms");
            }
            log.printf(
                    Locale.ROOT,
                    "%s at %5d ms after %s: %3d files written before it, %3d committed and current, %s%n",
                    run.killed() ? String.format(Locale.ROOT, "kill %2d", kills) : "no kill",
                    delay,
                    midRun ? "the first write" : "the start  ",
                    written.size(),
                    check.current().size(),
                    check.exists()
                            ? (check.clean() && check.problems().isEmpty() ? "index clean" : "PROBLEM")
                            : "no commit yet");
            library.changeSome(random, 12);
            current = IndexCheck.of(index, library).current();
        }
        long start = System.nanoTime();
        List<Path> written = runIndexer(index, library, -1, false).written();
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<Path> again = new HashSet<>(written);
        again.retainAll(current);
        reread += again.size();
        again.forEach(p -> problems.add("read again by the final run: " + p));
        IndexCheck last = IndexCheck.of(index, library);
        problems.addAll(last.problems());
        problems.addAll(failedRuns);
        boolean complete = last.clean() && last.current().containsAll(allFiles(library.folder()));
        for (Path f : allFiles(library.folder())) {
            if (!last.current().contains(f)) {
                log.println("  not current after the final run: " + f + " (" + IndexCheck.describe(index, f)
                        + "; written by the final run: " + written.contains(f) + ")");
            }
        }
        log.printf(
                Locale.ROOT,
                "final run: %d files written in %.1f s, index %s%n",
                written.size(),
                seconds,
                complete ? "complete and current" : "INCOMPLETE");
        return new Result(kills, finishedFirst, beforeFirstCommit, whileWriting, clean, problems, reread, complete);
    }

    /** One indexing run: the files it wrote, whether it had to be killed, and how long it ran. */
    private record Run(List<Path> written, boolean killed, long millis) {}

    /**
     * Runs {@code farol index} and kills it {@code killAfterMillis} after its start, or after it
     * wrote its first file when {@code fromFirstWrite} (never if negative).
     */
    private Run runIndexer(Path index, VersionedLibrary library, long killAfterMillis, boolean fromFirstWrite)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                entryPoint.getName(),
                "index",
                "--verbose",
                "--commit-seconds",
                "1",
                "--index",
                index.toString(),
                library.folder().toString()));
        Path errors = work.resolve("indexer-errors.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        List<Path> written = new ArrayList<>();
        CountDownLatch firstWrite = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("written\t")) {
                        synchronized (written) {
                            written.add(Path.of(line.substring(line.lastIndexOf('\t') + 1)));
                        }
                        firstWrite.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            } finally {
                firstWrite.countDown(); // a run with nothing to write
            }
        });
        if (fromFirstWrite) {
            firstWrite.await(2, TimeUnit.MINUTES);
        }
        boolean finished =
                p.waitFor(killAfterMillis < 0 ? TimeUnit.MINUTES.toMillis(10) : killAfterMillis, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
            p.waitFor();
        } else if (p.exitValue() != 0) {
            failedRuns.add("a run failed by itself with exit code " + p.exitValue() + ": "
                    + Files.readAllLines(errors).stream()
                            .filter(l -> l.startsWith("farol:"))
                            .findFirst()
                            .orElse("(no message)"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        reader.join(5_000);
        if (killAfterMillis < 0 && p.exitValue() != 0) {
            throw new IllegalStateException("the final indexing run failed with exit code " + p.exitValue());
        }
        synchronized (written) {
            return new Run(List.copyOf(written), !finished, millis);
        }
    }

    private static void copySampleDocs(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FarolPaths.sampleDocs())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Set<Path> allFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return new HashSet<>(files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")
                            && !f.getFileName().toString().endsWith(".tsv"))
                    .toList());
        }
    }
}
