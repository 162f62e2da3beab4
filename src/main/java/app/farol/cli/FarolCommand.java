package app.farol.cli;

import picocli.CommandLine.Command;

/** The root command: every job of the app can be run and scripted from here. */
@Command(
        name = "farol",
        mixinStandardHelpOptions = true,
        version = "Farol 0.1",
        description = "Private document assistant: index your folders, search them and ask questions, all on this computer.",
        subcommands = {IndexCommand.class, SearchCommand.class, StatusCommand.class, EvalCommand.class, ModelsCommand.class, BenchCommand.class})
public final class FarolCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
