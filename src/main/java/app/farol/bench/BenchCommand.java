package app.farol.bench;

import picocli.CommandLine.Command;

/**
 * {@code farol bench index|search|...}: commands that print speed figures. The application
 * registers it under the root command (see docs/decisions/0071-bench-outside-the-product.md).
 */
@Command(
        name = "bench",
        description = "Measure speed and print the figures.",
        subcommands = {
            BenchIndexCommand.class,
            BenchSearchCommand.class,
            BenchExtractiveCommand.class,
            BenchContextCommand.class,
            BenchAbstainCommand.class,
            BenchCrashCommand.class,
            BenchFuzzCommand.class,
            BenchSoakCommand.class,
            BenchAnswerCommand.class,
            BenchServeCommand.class,
            BenchScansCommand.class,
            BenchClusterCommand.class
        })
public final class BenchCommand implements Runnable {
    private final Class<?> entryPoint;

    /** @param entryPoint the application's {@code main} class, which the crash drill starts as a child JVM */
    public BenchCommand(Class<?> entryPoint) {
        this.entryPoint = entryPoint;
    }

    Class<?> entryPoint() {
        return entryPoint;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
