package app.farol.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: every job of the app can be run and scripted from here. */
@Command(
        name = "farol",
        mixinStandardHelpOptions = true,
        version = "Farol 0.1",
        description = "Private document assistant: index your folders, search them and ask questions, all on this computer.",
        subcommands = {IndexCommand.class, SearchCommand.class, StatusCommand.class, EvalCommand.class, ModelsCommand.class})
public final class FarolCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out); // with the commands the application adds (bench, ask, serve)
    }
}
