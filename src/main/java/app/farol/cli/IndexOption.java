package app.farol.cli;

import app.farol.core.util.FarolException;
import app.farol.workspace.FarolPaths;
import app.farol.workspace.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} and {@code --store URL} options every command that touches the index
 * shares: a local folder (the default) or a search cluster, never both.
 */
public final class IndexOption {
    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Index folder (default: the index folder of the Farol install).")
    Path index;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description =
                    "Keep the index in a search cluster instead: solr:http://host:8983/solr/COLLECTION"
                            + " (nodes comma-separated; password from $FAROL_STORE_PASSWORD or 'farol secret set --store URL').")
    String store;

    /** The local folder (meaningful when {@link #location()} is not a cluster). */
    public Path path() {
        return index != null ? index : FarolPaths.defaultIndex();
    }

    /**
     * Where the index is, checked: a folder that is not a file, or a well-formed store URL.
     *
     * @throws FarolException when both options are given, or either is malformed
     */
    public StoreLocation location() {
        if (store != null && index != null) {
            throw new FarolException("give --index DIR or --store URL, not both");
        }
        if (store != null) {
            return StoreLocation.cluster(store);
        }
        Arguments.indexFolder(path());
        return StoreLocation.folder(path());
    }
}
