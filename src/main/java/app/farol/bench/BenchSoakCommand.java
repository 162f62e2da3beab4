package app.farol.bench;

import app.farol.core.util.FarolException;
import app.farol.core.util.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench soak --minutes M}: the library service with folder watching, a writer and a
 * searcher, for M minutes (see {@link SoakDrill}). Exit code 0 only with no error and an index
 * that equals the folder at the end.
 */
@Command(
        name = "soak",
        description = "Watch a folder that keeps changing while searching and asking in a loop; print memory every"
                + " minute and check the index equals the folder at the end.")
final class BenchSoakCommand implements Callable<Integer> {
    @Option(names = "--minutes", description = "How long to run (default: ${DEFAULT-VALUE}).")
    int minutes = 30;

    @Option(
            names = "--notes",
            description = "Notes the library starts with, beside the sample documents (default: ${DEFAULT-VALUE}).")
    int notes = 100;

    @Option(
            names = "--write-every-ms",
            description = "Pause between two changes to the folder (default: ${DEFAULT-VALUE}).")
    long writeEvery = 2000;

    @Option(names = "--seed", description = "Random seed (default: the clock).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || notes < 2 || writeEvery < 1) {
            throw new FarolException(
                    "--minutes must be at least 1, --notes at least 2 and --write-every-ms at least 1");
        }
        long s = seed != null ? seed : System.nanoTime();
        Path work = Files.createTempDirectory("farol-bench-soak"); // 0700
        SoakDrill.Result r;
        try {
            System.out.printf(Locale.ROOT, "seed %d, %d minutes%n", s, minutes);
            r = new SoakDrill(
                            work,
                            new SoakDrill.Settings(
                                    Duration.ofMinutes(minutes), Duration.ofMillis(writeEvery), notes, s),
                            System.out)
                    .run();
        } finally {
            Folders.deleteRecursively(work);
        }
        System.out.printf(
                Locale.ROOT,
                "searches             %d (%.1f/s), p95 %d ms; %d extractive asks%n",
                r.searches(),
                r.searchesPerSecond(),
                r.p95Millis(),
                r.asks());
        System.out.printf(Locale.ROOT, "errors               %d (must be 0)%n", r.errors());
        r.errorMessages().forEach(m -> System.out.println("  " + m));
        System.out.printf(
                Locale.ROOT,
                "RSS per minute (MB)  %s%n",
                String.join(
                        " ",
                        r.minutes().stream()
                                .map(m -> Long.toString(m.rssBytes() >> 20))
                                .toList()));
        System.out.printf(
                Locale.ROOT,
                "heap after GC (MB)   %s%n",
                String.join(
                        " ",
                        r.minutes().stream()
                                .map(m -> Long.toString(m.heapAfterGcBytes() >> 20))
                                .toList()));
        System.out.printf(Locale.ROOT, "folder changes       %d; library runs %d%n", r.changes(), r.libraryRuns());
        System.out.printf(
                Locale.ROOT,
                "index equals folder  %s (%d files)%n",
                r.mismatches().isEmpty() ? "yes" : "NO, " + r.mismatches().size() + " differences",
                r.filesInFolder());
        r.mismatches().stream().limit(20).forEach(m -> System.out.println("  " + m));
        return r.errors() == 0 && r.mismatches().isEmpty() ? 0 : 1;
    }
}
