package app.farol.cli;

import app.farol.workspace.FarolPaths;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command that touches the index shares. */
public final class IndexOption {
    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Index folder (default: the index folder of the Farol install).")
    Path index;

    public Path path() {
        return index != null ? index : FarolPaths.defaultIndex();
    }
}
