package app.farol.core.ingest;

import java.nio.file.Path;

/**
 * Extracts structured text from a file. Implementations are thread-safe, never throw for a bad
 * file (that is a {@link ParseOutcome.Failed} with the reason) and honour their size and time
 * limits.
 */
public interface DocumentParser extends AutoCloseable {

    ParseOutcome parse(Path file);

    @Override
    default void close() {}
}
