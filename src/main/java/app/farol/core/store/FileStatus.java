package app.farol.core.store;

/** Where a file of the library stands. */
public enum FileStatus {
    /** Its passages are searchable (perhaps truncated: see the record's reason). */
    INDEXED,
    /** Deliberately not indexed (empty, unsupported format, no text layer). */
    SKIPPED,
    /** Could not be read (encrypted, corrupt, unreadable, timed out). */
    FAILED
}
