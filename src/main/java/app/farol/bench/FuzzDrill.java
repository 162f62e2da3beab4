package app.farol.bench;

import app.farol.core.ingest.ReasonKind;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.reasons.ReasonSentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes damaged copies of real files and indexes them the normal way, {@code farol index} in a
 * child JVM with its parse workers, then reads what the index recorded for each copy. Counts the
 * app's crashes (the child exits with an error or a signal) and hangs (no file written for
 * {@link Settings#hangAfter}), after which it runs the indexer again to finish; the parse
 * workers' restarts (from the child's "parse worker N ready" debug lines: one worker per run is
 * the first, every other one replaced a worker that died or was killed); and the
 * {@link Unexplained} outcomes.
 */
public final class FuzzDrill {
    private static final Pattern WORKER_READY = Pattern.compile(".*parse worker \\d+ ready$");
    private static final int MOST_RUNS = 6;

    /**
     * @param corpus the folder of real files to copy and damage
     * @param files how many damaged copies
     * @param seed for the choice of files and damage, printed so a run can be repeated
     * @param hangAfter how long the indexer may write no file before it counts as hung
     */
    public record Settings(Path corpus, int files, long seed, Duration hangAfter) {}

    /** One damaged copy and where it came from. */
    record Copy(Path path, Path source, Mutation mutation) {}

    /**
     * @param files damaged copies written
     * @param sources real files they were made from
     * @param byMutation copies per kind of damage
     * @param byOutcome copies per outcome ("indexed in full", "failed: corrupt", ...)
     * @param byReason copies per reason sentence, digits replaced by N, most frequent first
     * @param appCrashes indexing runs that ended with an error or a signal (must be 0)
     * @param appHangs indexing runs that wrote no file for too long and were killed (must be 0)
     * @param runs indexing runs it took
     * @param workerRestarts parse workers started to replace one that died or was killed
     * @param unexplained one line per unexplained outcome (must be empty)
     * @param crashOutput the last lines of the error output of each crashed run
     * @param seconds wall time of the indexing runs
     */
    public record Result(
            int files,
            int sources,
            Map<Mutation, Integer> byMutation,
            Map<String, Integer> byOutcome,
            Map<String, Integer> byReason,
            int appCrashes,
            int appHangs,
            int runs,
            int workerRestarts,
            List<String> unexplained,
            List<String> crashOutput,
            double seconds) {}

    private final Class<?> entryPoint;
    private final Path work;
    private final Settings settings;
    private final PrintStream log;

    /**
     * @param entryPoint the class whose {@code main} runs {@code farol index}
     * @param work an empty private folder for the copies and the index
     */
    public FuzzDrill(Class<?> entryPoint, Path work, Settings settings, PrintStream log) {
        this.entryPoint = entryPoint;
        this.work = work;
        this.settings = settings;
        this.log = log;
    }

