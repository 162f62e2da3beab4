package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchWhileIndexingTest {
    @TempDir
    Path temp;

    @Test
    void should_answer_searches_without_error_while_indexing_runs() throws Exception {
        Path docs = SampleDocs.copyTo(temp.resolve("docs"));
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), SharedEmbedder.get().name())) {
            Indexer indexer = new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get());
            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            CompletableFuture<IndexReport> run = CompletableFuture.supplyAsync(
                    () -> indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none()));
            int searches = 0;
            int withHits = 0;
            while (!run.isDone()) {
                List<SearchHit> hits = retriever.search(SearchRequest.of("descaling the coffee machine", 5));
                searches++;
                if (!hits.isEmpty()) {
                    withHits++;
                }
            }
            assertThat(run.get().failed()).isZero();
            assertThat(searches).isGreaterThan(3);
            assertThat(retriever.search(SearchRequest.of("descaling the coffee machine", 5))).isNotEmpty();
            assertThat(withHits).as("searches during the run see files already written").isPositive();
        }
    }
}
