package app.farol.core.library;

import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;

/**
 * Where the library's indexing stands.
 *
 * @param phase idle, indexing or paused
 * @param progress the running job's latest progress, or null when idle or before the first batch
 * @param lastReport what the last finished run did, or null before the first one
 * @param error a message for the user when the last run failed as a whole, else ""
 */
public record LibraryState(Phase phase, IndexProgress progress, IndexReport lastReport, String error) {

    public enum Phase {
        IDLE,
        INDEXING,
        PAUSED
    }

    public static LibraryState idle() {
        return new LibraryState(Phase.IDLE, null, null, "");
    }

    public boolean running() {
        return phase != Phase.IDLE;
    }
}
