package app.farol.app;

import app.farol.bench.BenchCommand;
import app.farol.cli.AskCommand;
import app.farol.cli.FarolCommand;
import app.farol.cli.ServeCommand;
import app.farol.core.util.FarolException;
import java.awt.GraphicsEnvironment;
import picocli.CommandLine;

/**
 * Entry point. With no arguments it opens the desktop app (or, without a display, explains the
 * command line); otherwise it runs a command. User errors end with a one-line message and exit
 * code 1, never a stack trace.
 */
public final class Main {
    // Held so the setting is not garbage-collected: Lucene announces its SIMD setup at INFO level.
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            if (GraphicsEnvironment.isHeadless()) {
                System.out.println("No display found, so the desktop app cannot open. Use the command line:");
                new CommandLine(new FarolCommand())
                        .addSubcommand("bench", new BenchCommand(Main.class))
                        .usage(System.out);
                return;
            }
            DesktopLauncher.launch();
            return;
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; used by tests too. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new FarolCommand());
        // The one place the product knows its tools: bench and its commands live in app.farol.bench.
        cli.addSubcommand("bench", new BenchCommand(Main.class));
        cli.addSubcommand("ask", new AskCommand(WorkspaceSearchBackend::open));
        cli.addSubcommand("serve", new ServeCommand(WorkspaceSearchBackend::open));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof FarolException) {
                commandLine.getErr().println("farol: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
