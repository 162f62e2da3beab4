package app.farol.bench;

import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.FileHasher;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.library.LibraryListener;
import app.farol.core.library.LibraryService;
import app.farol.core.library.LibraryState;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.reasons.ReasonSentences;
import app.farol.workspace.FarolPaths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library service as the desktop runs it, for a long time: folder watching on, a writer that
 * adds, edits, renames and deletes files every couple of seconds, and a searcher that searches
 * and asks (extractively, without a model) in a loop, in the same process. Prints one line a
 * minute (searches/s, p95, errors, this process's resident memory and the heap after a GC, the
 * parse worker's), and at the end checks that the index holds exactly the folder: the same
 * files, each indexed at the content it has now.
 */
public final class SoakDrill {
    private static final String[] WORDS = {
        "harbour", "ferry", "tide", "lighthouse", "keeper", "storm", "quota", "pier", "signal", "lens",
        "timetable", "council", "budget", "repairs", "winter", "boat", "net", "crew", "anchor", "beacon"
    };

    /**
     * @param duration how long the writer and the searcher run
     * @param writeEvery the pause between two changes to the folder
     * @param notes how many notes the library starts with (beside copies of the sample documents)
     * @param seed for the writer's choices
     */
    public record Settings(Duration duration, Duration writeEvery, int notes, long seed) {}

    /** One minute's figures. */
    public record Minute(
            int minute,
            int searches,
            double searchesPerSecond,
            long p95Millis,
            int asks,
            long askP95Millis,
            int errors,
            int changes,
            long rssBytes,
            long heapAfterGcBytes,
            long workerRssBytes) {}

    /**
     * @param minutes the figures of each minute
     * @param searches searches in all
     * @param asks extractive answers in all
     * @param errors failed searches, asks, indexing runs and writer steps (must be 0)
     * @param errorMessages the first few of them
     * @param changes changes the writer made to the folder
     * @param libraryRuns indexing runs the library made
     * @param filesInFolder files in the folder at the end
     * @param mismatches how the index differs from the folder at the end (must be empty)
     */
    public record Result(
            List<Minute> minutes,
            long searches,
            double searchesPerSecond,
            long p95Millis,
            long asks,
            long errors,
            List<String> errorMessages,
            int changes,
            int libraryRuns,
            int filesInFolder,
            List<String> mismatches) {}

    private final Path work;
    private final Settings settings;
    private final PrintStream log;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong minuteErrors = new AtomicLong();
    private final List<String> errorMessages = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger changes = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();
    private final List<Long> searchNanos = new ArrayList<>(); // guarded by itself
    private final List<Long> askNanos = new ArrayList<>(); // guarded by searchNanos
    /** Searches of the whole run by milliseconds taken (the last slot: 10 s or more); guarded by searchNanos. */
    private final long[] allSearchMillis = new long[10_001];

    private volatile boolean stop;

    /** @param work an empty private folder for the library and the index */
    public SoakDrill(Path work, Settings settings, PrintStream log) {
        this.work = work;
        this.settings = settings;
        this.log = log;
    }

    public Result run() throws IOException, InterruptedException {
        Path library = Files.createDirectories(work.resolve("library"));
        Random random = new Random(settings.seed());
        copySampleDocs(library);
        List<Path> notes = new ArrayList<>();
        for (int i = 0; i < settings.notes(); i++) {
            notes.add(writeNote(library.resolve(String.format(Locale.ROOT, "note-%04d.txt", i)), random));
        }
        List<String> queries = queries();
        IsolatedDocumentParser parser = new IsolatedDocumentParser();
        parser.prestart();
        Embedder embedder = new MiniLmEmbedder();
        List<Minute> minutes = new ArrayList<>();
        List<String> mismatches;
        int inFolder;
        try (parser;
                LucenePassageStore store = LucenePassageStore.openForWriting(work.resolve("index"), embedder.name());
                LibraryService service =
                        new LibraryService(store, new Indexer(store, parser, embedder), List.of(library))) {
            service.addListener(new LibraryListener() {
                @Override
                public void onState(LibraryState s) {
                    if (s.phase() == LibraryState.Phase.IDLE && s.lastReport() != null) {
                        runs.incrementAndGet();
                    }
                    if (!s.error().isEmpty()) {
                        error("indexing: " + s.error());
                    }
                }
            });
            int before = runs.get();
            service.rescan();
            awaitRunAfter(before, service);
            log.printf(
                    Locale.ROOT,
                    "library: %d files indexed, %d passages; watching, writing every %d ms, searching%n",
                    store.files().size(),
                    store.stats().passages(),
                    settings.writeEvery().toMillis());
            service.startWatching();
            Retriever retriever = new HybridRetriever(store, embedder);
            AnswerService answers = new AnswerService(retriever, embedder, null, AnswerSettings.defaults());
            Thread searcher =
                    Thread.ofPlatform().name("soak-searcher").start(() -> search(retriever, answers, queries));
            Thread writer = Thread.ofPlatform().name("soak-writer").start(() -> write(library, notes, random));
            long start = System.nanoTime();
            long end = start + settings.duration().toNanos();
            int changesBefore = 0;
            for (int minute = 1; System.nanoTime() < end; minute++) {
                long next = start + Duration.ofMinutes(minute).toNanos();
                Thread.sleep(Math.max(0, Math.min(next, end) - System.nanoTime()) / 1_000_000);
                double seconds = Math.min(
                        60.0, (System.nanoTime() - (next - Duration.ofMinutes(1).toNanos())) / 1e9);
                minutes.add(minute(minute, seconds, changes.get() - changesBefore, parser));
                changesBefore = changes.get();
                Minute m = minutes.getLast();
                log.printf(
                        Locale.ROOT,
                        "minute %3d: %6d searches (%5.1f/s), p95 %4d ms; %4d asks, p95 %4d ms; errors %d;"
                                + " %3d changes; RSS %4d MB, heap after GC %4d MB, parse worker RSS %4d MB%n",
                        m.minute(),
                        m.searches(),
                        m.searchesPerSecond(),
                        m.p95Millis(),
                        m.asks(),
                        m.askP95Millis(),
                        m.errors(),
                        m.changes(),
                        m.rssBytes() >> 20,
                        m.heapAfterGcBytes() >> 20,
                        m.workerRssBytes() >> 20);
            }
            stop = true;
            writer.join();
            searcher.join();
            // Let the watcher see the last change, then one more run after everything was written.
            Thread.sleep(3000);
            before = runs.get();
            service.rescan();
            awaitRunAfter(before, service);
            while (service.state().running()) {
                Thread.sleep(200);
            }
            inFolder = filesIn(library).size();
            mismatches = compare(store.files(), library);
        }
        long searches = minutes.stream().mapToLong(Minute::searches).sum();
        double seconds = settings.duration().toSeconds();
        long p95;
        synchronized (searchNanos) {
            p95 = percentile(allSearchMillis, 0.95);
        }
        return new Result(
                minutes,
                searches,
                searches / seconds,
                p95,
                minutes.stream().mapToLong(Minute::asks).sum(),
                errors.get(),
                List.copyOf(errorMessages),
                changes.get(),
                runs.get(),
                inFolder,
                mismatches);
    }

    private void awaitRunAfter(int before, LibraryService service) throws InterruptedException {
        while (runs.get() <= before || service.state().running()) {
            Thread.sleep(100);
        }
    }

    private Minute minute(int minute, double seconds, int changed, IsolatedDocumentParser parser) {
        List<Long> searches;
        List<Long> asks;
        synchronized (searchNanos) {
            searches = searchNanos.stream().map(n -> n / 1_000_000).sorted().toList();
            asks = askNanos.stream().map(n -> n / 1_000_000).sorted().toList();
            searches.forEach(ms -> allSearchMillis[(int) Math.min(ms, allSearchMillis.length - 1)]++);
            searchNanos.clear();
            askNanos.clear();
        }
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long worker = parser.workerPids().stream()
                .mapToLong(pid -> residentBytes(Path.of("/proc", pid.toString(), "status")))
                .max()
                .orElse(0);
        return new Minute(
                minute,
                searches.size(),
                searches.size() / seconds,
                percentile(searches, 0.95),
                asks.size(),
                percentile(asks, 0.95),
                (int) minuteErrors.getAndSet(0),
                changed,
                residentBytes(Path.of("/proc/self/status")),
                heap,
                worker);
    }

    private void search(Retriever retriever, AnswerService answers, List<String> queries) {
        Random random = new Random(settings.seed() + 1);
        for (int i = 0; !stop; i++) {
            String q = queries.get(random.nextInt(queries.size()));
            long t0 = System.nanoTime();
            try {
                if (i % 10 == 9) {
                    answers.ask(List.of(), q, AnswerListener.NONE, CancelToken.none());
                    synchronized (searchNanos) {
                        askNanos.add(System.nanoTime() - t0);
                    }
                } else {
                    retriever.search(SearchRequest.of(q, 10));
                    synchronized (searchNanos) {
                        searchNanos.add(System.nanoTime() - t0);
                    }
                }
            } catch (RuntimeException e) {
                error((i % 10 == 9 ? "ask \"" : "search \"") + q + "\": " + e);
            }
        }
    }

    /** Adds, edits, renames or deletes one file every {@link Settings#writeEvery}. */
    private void write(Path library, List<Path> notes, Random random) {
        int next = notes.size();
        while (!stop) {
            try {
                Thread.sleep(settings.writeEvery());
                double roll = random.nextDouble();
                if (notes.size() < settings.notes() / 2 || roll < 0.25) {
                    Path sub = library.resolve("added-" + random.nextInt(4));
                    Files.createDirectories(sub);
                    notes.add(writeNote(sub.resolve(String.format(Locale.ROOT, "note-%04d.txt", next++)), random));
                } else if (roll < 0.6) {
                    writeNote(notes.get(random.nextInt(notes.size())), random); // edit in place
                } else if (roll < 0.8 || notes.size() < settings.notes()) {
                    int i = random.nextInt(notes.size());
                    Path to = notes.get(i).resolveSibling(String.format(Locale.ROOT, "renamed-%04d.txt", next++));
                    Files.move(notes.get(i), to, StandardCopyOption.ATOMIC_MOVE);
                    notes.set(i, to);
                } else {
                    Files.delete(notes.remove(random.nextInt(notes.size())));
                }
                changes.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                error("writer: " + e);
            }
        }
    }

    private static Path writeNote(Path file, Random random) throws IOException {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            for (int s = 0; s < 5; s++) {
                text.append("The ");
                for (int w = 0; w < 8; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                text.append("log entry ").append(random.nextInt(100_000)).append(". ");
            }
            text.append("\n\n");
        }
        Files.writeString(file, text);
        return file;
    }

    private void error(String message) {
        errors.incrementAndGet();
        minuteErrors.incrementAndGet();
        if (errorMessages.size() < 20) {
            errorMessages.add(message);
        }
    }

    /** The sample documents' questions and the notes' words. */
    private static List<String> queries() throws IOException {
        List<String> q = new ArrayList<>();
        QuestionSet.of(FarolPaths.sampleDocs()).forEach(r -> q.add(r[0]));
        q.add("when does the ferry leave the harbour");
        q.add("lighthouse lens repairs budget");
        q.add("storm signal at the pier");
        return q;
    }

    private static void copySampleDocs(Path library) throws IOException {
        Path docs = Files.createDirectories(library.resolve("sample-docs"));
        try (Stream<Path> files = Files.list(FarolPaths.sampleDocs())) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".tsv"))
                    .toList()) {
                Files.copy(f, docs.resolve(f.getFileName()));
            }
        }
    }

    private static Set<Path> filesIn(Path library) throws IOException {
        try (Stream<Path> walk = Files.walk(library)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every file of the folder indexed at its current content, and nothing else in the index. */
    static List<String> compare(Map<String, FileRecord> records, Path library) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<Path> files = filesIn(library);
        for (Path f : files) {
            FileRecord r = records.get(f.toString());
            if (r == null) {
                problems.add("not in the index: " + f);
            } else if (r.status() != FileStatus.INDEXED || r.chunks() == 0) {
                problems.add("not indexed: " + f + " (" + r.status() + ": "
                        + ReasonSentences.in(Locale.ENGLISH).detail(r.reason()) + ")");
            } else if (!r.hash().equals(FileHasher.sha256(f))) {
                problems.add("indexed at other content: " + f);
            }
        }
        for (String path : records.keySet()) {
            if (!files.contains(Path.of(path))) {
                problems.add("in the index but not in the folder: " + path);
            }
        }
        return problems;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** VmRSS of a /proc status file, in bytes; 0 when unknown (not Linux, or the process is gone). */
    /** The p-th percentile of a histogram of milliseconds. */
    private static long percentile(long[] histogram, double p) {
        long total = java.util.Arrays.stream(histogram).sum();
        long seen = 0;
        for (int ms = 0; ms < histogram.length; ms++) {
            seen += histogram[ms];
            if (total > 0 && seen >= Math.ceil(p * total)) {
                return ms;
            }
        }
        return 0;
    }

    private static long residentBytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }
}
