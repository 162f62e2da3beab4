package app.farol.core.index;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.ingest.ReasonKind;
import java.util.List;

/** A file made ready by the parse stage, for the embed-and-store stage. */
sealed interface Prepared {

    FileRecord record();

    /** Parsed and chunked; its passages still need vectors. */
    record ToEmbed(FileRecord record, ChunkedDocument document, String language) implements Prepared {}

    /** Passages copied from a file with the same content (a rename or a copy): nothing to embed. */
    record Reused(FileRecord record, List<StoredPassage> passages) implements Prepared {}

    /** The file vanished while it was being read: whatever the store holds for it goes. */
    record Gone(String path) implements Prepared {
        @Override
        public FileRecord record() {
            return new FileRecord(path, 0, 0, "", FileStatus.SKIPPED, ReasonKind.OTHER, "removed while it was being indexed", 0, "", "");
        }
    }

    /** Nothing to embed: skipped, failed, or only its time stamp changed. */
    record RecordOnly(FileRecord record, boolean keepPassages) implements Prepared {}
}
