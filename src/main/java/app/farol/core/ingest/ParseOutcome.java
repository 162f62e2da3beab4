package app.farol.core.ingest;

import java.util.Objects;

/**
 * What became of one file: parsed, deliberately skipped, or failed; each with its reason, as a
 * kind (data, for grouping and for translation where it is shown) and an English sentence with
 * the details (what the command line and the logs print).
 */
public sealed interface ParseOutcome {

    record Parsed(ParsedDocument document) implements ParseOutcome {}

    /** Not indexed on purpose (empty, unsupported format, no text layer); not an error. */
    record Skipped(ReasonKind kind, String reason) implements ParseOutcome {
        public Skipped {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(reason);
        }
    }

    /** Could not be read (encrypted, corrupt, unreadable, timed out). */
    record Failed(ReasonKind kind, String reason) implements ParseOutcome {
        public Failed {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(reason);
        }
    }
}
