package app.farol.bench;

import app.farol.core.util.FarolException;
import app.farol.core.util.Folders;
import app.farol.workspace.FarolPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code farol bench fuzz [--files N] [--seed S]}: indexes damaged copies of the real corpus the
 * normal way and reports what became of them (see {@link FuzzDrill}). Exit code 0 only when the
 * app never crashed or hung and no outcome was unexplained ({@link Unexplained}).
 */
@Command(
        name = "fuzz",
        description = "Index damaged copies of real files (bit flips, truncation, zeroed ranges, swapped chunks)"
                + " and report every outcome.")
final class BenchFuzzCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--files", description = "How many damaged copies (default: ${DEFAULT-VALUE}).")
    int files = 2000;

    @Option(names = "--seed", description = "Random seed (default: the clock).")
    Long seed;

    @Option(names = "--corpus", description = "Folder of real files to copy (default: ../shared/corpus).")
    Path corpus;

    @Option(
            names = "--hang-minutes",
            description =
                    "Minutes without a file written after which indexing counts as hung (default: ${DEFAULT-VALUE}).")
    int hangMinutes = 6;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description =
                    "Write the copies and the index into DIR (a new folder) and keep them, to look into a finding.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (files < 1) {
            throw new FarolException("--files must be at least 1: " + files);
        }
        Path from = corpus != null
                ? corpus.toAbsolutePath().normalize()
                : FarolPaths.home().resolve("../shared/corpus").normalize();
        if (!Files.isDirectory(from)) {
            throw new FarolException("the corpus folder " + from + " does not exist: give one with --corpus DIR");
        }
        long s = seed != null ? seed : System.nanoTime();
        Path work = keep != null
                ? app.farol.core.util.PrivateFiles.createFolders(keep)
                : Files.createTempDirectory("farol-bench-fuzz"); // 0700: the copies hold the corpus's text
        FuzzDrill.Result r;
        try {
            System.out.printf(Locale.ROOT, "seed %d, %d damaged copies of the files in %s%n", s, files, from);
            r = new FuzzDrill(
                            bench.entryPoint(),
                            work,
                            new FuzzDrill.Settings(from, files, s, Duration.ofMinutes(hangMinutes)),
                            System.out)
                    .run();
        } finally {
            if (keep == null) {
                Folders.deleteRecursively(work);
            }
        }
        print(r);
        return r.appCrashes() == 0 && r.appHangs() == 0 && r.unexplained().isEmpty() ? 0 : 1;
    }

    private static void print(FuzzDrill.Result r) {
        System.out.printf(
                Locale.ROOT, "files                %d (damaged copies of %d real files)%n", r.files(), r.sources());
        StringBuilder damage = new StringBuilder();
        r.byMutation()
                .forEach((m, n) -> damage.append(damage.isEmpty() ? "" : ", ")
                        .append(m.label())
                        .append(' ')
                        .append(n));
        System.out.printf(Locale.ROOT, "damage               %s%n", damage);
        System.out.println("outcomes");
        r.byOutcome().forEach((k, n) -> System.out.printf(Locale.ROOT, "  %-40s %5d%n", k, n));
        System.out.println("reasons (digits shown as N; the 25 most frequent)");
        r.byReason().entrySet().stream()
                .limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
        if (r.byReason().size() > 25) {
            int rest = r.byReason().values().stream()
                    .skip(25)
                    .mapToInt(Integer::intValue)
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "  %5d  (%d other reasons)%n",
                    rest,
                    r.byReason().size() - 25);
        }
        System.out.printf(Locale.ROOT, "app crashes          %d (must be 0)%n", r.appCrashes());
        System.out.printf(Locale.ROOT, "app hangs            %d (must be 0)%n", r.appHangs());
        System.out.printf(Locale.ROOT, "indexing runs        %d%n", r.runs());
        System.out.printf(
                Locale.ROOT,
                "worker restarts      %d (parse workers started to replace one that died or was killed)%n",
                r.workerRestarts());
        System.out.printf(
                Locale.ROOT,
                "timed out            %d%n",
                r.byOutcome().entrySet().stream()
                        .filter(e -> e.getKey().endsWith("timed out"))
                        .mapToInt(Map.Entry::getValue)
                        .sum());
        System.out.printf(
                Locale.ROOT,
                "unexplained          %d (must be 0)%n",
                r.unexplained().size());
        System.out.println("  unexplained: no record; or not indexed with the generic kind (other) or none; or"
                + " \"unreadable\" for a readable file; or a reason that names nothing wrong (empty, \"null\","
                + " a Java class name or JVM message): see docs/robustness.md");
        r.unexplained().forEach(u -> System.out.println("  " + u));
        r.crashOutput().forEach(c -> System.out.println("  " + c.replace("\n", "\n    ")));
        System.out.printf(
                Locale.ROOT, "seconds              %.0f (%.1f files/s)%n", r.seconds(), r.files() / r.seconds());
    }
}
