package app.farol.core.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index records its format; one a newer Farol wrote is refused, never rewritten; an older one opens. */
class IndexFormatTest {
    @TempDir
    Path temp;

    @Test
    void should_refuse_an_index_written_by_a_newer_farol_and_leave_it_as_it_was() throws Exception {
        Path index = indexNotes();
        setFormat(index, String.valueOf(LucenePassageStore.FORMAT + 1));
        Map<String, Long> before = files(index);

        assertThatThrownBy(() -> LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name()))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("newer version of Farol")
                .hasMessageContaining("Nothing in it was changed");
        assertThatThrownBy(() -> LucenePassageStore.openReadOnly(index))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("newer version of Farol");
        assertThat(files(index)).isEqualTo(before);
    }

    @Test
    void should_open_an_index_of_an_older_farol_that_recorded_no_format_and_record_its_own() throws Exception {
        Path index = indexNotes();
        setFormat(index, null); // as written before the format was recorded
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            assertThat(store.files()).hasSize(1);
            Files.writeString(temp.resolve("docs/more.txt"), "A second note about the ferry.");
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(temp.resolve("docs")), IndexListener.NONE, CancelToken.none());
        }
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            assertThat(store.files()).hasSize(2);
        }
        assertThat(commitData(index)).containsEntry("farol.format", String.valueOf(LucenePassageStore.FORMAT));
    }

    @Test
    void should_open_an_index_of_the_previous_format_and_record_the_current_one() throws Exception {
        Path index = indexNotes();
        setFormat(index, String.valueOf(LucenePassageStore.FORMAT - 1));
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            assertThat(store.files()).hasSize(1);
        }
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            Files.writeString(temp.resolve("docs/more.txt"), "A second note about the ferry.");
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(temp.resolve("docs")), IndexListener.NONE, CancelToken.none());
        }
        assertThat(commitData(index)).containsEntry("farol.format", String.valueOf(LucenePassageStore.FORMAT));
    }

    private Path indexNotes() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("tides.txt"), "High tide at the harbour is at seven.");
        Path index = temp.resolve("index");
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(docs), IndexListener.NONE, CancelToken.none());
        }
        return index;
    }

    /** Rewrites the last commit's user data as another Farol would have left it. */
    private static void setFormat(Path index, String format) throws Exception {
        Map<String, String> data = new HashMap<>(commitData(index));
        if (format == null) {
            data.remove("farol.format");
        } else {
            data.put("farol.format", format);
        }
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter w =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
    }

    private static Map<String, String> commitData(Path index) throws Exception {
        try (FSDirectory dir = FSDirectory.open(index);
                var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private static Map<String, Long> files(Path index) throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> s = Files.list(index)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.size(p));
            }
        }
        return out;
    }
}
