package app.farol.core.ingest;

/** What became of one file: parsed, deliberately skipped, or failed; each with its reason. */
public sealed interface ParseOutcome {

    record Parsed(ParsedDocument document) implements ParseOutcome {}

    /** Not indexed on purpose (empty, unsupported format, no text layer); not an error. */
    record Skipped(String reason) implements ParseOutcome {}

    /** Could not be read (encrypted, corrupt, unreadable, timed out). */
    record Failed(String reason) implements ParseOutcome {}
}
