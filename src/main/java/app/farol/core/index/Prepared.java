package app.farol.core.index;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import java.util.List;
import java.util.Set;

/** A file made ready by the parse stage, for the embed-and-store stage. */
sealed interface Prepared {

    FileRecord record();

    /**
     * Parsed and chunked; its passages still need vectors. A file that holds several documents (a
     * mailbox, an archive) has one chunked text for all of them, with continuous ordinals and
     * offsets, and {@code parts} saying where each document's passages begin.
     */
    record ToEmbed(
            FileRecord record,
            ChunkedDocument document,
            Language language,
            List<PartSpan> parts,
            java.util.Set<Integer> scannedPages)
            implements Prepared {
        public ToEmbed(FileRecord record, ChunkedDocument document, Language language) {
            this(record, document, language, List.of(), java.util.Set.of());
        }

        public ToEmbed(FileRecord record, ChunkedDocument document, Language language, List<PartSpan> parts) {
            this(record, document, language, parts, java.util.Set.of());
        }

        public ToEmbed {
            parts = List.copyOf(parts);
            scannedPages = java.util.Set.copyOf(scannedPages);
        }

        /** The part whose passages include this ordinal; null for a file that is one document. */
        PartSpan partOf(int ordinal) {
            PartSpan found = null;
            for (PartSpan s : parts) {
                if (s.firstOrdinal() <= ordinal) {
                    found = s;
                }
            }
            return found;
        }
    }

    /**
     * One document inside a file: its name in the file, title, type and language, the ordinal of
     * its first passage, and its pages whose text OCR read from a scan.
     */
    record PartSpan(
            String name, String title, String type, Language language, int firstOrdinal, Set<Integer> scannedPages) {
        public PartSpan {
            scannedPages = Set.copyOf(scannedPages);
        }

        public PartSpan(String name, String title, String type, Language language, int firstOrdinal) {
            this(name, title, type, language, firstOrdinal, Set.of());
        }
    }

    /** Passages copied from a file with the same content (a rename or a copy): nothing to embed. */
    record Reused(FileRecord record, List<StoredPassage> passages) implements Prepared {}

    /** The file vanished while it was being read: whatever the store holds for it goes. */
    record Gone(String path) implements Prepared {
        @Override
        public FileRecord record() {
            return new FileRecord(path, 0, 0, "", FileStatus.SKIPPED, Reason.of(Cause.GONE), 0, "", "");
        }
    }

    /** Nothing to embed: skipped, failed, or only its time stamp changed. */
    record RecordOnly(FileRecord record, boolean keepPassages) implements Prepared {}
}
