package app.farol.core.ingest;

import java.nio.file.Path;

/**
 * Extracts structured text from a file. Implementations are thread-safe, never throw for a bad
 * file (that is a {@link ParseOutcome.Failed} with the reason) and honour their size and time
 * limits.
 */
public interface DocumentParser extends AutoCloseable {

    ParseOutcome parse(Path file);

    /** Parses a file under the indexer's control of its OCR (by default: all of it at once). */
    default ParseOutcome parse(Path file, ParseControl control) {
        return parse(file);
    }

    /**
     * Whether scanned pages and images are read (Tesseract is there): a file recorded as
     * {@link ReasonKind#SCANNED} is then read again.
     */
    default boolean readsScans() {
        return false;
    }

    /**
     * The Tesseract languages scans are read with now ("eng+por"), "" when scans are not read:
     * a file whose scans were read with others is read again.
     */
    default String ocrLanguages() {
        return "";
    }

    @Override
    default void close() {}
}
