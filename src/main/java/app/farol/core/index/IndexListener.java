package app.farol.core.index;

import app.farol.core.store.FileRecord;

/** Hears about an indexing run; called on one of the run's own threads (the one that writes to the index), so keep it quick. */
public interface IndexListener {
    IndexListener NONE = new IndexListener() {};

    /** The walk is done: how many files there are and how many need work. */
    default void onScanned(int filesFound, int filesToProcess) {}

    default void onProgress(IndexProgress progress) {}

    /** A file was written to the index, or recorded as skipped or failed. */
    default void onFile(FileRecord record) {}
}
