package app.farol.cli;

import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;
import app.farol.workspace.StoreLocation;

/** What {@link AskCommand} needs from an index. The application wires the real index in. */
public interface SearchBackend extends AutoCloseable {

    Retriever retriever();

    Embedder embedder();

    @Override
    void close();

    /** Opens the index in a folder or a cluster. */
    @FunctionalInterface
    interface Opener {
        /**
         * @throws app.farol.core.util.FarolException when there is no usable index there, or a
         *     cluster cannot be reached
         */
        SearchBackend open(StoreLocation location);
    }
}
