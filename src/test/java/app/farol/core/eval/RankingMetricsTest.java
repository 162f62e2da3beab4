package app.farol.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each expected figure is worked out by hand in the comment above it. */
class RankingMetricsTest {
    private static final double EPS = 1e-9;

    @Test
    void should_give_full_marks_when_the_only_relevant_document_comes_first() {
        Map<String, Integer> judged = Map.of("a", 1);
        List<String> ranking = List.of("a", "b", "c");
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.recall(ranking, judged, 10)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void should_discount_a_relevant_document_by_the_log_of_its_rank() {
        // relevant at rank 3: DCG = 1/log2(4) = 0.5, IDCG = 1/log2(2) = 1
        Map<String, Integer> judged = Map.of("c", 1);
        List<String> ranking = List.of("a", "b", "c");
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void should_use_graded_judgments_as_linear_gains() {
        // grades x=3, y=1, z=2. Ranking y, x, w(unjudged):
        // DCG = 1/log2(2) + 3/log2(3) + 0 = 1 + 1.892789 = 2.892789
        // IDCG = 3/1 + 2/log2(3) + 1/log2(4) = 3 + 1.261860 + 0.5 = 4.761860; nDCG = 0.607492
        Map<String, Integer> judged = Map.of("x", 3, "y", 1, "z", 2);
        List<String> ranking = List.of("y", "x", "w");
        double dcg = 1 + 3 / (Math.log(3) / Math.log(2));
        double idcg = 3 + 2 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isCloseTo(dcg / idcg, within(EPS));
        assertThat(dcg / idcg).isCloseTo(0.607492, within(1e-6));
        // two of the three relevant documents are in the list
        assertThat(RankingMetrics.recall(ranking, judged, 10)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void should_count_a_zero_grade_as_not_relevant() {
        // "a" was judged and found of no interest (grade 0): it gains nothing and is not a hit
        Map<String, Integer> judged = Map.of("a", 0, "b", 2);
        List<String> ranking = List.of("a", "b");
        // DCG = 2/log2(3) = 1.261860, IDCG = 2
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.recall(ranking, judged, 10)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void should_score_zero_when_no_relevant_document_is_retrieved() {
        Map<String, Integer> judged = Map.of("x", 1, "y", 2);
        List<String> ranking = List.of("a", "b", "c");
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isZero();
        assertThat(RankingMetrics.recall(ranking, judged, 100)).isZero();
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isZero();
    }

    @Test
    void should_only_look_at_the_first_k_documents() {
        // relevant at rank 11: outside @10, inside @100
        List<String> ranking = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "r");
        Map<String, Integer> judged = Map.of("r", 1, "s", 1);
        assertThat(RankingMetrics.ndcg(ranking, judged, 10)).isZero();
        assertThat(RankingMetrics.reciprocalRank(ranking, judged, 10)).isZero();
        assertThat(RankingMetrics.recall(ranking, judged, 10)).isZero();
        assertThat(RankingMetrics.recall(ranking, judged, 100)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void should_ignore_repeats_of_a_document_already_ranked() {
        // a second chunk of "a" must not push "b" out of the top 2 or count twice
        Map<String, Integer> judged = Map.of("a", 1, "b", 1);
        List<String> ranking = List.of("a", "a", "b");
        assertThat(RankingMetrics.recall(ranking, judged, 2)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.ndcg(ranking, judged, 2)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void should_cap_the_ideal_ranking_at_k_when_more_documents_are_relevant() {
        // 3 relevant, k = 2, ranking r1, x: DCG = 1, IDCG = 1 + 1/log2(3) = 1.630930
        Map<String, Integer> judged = Map.of("r1", 1, "r2", 1, "r3", 1);
        List<String> ranking = List.of("r1", "x");
        assertThat(RankingMetrics.ndcg(ranking, judged, 2))
                .isCloseTo(1 / (1 + 1 / (Math.log(3) / Math.log(2))), within(EPS));
    }
}
