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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel (and so SIGTERM, whose shutdown cancels the run) takes effect between the slices a
 * large file is embedded in, not after the whole file: one file of some hundred passages kept
 * the desktop app from exiting for seconds after SIGTERM (issue 13, item 12).
 */
class CancelLargeFileTest {
    @TempDir
    Path temp;

    @Test
    void should_stop_embedding_a_large_file_at_the_next_slice_when_cancelled() {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            blocks.add(new TextBlock(
                    "Entry " + i + " of the harbour log: the keeper trimmed the lamp, wound the clockwork,"
                            + " noted the wind from the south-west at force " + (i % 9)
                            + " and the swell breaking over the outer breakwater before the ferry came in.",
                    0,
                    List.of(),
                    false));
        }
        ParsedDocument log = new ParsedDocument("Harbour log", "text/plain", Language.ENGLISH, blocks);
        CancelToken cancel = new CancelToken();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger afterCancel = new AtomicInteger();
        Embedder cancelling = new CancellingEmbedder(SharedEmbedder.get(), cancel, calls, afterCancel);
        Iterator<Indexer.DocumentInput> docs =
                List.of(new Indexer.DocumentInput("harbour-log", log)).iterator();
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), cancelling.name())) {
            new Indexer(store, new TikaDocumentParser(), cancelling)
                    .indexDocuments(docs, 1, IndexListener.NONE, cancel);

            assertThat(calls).as("slices embedded").hasValue(1);
            assertThat(afterCancel).as("slices embedded after the cancel").hasValue(0);
            assertThat(store.files()).as("a half-embedded file is not written").isEmpty();
        }
    }

    /** The real MiniLM; the first slice cancels the run, as SIGTERM would while it is embedded. */
    private record CancellingEmbedder(Embedder real, CancelToken cancel, AtomicInteger calls, AtomicInteger after)
            implements Embedder {
        @Override
        public List<float[]> embedAll(List<String> texts) {
            if (cancel.isCancelled()) {
                after.incrementAndGet();
            }
            calls.incrementAndGet();
            assertThat(texts).as("a full slice: the file has more").hasSize(64);
            cancel.cancel();
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
