package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that cannot be read now (permissions, a dropped mount, a broken link) was not seen to
 * be empty: what was indexed under it stays, and the run says the folder could not be read.
 */
class UnreadableFolderTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_the_records_of_a_subfolder_it_cannot_read_now() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Path sub = Files.createDirectories(docs.resolve("contracts"));
        Files.writeString(docs.resolve("notes.txt"), "The ferry leaves the harbour at seven.");
        Files.writeString(sub.resolve("lease.txt"), "The lease of the flat ends in March.");
        Path index = temp.resolve("index");
        indexFolder(docs, index);

        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
        try {
            String json = reindex(docs, index);
            assertThat(json).contains("cannot read the folder");
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
        Map<String, FileRecord> files = recordsOf(index);
        assertThat(files).containsKey(sub.resolve("lease.txt").toString());
        assertThat(files.get(sub.resolve("lease.txt").toString()).status()).isEqualTo(FileStatus.INDEXED);
        assertThat(files).containsKey(docs.resolve("notes.txt").toString());
    }

    @Test
    void should_keep_the_records_behind_a_symbolic_link_that_is_broken_now() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        // inside the library (links that lead outside it are not followed), like a mount point
        Path elsewhere = Files.createDirectories(docs.resolve(".media/usb-stick"));
        Files.writeString(elsewhere.resolve("photo-notes.txt"), "The lighthouse was painted red in 1990.");
        Files.writeString(docs.resolve("notes.txt"), "The ferry leaves the harbour at seven.");
        Files.createSymbolicLink(docs.resolve("stick"), elsewhere);
        Path index = temp.resolve("index");
        indexFolder(docs, index);
        assertThat(recordsOf(index))
                .containsKey(docs.resolve("stick/photo-notes.txt").toString());

        Files.move(elsewhere, docs.resolve(".media/unplugged")); // the link now leads nowhere
        indexFolder(docs, index);

        assertThat(recordsOf(index))
                .containsKey(docs.resolve("stick/photo-notes.txt").toString());
    }

    @Test
    void should_still_remove_a_file_that_was_seen_to_be_gone() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("old.txt"), "An old note about the tide tables.");
        Files.writeString(docs.resolve("kept.txt"), "A note that stays.");
        Path index = temp.resolve("index");
        indexFolder(docs, index);
        Files.delete(docs.resolve("old.txt"));
        indexFolder(docs, index);
        assertThat(recordsOf(index))
                .doesNotContainKey(docs.resolve("old.txt").toString())
                .containsKey(docs.resolve("kept.txt").toString());
    }

    /** Indexes in a user namespace, where root's power to read any folder does not apply. */
    private static String reindex(Path docs, Path index) throws IOException, InterruptedException {
        return Unprivileged.indexJson(docs, index);
    }

    private static void indexFolder(Path docs, Path index) {
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(docs), IndexListener.NONE, CancelToken.none());
        }
    }

    private static Map<String, FileRecord> recordsOf(Path index) {
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            return store.files();
        }
    }
}
