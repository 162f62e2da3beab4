package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.ReadingVersion;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexingTest {
    @TempDir
    Path temp;

    @Test
    void should_follow_additions_changes_deletions_and_renames_without_reparsing_unchanged_files() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("alpha.txt"), "Alpha notes. The boat is called Gaivota and it is blue.");
        Files.writeString(docs.resolve("beta.md"), "# Beta\n\nThe recipe needs three eggs and a lemon.");
        Files.writeString(docs.resolve("gamma.txt"), "Gamma: the meeting is on the 4th of May in room 12.");
        Files.writeString(docs.resolve("delta.txt"), "Delta: the password hint is the cat's name, Tobias.");

        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            Indexer indexer = new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get());
            IndexReport first = indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            assertThat(first.indexed()).isEqualTo(4);
            assertThat(first.parsed()).isEqualTo(4);

            IndexReport again = indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            assertThat(again.parsed()).isZero();
            assertThat(again.unchanged()).isEqualTo(4);
            assertThat(again.chunks()).isZero();

            Files.writeString(docs.resolve("epsilon.txt"), "Epsilon: the violin lesson costs 35 euros."); // added
            Files.writeString(
                    docs.resolve("beta.md"), "# Beta\n\nThe recipe needs four eggs and an orange."); // modified
            Files.delete(docs.resolve("gamma.txt")); // deleted
            Files.move(docs.resolve("delta.txt"), docs.resolve("delta-renamed.txt")); // renamed
            Files.setLastModifiedTime(
                    docs.resolve("alpha.txt"), FileTime.from(Instant.now().plusSeconds(60))); // touched

            IndexReport third = indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            assertThat(third.parsed())
                    .as("only the new and the changed file are parsed")
                    .isEqualTo(2);
            assertThat(third.removed()).isEqualTo(2); // gamma, and delta under its old name
            assertThat(store.files().keySet()).containsExactlyInAnyOrderElementsOf(filesIn(docs));

            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            assertThat(retriever
                            .search(SearchRequest.of("how many eggs does the recipe need", 1))
                            .getFirst()
                            .text())
                    .contains("four eggs");
            assertThat(retriever
                            .search(SearchRequest.of("password hint cat", 1))
                            .getFirst()
                            .fileName())
                    .isEqualTo("delta-renamed.txt");
            assertThat(retriever.search(SearchRequest.of("meeting room 12 May", 5)))
                    .noneMatch(h -> h.fileName().equals("gamma.txt"));
        }
    }

    @Test
    void should_read_again_an_unchanged_file_that_an_older_way_of_reading_indexed() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Path old = Files.writeString(docs.resolve("old.txt"), "The boat Gaivota is moored at pier 7.");
        Files.writeString(docs.resolve("current.txt"), "The lemon tree was planted in March.");

        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            Indexer indexer = new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get());
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            // What an older Farol left: the same passages, under a record read another way.
            FileRecord r = store.files().get(old.toString());
            store.replaceFile(
                    new FileRecord(
                            r.path(),
                            r.size(),
                            r.modified(),
                            r.hash(),
                            r.status(),
                            r.reason(),
                            r.chunks(),
                            r.title(),
                            r.type(),
                            "parsing 0"),
                    store.passagesOf(r.path()));
            store.commit();
            Files.copy(old, docs.resolve("old-copy.txt")); // same content: must not be copied from the old passages

            IndexReport again = indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());

            assertThat(again.parsed())
                    .as("the file read the old way and its copy")
                    .isEqualTo(2);
            assertThat(again.readAgain()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(store.files().values()).allMatch(FileRecord::readAsNow);
            assertThat(store.files().get(old.toString()).reading()).isEqualTo(ReadingVersion.CURRENT);
            assertThat(store.keywordSearch(KeywordQueries.of("Gaivota pier"), PassageFilter.NONE, 5))
                    .hasSize(2);
            assertThat(indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none())
                            .parsed())
                    .isZero();
        }
    }

    @Test
    void should_keep_committed_files_when_reopened() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("one.txt"), "The lighthouse keeper's name is Amélia.");
        Path index = temp.resolve("index");
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(docs), IndexListener.NONE, CancelToken.none());
        }
        try (LucenePassageStore reader = LucenePassageStore.openReadOnly(index)) {
            assertThat(reader.files()).hasSize(1);
            assertThat(reader.keywordSearch(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 5))
                    .hasSize(1);
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::toString).toList();
        }
    }
}
