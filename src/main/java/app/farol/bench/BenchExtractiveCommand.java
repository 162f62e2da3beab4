package app.farol.bench;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.Folders;
import app.farol.workspace.FarolPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench extractive}: how often the answer without a model states the expected phrase
 * and cites the expected file, over sample-docs/questions.tsv, and how long it takes.
 */
@Command(
        name = "extractive",
        description = "Extractive answers on sample-docs/questions.tsv: share right, and time per answer.")
final class BenchExtractiveCommand implements Callable<Integer> {
    @Option(names = "--folder", description = "Documents with a questions.tsv (default: sample-docs).")
    Path folder;

    @Option(names = "--verbose", description = "Print each question that was missed.")
    boolean verbose;

    @Option(
            names = "--units",
            description = "Write every candidate unit's signals, and whether it holds the expected phrase from the"
                    + " expected file, to this TSV file (to choose the ranking's weights).")
    Path units;

    @Override
    public Integer call() throws IOException {
        Path docs = folder != null ? folder : FarolPaths.sampleDocs();
        List<String[]> rows = QuestionSet.of(docs);
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Path tmp = Files.createTempDirectory("farol-bench-extractive");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(tmp, embedder.name());
                TikaDocumentParser parser = new TikaDocumentParser()) {
            new Indexer(store, parser, embedder).index(List.of(docs), IndexListener.NONE, CancelToken.none());
            AnswerService service =
                    new AnswerService(new HybridRetriever(store, embedder), embedder, null, AnswerSettings.defaults());
            service.ask(List.of(), rows.getFirst()[0], AnswerListener.NONE, CancelToken.none()); // warm up
            int phraseAndFile = 0;
            int strict = 0;
            int file = 0;
            List<String> missed = new ArrayList<>();
            long[] nanos = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                long t0 = System.nanoTime();
                Answer a = service.ask(List.of(), r[0], AnswerListener.NONE, CancelToken.none());
                nanos[i] = System.nanoTime() - t0;
                boolean cites = a.citations().stream()
                        .anyMatch(c -> c.path().getFileName().toString().equals(r[1]));
                boolean states = normalise(a.text()).contains(normalise(r[3]));
                file += cites ? 1 : 0;
                boolean first = firstUnitStates(a, r[1], r[3]);
                strict += first ? 1 : 0;
                if (cites && states) {
                    phraseAndFile++;
                }
                if (!first) {
                    missed.add(r[0] + " -> expected '" + r[3] + "' from " + r[1]
                            + (cites && states ? " (said later)" : "") + "\n      first: " + firstUnit(a));
                }
            }
            if (units != null) {
                UnitSignals.write(service, rows, units);
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "questions                     %d%n", rows.size());
            System.out.printf(
                    Locale.ROOT, "strict: first unit says it    %d (%.0f %%)%n", strict, 100.0 * strict / rows.size());
            System.out.printf(
                    Locale.ROOT,
                    "loose: phrase + file anywhere %d (%.0f %%)%n",
                    phraseAndFile,
                    100.0 * phraseAndFile / rows.size());
            System.out.printf(
                    Locale.ROOT, "cites the expected file       %d (%.0f %%)%n", file, 100.0 * file / rows.size());
            System.out.printf(
                    Locale.ROOT,
                    "time per answer p50/p95/max   %.0f ms / %.0f ms / %.0f ms (load %s)%n",
                    nanos[nanos.length / 2] / 1e6,
                    nanos[Math.min(nanos.length - 1, (int) Math.ceil(nanos.length * 0.95) - 1)] / 1e6,
                    nanos[nanos.length - 1] / 1e6,
                    load());
            if (verbose) {
                missed.forEach(m -> System.out.println("  missed: " + m));
            }
        } finally {
            Folders.deleteRecursively(tmp);
        }
        return 0;
    }

    /**
     * Strict: what a person reads first, the answer's first unit (up to its first citation
     * marker), holds the expected phrase, and that marker cites the expected file.
     */
    static boolean firstUnitStates(Answer a, String file, String phrase) {
        if (!a.grounded() || a.citations().isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = FIRST_MARKER.matcher(a.text());
        if (!m.find()) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        boolean fromFile = a.citations().stream()
                .anyMatch(c -> c.n() == n && c.path().getFileName().toString().equals(file));
        return fromFile && normalise(a.text().substring(0, m.start())).contains(normalise(phrase));
    }

    /** The machine's one-minute load average, beside any time figure (a loaded machine answers slower). */
    private static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }

    private static String firstUnit(Answer a) {
        java.util.regex.Matcher m = FIRST_MARKER.matcher(a.text());
        return a.grounded() ? (m.find() ? a.text().substring(0, m.end()) : a.text()) : "(not found)";
    }

    private static final java.util.regex.Pattern FIRST_MARKER = java.util.regex.Pattern.compile("\\[(\\d+)]");

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}
