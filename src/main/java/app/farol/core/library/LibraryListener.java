package app.farol.core.library;

import app.farol.core.store.FileRecord;

/**
 * Hears what the library does. Called on the library's own thread: a user interface hops to its
 * event thread. Callbacks must be quick and must not throw.
 */
public interface LibraryListener {

    /** The run state changed or progressed. */
    default void onState(LibraryState state) {}

    /** A file was indexed, or recorded as skipped or failed. */
    default void onFile(FileRecord record) {}

    /** The set of files changed (a run ended, a folder was removed): re-read summaries. */
    default void onFilesChanged() {}
}
