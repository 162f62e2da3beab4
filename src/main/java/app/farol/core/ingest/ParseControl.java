package app.farol.core.ingest;

/**
 * What the indexer says to a parse that reads scans (OCR takes seconds a page): whether to read
 * scanned pages now, and, after each page read, whether to go on. Called on the parsing thread.
 */
public interface ParseControl {
    /** Read everything now; never stop. */
    ParseControl NONE = new ParseControl() {};

    /**
     * Whether scanned pages and images are read now. When not, a file that needs OCR comes back
     * with the kind {@link ReasonKind#SCANNED} and its text pages only, to be read again later.
     */
    default boolean readScans() {
        return true;
    }

    /**
     * One more scanned page was read, or ({@code done} 0) the scans of a file begin. May block (a
     * paused run); false stops the reading, and the outcome then holds the pages read so far.
     *
     * @param done pages of this file read so far, 0 before the first
     * @param total pages of this file to read
     */
    default boolean pageRead(int done, int total) {
        return true;
    }
}
