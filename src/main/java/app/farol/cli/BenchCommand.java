package app.farol.cli;

import picocli.CommandLine.Command;

/** {@code farol bench index|search|...}: commands that print speed figures. */
@Command(name = "bench", description = "Measure speed and print the figures.", subcommands = {BenchIndexCommand.class, BenchSearchCommand.class, BenchExtractiveCommand.class, BenchAbstainCommand.class, BenchCrashCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
