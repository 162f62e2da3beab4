package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchWhileIndexingTest {
    @TempDir
    Path temp;

    @Test
    void should_answer_searches_without_error_while_indexing_runs_and_stay_quick() throws Exception {
        Path docs = SampleDocs.copyTo(temp.resolve("docs"));
        List<String> questions = SampleDocs.questions().stream()
                .map(SampleDocs.Question::question)
                .toList();
        List<Long> latencies = new ArrayList<>();
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                IsolatedDocumentParser parser = new IsolatedDocumentParser()) {
            Indexer indexer = new Indexer(store, parser, SharedEmbedder.get());
            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            CompletableFuture<IndexReport> run = CompletableFuture.supplyAsync(
                    () -> indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none()));
            int searches = 0;
            int withHits = 0;
            while (!run.isDone()) {
                long start = System.nanoTime();
                List<SearchHit> hits =
                        retriever.search(SearchRequest.of(questions.get(searches % questions.size()), 5));
                latencies.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(20); // a person types between questions
                searches++;
                if (!hits.isEmpty()) {
                    withHits++;
                }
            }
            assertThat(run.get().failed()).isZero();
            Collections.sort(latencies);
            long p50 = latencies.get(latencies.size() / 2);
            long p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
            System.out.printf(
                    Locale.ROOT,
                    "search while indexing: %d searches, p50 %d ms, p95 %d ms, max %d ms%n",
                    latencies.size(),
                    p50,
                    p95,
                    latencies.getLast());
            assertThat(p95).isLessThan(1500);
            assertThat(searches).isGreaterThan(3);
            assertThat(retriever.search(SearchRequest.of("descaling the coffee machine", 5)))
                    .isNotEmpty();
            assertThat(withHits)
                    .as("searches during the run see files already written")
                    .isPositive();
            // Searches that found nothing yet are fine; none may fail.
        }
    }
}
