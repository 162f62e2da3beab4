package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.embed.Embedder;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.TextBlock;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.text.Language;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a busy machine the embedder falls behind the parser and the queues between the stages fill
 * up. Once, the parser's end-of-run marker then pushed a parsed file out of the full queue, so the
 * last files of a run were silently left out (found by the crash drill).
 */
class SlowEmbedderTest {
    @TempDir
    Path temp;

    @Test
    void should_write_every_document_whatever_their_number_when_the_embedder_is_slower_than_the_parser() {
        // Whether the queue is full at the very end depends on the count, so try a run of counts.
        for (int count = 6; count <= 20; count++) {
            Path index = temp.resolve("index-" + count);
            List<Indexer.DocumentInput> docs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TextBlock note = new TextBlock(
                        "Note " + i + ": the lighthouse keeper wrote down the tide at " + (i + 1) + " o'clock.",
                        0,
                        List.of(),
                        false);
                docs.add(new Indexer.DocumentInput(
                        "note-" + i, new ParsedDocument("Note " + i, "text/plain", Language.ENGLISH, List.of(note))));
            }
            try (LucenePassageStore store = LucenePassageStore.openForWriting(
                    index, SharedEmbedder.get().name())) {
                new Indexer(store, new TikaDocumentParser(), new SlowEmbedder(SharedEmbedder.get()))
                        .indexDocuments(docs.iterator(), count, IndexListener.NONE, CancelToken.none());

                assertThat(store.files()).as("documents stored out of " + count).hasSize(count);
            }
        }
    }

    /** The real MiniLM, made as slow per batch as it is on a loaded 2-core machine. */
    private record SlowEmbedder(Embedder real) implements Embedder {
        @Override
        public List<float[]> embedAll(List<String> texts) {
            try {
                Thread.sleep(150) /* longer than the parser waits to hand on its end marker */;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.embedAll(texts);
        }

        @Override
        public float[] embed(String text) {
            return real.embed(text);
        }

        @Override
        public int dimension() {
            return real.dimension();
        }

        @Override
        public int maxTokens() {
            return real.maxTokens();
        }

        @Override
        public int countTokens(String text) {
            return real.countTokens(text);
        }

        @Override
        public String name() {
            return real.name();
        }
    }
}
