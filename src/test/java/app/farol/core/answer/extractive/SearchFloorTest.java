package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search floor on sample-docs (real Tika, real index, real MiniLM): noise finds nothing, and
 * the right passage of a sample question (the first hit from the expected file in the top 10
 * without the floor) survives it. The figures printed are those in docs/retrieval.md.
 */
class SearchFloorTest {
    /** Measured: 49 of 50 sample questions keep their right passage (docs/retrieval.md); the lost one shares only stems Terms does not fold ("gastámos"). */
    static final int KEPT_FLOOR = 49;

    @TempDir
    Path temp;

    @Test
    void should_find_nothing_for_noise_and_keep_the_right_passage_of_sample_questions() {
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(SampleDocs.FOLDER), IndexListener.NONE, CancelToken.none());
            HybridRetriever plain = new HybridRetriever(store, SharedEmbedder.get());
            SearchFloor floored = new SearchFloor(plain, SharedEmbedder.get());

            for (String noise : List.of("zzqqx", "qwxzv jjkq")) {
                assertThat(plain.search(SearchRequest.of(noise, 10)))
                        .as("without the floor, '%s' fills a page", noise)
                        .isNotEmpty();
                assertThat(floored.search(SearchRequest.of(noise, 10)))
                        .as("'%s' with the floor", noise)
                        .isEmpty();
            }

            int found = 0;
            int kept = 0;
            int hitsBefore = 0;
            int hitsAfter = 0;
            List<String> lost = new ArrayList<>();
            for (SampleDocs.Question q : SampleDocs.questions()) {
                List<SearchHit> before = plain.search(SearchRequest.of(q.question(), 10));
                List<SearchHit> after = floored.search(SearchRequest.of(q.question(), 10));
                hitsBefore += before.size();
                hitsAfter += after.size();
                SearchHit right = before.stream()
                        .filter(h -> h.fileName().equals(q.file()))
                        .findFirst()
                        .orElse(null);
                if (right == null) {
                    continue;
                }
                found++;
                if (after.stream()
                        .anyMatch(h -> h.path().equals(right.path()) && h.startOffset() == right.startOffset())) {
                    kept++;
                } else {
                    lost.add(q.question());
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "search floor on sample-docs: right passage kept %d of %d; hits shown %d of %d (%.0f %%)%n",
                    kept,
                    found,
                    hitsAfter,
                    hitsBefore,
                    100.0 * hitsAfter / hitsBefore);
            assertThat(kept)
                    .as("right passages kept by the floor; lost: %s", lost)
                    .isGreaterThanOrEqualTo(KEPT_FLOOR);
        }
    }
}
