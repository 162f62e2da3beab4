package app.farol.bench;

import app.farol.core.util.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code farol bench crash [--kills N]}: kills indexing with SIGKILL at random moments and checks
 * the index after each kill (see {@link CrashDrill}). Exit code 0 only when every check passed.
 */
@Command(
        name = "crash",
        description = "Kill indexing at random moments (SIGKILL) and check the index survives each time.")
final class BenchCrashCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--kills", description = "How many runs to kill (default: ${DEFAULT-VALUE}).")
    int kills = 30;

    @Option(
            names = "--longest-run-ms",
            description = "Latest kill moment after a run starts, ms (default: ${DEFAULT-VALUE}).")
    long longestRun = 9000;

    @Option(names = "--seed", description = "Random seed (default: the clock).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        long s = seed != null ? seed : System.nanoTime();
        Path work = Files.createTempDirectory("farol-bench-crash");
        CrashDrill.Result r;
        try {
            System.out.printf(
                    Locale.ROOT, "seed %d, %d kills, each within %d ms of a run's start%n", s, kills, longestRun);
            r = new CrashDrill(
                            bench.entryPoint(),
                            work,
                            new CrashDrill.Settings(kills, Duration.ofMillis(longestRun), s),
                            System.out)
                    .run();
        } finally {
            Folders.deleteRecursively(work);
        }
        System.out.printf(
                Locale.ROOT,
                "kills                         %d (%d before the first commit, %d after files were written);"
                        + " %d more runs finished before their kill moment%n",
                r.kills(),
                r.beforeFirstCommit(),
                r.whileWriting(),
                r.finishedFirst());
        System.out.printf(
                Locale.ROOT,
                "index opened, CheckIndex clean %d of %d checks%n",
                r.cleanChecks(),
                r.kills() + r.finishedFirst());
        System.out.printf(
                Locale.ROOT, "files mixed or incomplete     %d%n", r.problems().size() - r.rereadCommitted());
        System.out.printf(Locale.ROOT, "committed files read again    %d%n", r.rereadCommitted());
        System.out.printf(Locale.ROOT, "final run complete            %s%n", r.finalRunComplete() ? "yes" : "NO");
        r.problems().forEach(p -> System.out.println("  problem: " + p));
        return r.problems().isEmpty() && r.finalRunComplete() && r.cleanChecks() == r.kills() + r.finishedFirst()
                ? 0
                : 1;
    }
}
