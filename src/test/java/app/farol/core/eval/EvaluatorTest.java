package app.farol.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.FusionMethod;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A three-document collection in the BEIR layout, indexed for real with a toy embedder. */
class EvaluatorTest {
    @TempDir
    Path temp;

    @Test
    void should_rank_documents_by_their_best_passage_and_score_the_judged_queries() throws IOException {
        Path data = collection();
        BeirCollection c = BeirCollection.read(data);
        assertThat(c.judgedQueries()).containsExactly("q1", "q2"); // q3 has only a zero grade

        EvalIndex index = EvalIndex.open(c, new ToyEmbedder(), temp.resolve("cache"), false);
        try (var store = index.store()) {
            assertThat(index.reused()).isFalse();
            assertThat(index.build().documents()).isEqualTo(3);
            ModeResult bm25 = Evaluator.run(
                    "bm25",
                    new HybridRetriever(store, new ToyEmbedder(), FusionMethod.BM25_ONLY),
                    100,
                    c,
                    EvalIndex.ID_PREFIX);
            // q1 finds d1 first (nDCG 1); q2 asks for words no document has (all 0)
            assertThat(bm25.queries()).isEqualTo(2);
            assertThat(bm25.perQueryNdcg10()).containsEntry("q1", 1.0).containsEntry("q2", 0.0);
            assertThat(bm25.ndcg10()).isCloseTo(0.5, within(1e-9));
            assertThat(bm25.mrr10()).isCloseTo(0.5, within(1e-9));
        }
        EvalIndex again = EvalIndex.open(c, new ToyEmbedder(), temp.resolve("cache"), false);
        again.store().close();
        assertThat(again.reused()).isTrue();
        assertThat(again.folder()).isEqualTo(index.folder());
    }

    @Test
    void should_list_each_document_once_at_its_best_passage() {
        var p = List.of(passage("b", 0), passage("a", 2), passage("b", 1), passage("c", 0));
        assertThat(Evaluator.documentRanking(p, "")).containsExactly("b", "a", "c");
    }

    private Path collection() throws IOException {
        Path data = Files.createDirectories(temp.resolve("toy"));
        Files.writeString(data.resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "Lighthouses", "text": "The lighthouse keeper climbs the tower every evening to light the lamp."}
                {"_id": "d2", "title": "Bread", "text": "Knead the dough for ten minutes and let it rise in a warm place."}
                {"_id": "d3", "title": "Tides", "text": "The moon pulls the sea and the tide rises twice a day."}
                """);
        Files.writeString(data.resolve("queries.jsonl"), """
                {"_id": "q1", "text": "who lights the lighthouse lamp"}
                {"_id": "q2", "text": "zeppelin altitude record"}
                {"_id": "q3", "text": "bread"}
                """);
        Files.writeString(data.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t2\nq2\td3\t1\nq3\td2\t0\n");
        return data;
    }

    private static app.farol.core.store.StoredPassage passage(String path, int ordinal) {
        return new app.farol.core.store.StoredPassage(
                path, "", "txt", Language.ENGLISH, ordinal, "", 0, List.of(), 0, 0, new float[0]);
    }

    /** Vectors from letter counts: cheap, deterministic, unit length. */
    private static final class ToyEmbedder implements Embedder {
        @Override
        public float[] embed(String text) {
            float[] v = new float[26];
            double norm = 0;
            for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
                if (ch >= 'a' && ch <= 'z') {
                    v[ch - 'a']++;
                }
            }
            for (float f : v) {
                norm += f * f;
            }
            v[0] += norm == 0 ? 1 : 0;
            norm = Math.max(1, Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
            return v;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 26;
        }

        @Override
        public int maxTokens() {
            return 126;
        }

        @Override
        public int countTokens(String text) {
            return text.split("\\s+").length;
        }

        @Override
        public String name() {
            return "toy";
        }
    }
}
