package app.farol.core.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What became of one file: parsed, deliberately skipped, or failed; each with its {@link Reason}
 * as data (its kind and details), which each front end renders in its own language.
 */
public sealed interface ParseOutcome {

    record Parsed(ParsedDocument document) implements ParseOutcome {}

    /** Not indexed on purpose (empty, unsupported format, no text layer); not an error. */
    record Skipped(Reason reason) implements ParseOutcome {
        public Skipped {
            Objects.requireNonNull(reason);
        }

        public ReasonKind kind() {
            return reason.kind();
        }
    }

    /** Could not be read (encrypted, corrupt, unreadable, timed out). */
    record Failed(Reason reason) implements ParseOutcome {
        public Failed {
            Objects.requireNonNull(reason);
        }

        public ReasonKind kind() {
            return reason.kind();
        }
    }

    /**
     * A file that holds several documents: a mailbox, a message with attachments, an archive.
     * Each part is a document of its own, named within the file ("Subject › invoice.pdf",
     * "folder/inner.pdf"); the parts the file holds but that could not be read are listed with
     * their reasons. At least one part was read (otherwise the file is {@link Skipped} or
     * {@link Failed} as a whole).
     */
    record Container(List<Part> parts, List<Unread> unread) implements ParseOutcome {
        public Container {
            parts = List.copyOf(parts);
            unread = List.copyOf(unread);
        }
    }

    /**
     * One document inside a file.
     *
     * @param name where it is in the file, parts joined by {@link #SEPARATOR}
     */
    record Part(String name, ParsedDocument document) {}

    /**
     * A document inside a file that was not read.
     *
     * @param failed true for a failure (encrypted, a zip bomb, corrupt), false for a skip
     *     (unsupported format, no text)
     */
    record Unread(String name, Reason reason, boolean failed) {
        public ReasonKind kind() {
            return reason.kind();
        }
    }

    /** Between the levels of a part's name: "letters.zip › May/bill.pdf". */
    String SEPARATOR = " › ";
}
