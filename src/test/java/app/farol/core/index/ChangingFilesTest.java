package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.FileHasher;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangingFilesTest {
    @TempDir
    Path temp;

    /** Tika, plus a user who edits one file and deletes another right while each is being read. */
    private static final class MeddlingParser implements DocumentParser {
        private final TikaDocumentParser tika = new TikaDocumentParser();
        private final Path toEdit;
        private final Path toDelete;
        private boolean edited;

        MeddlingParser(Path toEdit, Path toDelete) {
            this.toEdit = toEdit;
            this.toDelete = toDelete;
        }

        @Override
        public ParseOutcome parse(Path file) {
            ParseOutcome outcome = tika.parse(file);
            try {
                if (file.equals(toEdit) && !edited) {
                    edited = true;
                    Files.writeString(file, "Second draft: the ferry now leaves at half past nine from pier four.");
                }
                if (file.equals(toDelete)) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return outcome;
        }
    }

    @Test
    void should_end_with_an_index_that_matches_the_folder_when_files_change_or_vanish_while_they_are_read()
            throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Path edited = docs.resolve("ferry.txt");
        Path deleted = docs.resolve("draft.txt");
        Files.writeString(edited, "First draft: the ferry leaves at eight from pier one.");
        Files.writeString(deleted, "A draft about the old lighthouse lamp, soon to be thrown away.");
        Files.writeString(docs.resolve("steady.txt"), "The harbour office opens at nine.");

        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            IndexReport report = new Indexer(store, new MeddlingParser(edited, deleted), SharedEmbedder.get())
                    .index(List.of(docs), IndexListener.NONE, CancelToken.none());

            assertThat(store.files().keySet()).containsExactlyInAnyOrderElementsOf(filesIn(docs));
            FileRecord ferry = store.files().get(edited.toString());
            assertThat(ferry.hash()).isEqualTo(FileHasher.sha256(edited));
            assertThat(ferry.size()).isEqualTo(Files.size(edited));
            assertThat(ferry.modified())
                    .isEqualTo(Files.getLastModifiedTime(edited).toMillis());
            String text = store.passagesOf(edited.toString()).stream()
                    .map(StoredPassage::text)
                    .collect(Collectors.joining(" "));
            assertThat(text).contains("half past nine").doesNotContain("eight");
            assertThat(store.keywordSearch(KeywordQueries.of("old lighthouse lamp"), PassageFilter.NONE, 5))
                    .isEmpty();
            assertThat(report.removed()).isEqualTo(1);
            assertThat(report.failed()).isZero();
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::toString).toList();
        }
    }
}
