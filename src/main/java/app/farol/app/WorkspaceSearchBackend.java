package app.farol.app;

import app.farol.cli.SearchBackend;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;

/** Gives the ask command the real index, opened read-only so indexing may run meanwhile. */
final class WorkspaceSearchBackend implements SearchBackend {
    private final Workspace workspace;

    private WorkspaceSearchBackend(Workspace workspace) {
        this.workspace = workspace;
    }

    static SearchBackend open(StoreLocation index) {
        return new WorkspaceSearchBackend(Workspace.forReading(index));
    }

    @Override
    public Retriever retriever() {
        return workspace.retriever();
    }

    @Override
    public Embedder embedder() {
        return workspace.embedder();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
