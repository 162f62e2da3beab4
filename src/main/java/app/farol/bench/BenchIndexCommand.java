package app.farol.bench;

import app.farol.core.chunk.Chunk;
import app.farol.core.chunk.Chunker;
import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.FileScanner;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ScannedFile;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.core.util.Folders;
import app.farol.core.util.SuppressForbidden;
import app.farol.workspace.FarolPaths;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code farol bench index [FOLDER]}: the whole pipeline's chunks/s next to the embedder's own
 * rate on the very same chunks, in one run. Their ratio is what the pipeline costs beyond
 * embedding (target: at least 0.85).
 */
@Command(
        name = "index",
        description = "Indexing speed: pipeline chunks/s against embedding-only chunks/s of the same chunks.")
final class BenchIndexCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "Folder to index (default: sample-docs).")
    Path folder;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Pipeline runs, each between two embedding-only passes (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--in-process",
            description = "Parse in this process instead of in parse workers (to measure what isolation costs).")
    boolean inProcess;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new FarolException("--rounds must be at least 1: " + rounds);
        }
        Path root = folder != null ? folder : FarolPaths.sampleDocs();
        // As in the app, the parse worker's JVM starts while the model loads.
        DocumentParser parser;
        if (inProcess) {
            parser = new TikaDocumentParser();
        } else {
            IsolatedDocumentParser isolated = new IsolatedDocumentParser();
            isolated.prestart();
            parser = isolated;
        }
        Embedder embedder = new MiniLmEmbedder();
        List<String> texts;
        List<Round> rounds = new ArrayList<>();
        try (parser) {
            texts = chunkTexts(root, embedder, parser); // also warms the parse worker, as a running app is
            embedder.embedAll(texts.subList(0, Math.min(64, texts.size()))); // warm up the model
            // As the embedder was warmed up: compile Lucene's indexing and graph code first.
            indexIntoThrowAwayIndex(FarolPaths.sampleDocs(), parser, embedder);

            // Embedding alone is timed before and after each pipeline run and averaged, so a
            // machine that gets busier or quieter during the run does not tilt the ratio; and
            // the pair is measured more than once, because on a shared 2-core machine one pair
            // alone varies by +-0.05.
            Timing embedBefore = embedOnly(embedder, texts);
            for (int i = 0; i < this.rounds; i++) {
                long cpu0 = processCpuNanos();
                IndexReport report = indexIntoThrowAwayIndex(root, parser, embedder);
                double pipelineCpu = (processCpuNanos() - cpu0) / 1e9;
                Timing embedAfter = embedOnly(embedder, texts);
                rounds.add(new Round(report, pipelineCpu, embedBefore, embedAfter, texts.size()));
                embedBefore = embedAfter;
            }
        }
        IndexReport report = rounds.getFirst().report();
        System.out.printf(Locale.ROOT, "folder               %s%n", root);
        System.out.printf(
                Locale.ROOT,
                "files                %d indexed, %d skipped, %d failed%n",
                report.indexed(),
                report.skipped(),
                report.failed());
        System.out.printf(Locale.ROOT, "chunks               %d%n", report.chunks());
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "round %d              pipeline %.1f chunks/s (%.1f s, CPU %.1f s in this process), embedding only %.1f chunks/s"
                            + " (%.1f s before, %.1f s after; CPU %.1f s): ratio %.2f%n",
                    i + 1,
                    r.pipelineRate(),
                    r.report().seconds(),
                    r.pipelineCpu(),
                    r.embedRate(),
                    r.before().seconds(),
                    r.after().seconds(),
                    r.embedCpu(),
                    r.ratio());
        }
        double[] ratios = rounds.stream().mapToDouble(Round::ratio).sorted().toArray();
        double median = ratios.length % 2 == 1
                ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        IndexProgress ocr = lastProgress;
        if (ocr.scanPagesRead() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "ocr                  %d scanned pages in the last round, %.2f pages/s of OCR (%.1f s a page),"
                            + " beside %.1f chunks/s%n",
                    ocr.scanPagesRead(),
                    ocr.scanPagesPerSecond(),
                    ocr.scanPagesPerSecond() > 0 ? 1 / ocr.scanPagesPerSecond() : 0,
                    rounds.getLast().pipelineRate());
        }
        System.out.printf(
                Locale.ROOT,
                "ratio                %.2f, the median of %d rounds (target >= 0.85)%n",
                median,
                ratios.length);
        System.out.printf(
                Locale.ROOT, "parsing              %s%n", inProcess ? "in this process" : "in a parse worker process");
        System.out.printf(
                Locale.ROOT, "cores                %d%n", Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** One pipeline run and the embedding-only passes on either side of it. */
    private record Round(IndexReport report, double pipelineCpu, Timing before, Timing after, int texts) {
        double pipelineRate() {
            return report.chunks() / report.seconds();
        }

        double embedRate() {
            return texts / ((before.seconds() + after.seconds()) / 2);
        }

        double embedCpu() {
            return (before.cpuSeconds() + after.cpuSeconds()) / 2;
        }

        double ratio() {
            return pipelineRate() / embedRate();
        }
    }

    /** The last progress report of the last run: its OCR pages and rate. */
    private static volatile IndexProgress lastProgress = new IndexProgress(0, 0, 0, 0, null, "");

    /** Indexes the folder into a temporary index, deleted afterwards. */
    private static IndexReport indexIntoThrowAwayIndex(Path folder, DocumentParser parser, Embedder embedder)
            throws IOException {
        Path tmp = Files.createTempDirectory("farol-bench-index");
        IndexListener listener = new IndexListener() {
            @Override
            public void onProgress(IndexProgress progress) {
                lastProgress = progress;
            }
        };
        try (LucenePassageStore store = LucenePassageStore.openForWriting(tmp, embedder.name())) {
            return new Indexer(store, parser, embedder).index(List.of(folder), listener, CancelToken.none());
        } finally {
            Folders.deleteRecursively(tmp);
        }
    }

    /** Wall and CPU time of one embedding-only pass. */
    private record Timing(double seconds, double cpuSeconds) {}

    private static Timing embedOnly(Embedder embedder, List<String> texts) {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        for (int i = 0; i < texts.size(); i += 64) {
            embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 64)));
        }
        return new Timing((System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9);
    }

    @SuppressForbidden(reason = "the process CPU time is only in com.sun.management, on every JDK Farol runs on")
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Parses and chunks every file once, untimed, to get the exact texts the pipeline embeds. */
    private static List<String> chunkTexts(Path root, Embedder embedder, DocumentParser parser) {
        Chunker chunker = new Chunker(embedder::countTokens, embedder.maxTokens());
        List<String> texts = new ArrayList<>();
        for (ScannedFile f :
                new FileScanner().scan(List.of(root), CancelToken.none()).files()) {
            if (parser.parse(f.path()) instanceof ParseOutcome.Parsed parsed) {
                for (Chunk c : chunker.chunk(parsed.document()).chunks()) {
                    texts.add(c.embeddingText());
                }
            }
        }
        return texts;
    }
}
