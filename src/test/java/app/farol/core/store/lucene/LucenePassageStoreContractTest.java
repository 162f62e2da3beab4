package app.farol.core.store.lucene;

import app.farol.core.store.PassageStore;
import app.farol.core.store.PassageStoreContract;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store passes the contract in its strict form: every write visible at once, point-in-time sessions. */
class LucenePassageStoreContractTest extends PassageStoreContract {
    @TempDir
    Path folder;

    @Override
    protected PassageStore newStore() {
        return LucenePassageStore.openForWriting(
                folder.resolve("index"), SharedEmbedder.get().name());
    }

    @Override
    protected PassageStore reopen() {
        return newStore();
    }

    /** The embedded store records the embedder's name only: a model's name implies its dimension. */
    @Override
    protected PassageStore reopenWithEmbedder(String name, int dimension) {
        return LucenePassageStore.openForWriting(folder.resolve("index"), name);
    }

    @Override
    protected boolean sessionsArePointInTime() {
        return true;
    }
}