    public Result run() throws IOException, InterruptedException {
        List<Path> sources = sources(settings.corpus());
        if (sources.isEmpty()) {
            throw new IOException("no files to copy in " + settings.corpus());
        }
        Path library = work.resolve("library");
        List<Copy> copies = writeCopies(sources, library, new Random(settings.seed()));
        Map<Mutation, Integer> byMutation = new EnumMap<>(Mutation.class);
        copies.forEach(c -> byMutation.merge(c.mutation(), 1, Integer::sum));
        log.printf(Locale.ROOT, "wrote %d damaged copies of %d real files%n", copies.size(), sources.size());

        Path index = work.resolve("index");
        int crashes = 0;
        int hangs = 0;
        int runs = 0;
        int restarts = 0;
        List<String> crashOutput = new ArrayList<>();
        long start = System.nanoTime();
        for (boolean done = false; !done && runs < MOST_RUNS; ) {
            Run run = runIndexer(index, library);
            runs++;
            restarts += Math.max(0, run.workersStarted() - 1);
            log.printf(
                    Locale.ROOT,
                    "run %d: %s, %d files written, %d parse workers started%n",
                    runs,
                    run.hung() ? "HUNG (killed)" : run.exitCode() == 0 ? "finished" : "CRASHED, exit " + run.exitCode(),
                    run.written(),
                    run.workersStarted());
            if (run.hung()) {
                hangs++;
                crashOutput.add("hang in run " + runs + ":\n" + run.lastErrors());
            } else if (run.exitCode() != 0) {
                crashes++;
                crashOutput.add("crash in run " + runs + " (exit " + run.exitCode() + "):\n" + run.lastErrors());
            } else {
                done = true;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, FileRecord> records;
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            records = store.files();
        }
        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        List<String> unexplained = new ArrayList<>();
        for (Copy c : copies) {
            FileRecord r = records.get(c.path().toString());
            byOutcome.merge(outcome(r), 1, Integer::sum);
            if (r != null && !r.reason().isEmpty()) {
                byReason.merge(english(r).replaceAll("\\d+", "N"), 1, Integer::sum);
            }
            Unexplained.why(r)
                    .ifPresent(why -> unexplained.add(String.format(
                            Locale.ROOT,
                            "%s (%s of %s): %s%s",
                            library.relativize(c.path()),
                            c.mutation().label(),
                            settings.corpus().relativize(c.source()),
                            r == null
                                    ? ""
                                    : r.status().name().toLowerCase(Locale.ROOT) + ", " + r.kind() + ", \"" + english(r)
                                            + "\": ",
                            why)));
        }
        return new Result(
                copies.size(),
                sources.size(),
                byMutation,
                byOutcome,
                mostFrequentFirst(byReason),
                crashes,
                hangs,
                runs,
                restarts,
                unexplained,
                crashOutput,
                seconds);
    }

    private static String english(FileRecord r) {
        return ReasonSentences.in(Locale.ENGLISH).detail(r.reason());
    }

    static String outcome(FileRecord r) {
        if (r == null) {
            return "no record";
        }
        if (r.status() == FileStatus.INDEXED) {
            return r.reason().isEmpty()
                    ? "indexed in full"
                    : "indexed, with a note: " + r.kind().label();
        }
        return r.status().name().toLowerCase(Locale.ROOT) + ": "
                + (r.kind() == ReasonKind.NONE ? "(no kind)" : r.kind().label());
    }

    private static Map<String, Integer> mostFrequentFirst(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The corpus's regular files that the scanner reads (not hidden, not temporary), in a fixed order. */
    private static List<Path> sources(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> corpus.relativize(p).toString().chars().noneMatch(ch -> ch == '~'))
                    .filter(p -> {
                        for (Path part : corpus.relativize(p)) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !name.endsWith(".tmp") && !name.endsWith(".swp") && !name.endsWith(".part");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Copy i goes to library/NN/i-damage-name (100 a folder), with the original's name and extension. */
    private List<Copy> writeCopies(List<Path> sources, Path library, Random random) throws IOException {
        List<Copy> copies = new ArrayList<>();
        Mutation[] kinds = Mutation.values();
        for (int i = 0; i < settings.files(); i++) {
            Path source = sources.get(random.nextInt(sources.size()));
            Mutation m = kinds[random.nextInt(kinds.length)];
            byte[] bytes = m.apply(Files.readAllBytes(source), random);
            Path folder = Files.createDirectories(library.resolve(String.format(Locale.ROOT, "%03d", i / 100)));
            Path copy = folder.resolve(String.format(Locale.ROOT, "%05d-%s-%s", i, m.label(), source.getFileName()));
            Files.write(copy, bytes);
            copies.add(new Copy(copy.toAbsolutePath().normalize(), source, m));
        }
        return copies;
    }

    /** One indexing run: how it ended, how many files it wrote, how many parse workers it started. */
    private record Run(int exitCode, boolean hung, int written, int workersStarted, String lastErrors) {}

    private Run runIndexer(Path index, Path library) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                // the workers' start lines, to count restarts
                "-Dorg.slf4j.simpleLogger.log.app.farol.core.ingest.isolated.ParseWorker=debug",
                "-cp",
                System.getProperty("java.class.path"),
                entryPoint.getName(),
                "index",
                "--verbose",
                "--index",
                index.toString(),
                library.toString()));
        Process p = new ProcessBuilder(command).start();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicLong lastWrite = new AtomicLong(System.nanoTime());
        Deque<String> lastErrors = new ArrayDeque<>();
        Thread out = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("written\t")) {
                        written.incrementAndGet();
                        lastWrite.set(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        Thread err = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (WORKER_READY.matcher(line).matches()) {
                        started.incrementAndGet();
                    } else if (!line.startsWith("DEBUG ")) {
                        synchronized (lastErrors) {
                            lastErrors.addLast(line);
                            if (lastErrors.size() > 40) {
                                lastErrors.removeFirst();
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        boolean hung = false;
        while (!p.waitFor(1, TimeUnit.SECONDS)) {
            if (System.nanoTime() - lastWrite.get() > settings.hangAfter().toNanos()) {
                hung = true;
                p.destroyForcibly();
                p.waitFor();
            }
        }
        out.join(10_000);
        err.join(10_000);
        synchronized (lastErrors) {
            return new Run(p.exitValue(), hung, written.get(), started.get(), String.join("\n", lastErrors));
        }
    }
}
