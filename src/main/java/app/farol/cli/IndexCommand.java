package app.farol.cli;

import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.store.FileRecord;
import app.farol.core.util.CancelToken;
import app.farol.core.util.DisplayNames;
import app.farol.workspace.FarolPaths;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code farol index [--index DIR | --store URL] [--json] [FOLDER...]} */
@Command(name = "index", description = "Index folders (default: sample-docs). Only new and changed files are read.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--rebuild", description = "Delete the index and build it again from the folders.")
    boolean rebuild;

    @Option(
            names = "--commit-seconds",
            paramLabel = "S",
            description =
                    "Save what is done every S seconds (default: ${DEFAULT-VALUE}); a crash loses at most that much work.")
    int commitSeconds = 20;

    @Option(names = "--verbose", description = "Print each file as it is written to the index.")
    boolean verbose;

    @Parameters(paramLabel = "FOLDER", description = "Folders to index.")
    List<Path> folders = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> roots = folders.isEmpty() ? List.of(FarolPaths.sampleDocs()) : folders;
        Arguments.folders(roots);
        StoreLocation location = index.location();
        Arguments.between("--commit-seconds", commitSeconds, 1, 86_400);
        if (rebuild) { // before opening: a collection of another embedder would be refused
            Workspace.deleteIndex(location);
        }
        CancelToken cancel = new CancelToken();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C: stop after the current batch and commit what is done before the JVM exits.
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        IndexReport report;
        try (Workspace ws = Workspace.forWriting(location);
                TerminalProgress progress = new TerminalProgress()) {
            Indexer indexer = ws.indexer();
            indexer.setCommitInterval(Duration.ofSeconds(Math.max(1, commitSeconds)));
            IndexListener listener = verbose ? new PrintEachFile() : json ? IndexListener.NONE : progress;
            report = indexer.index(roots, listener, cancel);
        } finally {
            finished.countDown();
        }
        print(report);
        return 0;
    }

    /** {@code --verbose}: one line per file as it is written (not yet committed). */
    private static final class PrintEachFile implements IndexListener {
        @Override
        public void onFile(FileRecord record) {
            System.out.println("written\t" + record.status().name().toLowerCase(Locale.ROOT) + "\t"
                    + DisplayNames.safe(record.path()));
        }
    }

    private void print(IndexReport r) {
        ReasonLines reasons = ReasonLines.forUser();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("indexed", r.indexed());
            out.put("unchanged", r.unchanged());
            out.put("removed", r.removed());
            out.put("skipped", r.skipped());
            out.put("failed", r.failed());
            out.put("parsed", r.parsed());
            out.put("reread", r.readAgain());
            out.put("chunks", r.chunks());
            out.put("seconds", Math.round(r.seconds() * 100) / 100.0);
            out.put("cancelled", r.cancelled());
            List<Map<String, Object>> failures = new ArrayList<>();
            for (FileRecord f : r.problems()) {
                failures.add(reasons.json(f.path(), f.status().name().toLowerCase(Locale.ROOT), f.reason()));
            }
            r.scanProblems().forEach(p -> failures.add(reasons.json(p.path().toString(), "failed", p.reason())));
            out.put("failures", failures);
            System.out.println(Json.write(out));
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%d indexed, %d unchanged, %d removed, %d skipped, %d failed; %d chunks in %.1f s%s%n",
                r.indexed(),
                r.unchanged(),
                r.removed(),
                r.skipped(),
                r.failed(),
                r.chunks(),
                r.seconds(),
                r.cancelled() ? " (stopped early; what was done is kept)" : "");
        if (r.readAgain() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "%d unchanged files were read again: this version of Farol reads them better%n",
                    r.readAgain());
        }
        r.problems().stream()
                .sorted(Comparator.comparing(FileRecord::path))
                .forEach(f -> System.out.printf(
                        Locale.ROOT,
                        "  %s: %s: %s%n",
                        f.status().name().toLowerCase(Locale.ROOT),
                        DisplayNames.safe(f.path()),
                        reasons.line(f.reason())));
        r.scanProblems()
                .forEach(p -> System.out.printf(
                        Locale.ROOT, "  failed: %s: %s%n", DisplayNames.safe(p.path()), reasons.line(p.reason())));
    }
}
