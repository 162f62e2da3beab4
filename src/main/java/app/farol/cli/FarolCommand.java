package app.farol.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: every job of the app can be run and scripted from here. */
@Command(
        name = "farol",
        mixinStandardHelpOptions = true,
        versionProvider = FarolCommand.Version.class,
        description =
                "Private document assistant: index your folders, search them and ask questions, all on this computer.",
        subcommands = {
            IndexCommand.class,
            SearchCommand.class,
            StatusCommand.class,
            EvalCommand.class,
            ModelsCommand.class,
            SecretCommand.class
        })
public final class FarolCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** {@code farol --version}: Farol's version from the build, and the Java it runs on. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "Farol " + app.farol.core.util.FarolVersion.current(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
            };
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out); // with the commands the application adds (bench, ask, serve)
    }
}
