package app.farol.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.farol.core.store.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {

    @Test
    void should_combine_min_max_normalised_scores_in_proportion_to_the_vector_weight() {
        // BM25 a 10, b 2, c 1 -> normalised a 1, b 1/9, c 0; vectors b .80, c .79, a .78 -> b 1, c .5, a 0
        List<Candidate> keyword = List.of(hit("a", 10), hit("b", 2), hit("c", 1));
        List<Candidate> vector = List.of(hit("b", 0.80f), hit("c", 0.79f), hit("a", 0.78f));
        // weight 1 (half each): a .5, b .5/9 + .5 = .5556, c .25
        List<Fusion.Fused> even = Fusion.convex(keyword, vector, 1.0);
        assertThat(even).extracting(Fusion.Fused::id).containsExactly("b", "a", "c");
        assertThat(even.getFirst().score()).isCloseTo(0.5 / 9 + 0.5, within(1e-6));
        // weight 1/3 (a quarter on vectors): a .75, b .75/9 + .25 = .3333, c .125
        assertThat(Fusion.convex(keyword, vector, 1.0 / 3))
                .extracting(Fusion.Fused::id)
                .containsExactly("a", "b", "c");
    }

    @Test
    void should_score_a_passage_missing_from_one_list_as_that_lists_lowest() {
        List<Fusion.Fused> fused =
                Fusion.convex(List.of(hit("a", 5), hit("b", 1)), List.of(hit("c", 0.9f), hit("b", 0.5f)), 1.0);
        // a .5*1 = .5; c .5*1 = .5; b 0 + 0 = 0
        assertThat(fused).extracting(Fusion.Fused::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(fused.getLast().id()).isEqualTo("b");
        assertThat(fused.getFirst().score()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void should_give_full_weight_to_the_only_list_there_is() {
        List<Fusion.Fused> fused = Fusion.convex(List.of(hit("a", 3)), List.of(), 1.0);
        assertThat(fused).singleElement().satisfies(f -> assertThat(f.score()).isCloseTo(0.5, within(1e-6)));
    }

    @Test
    void should_sum_weighted_reciprocal_ranks() {
        // a: 1/61 + .5/62; b: 1/62 + .5/61
        List<Fusion.Fused> fused =
                Fusion.reciprocalRank(List.of(hit("a", 9), hit("b", 1)), List.of(hit("b", .9f), hit("a", .1f)), 0.5);
        assertThat(fused).extracting(Fusion.Fused::id).containsExactly("a", "b");
        assertThat(fused.getFirst().score()).isCloseTo(1.0 / 61 + 0.5 / 62, within(1e-9));
    }

    @Test
    void should_scale_each_passages_vector_part_by_its_share() {
        // As in the first test with weight 1, but passage b's vector part counts a tenth (a
        // Portuguese passage for an English question), and its keywords the other nine tenths
        // of the vector's half: a .5, b .95/9 + .05 = .1556, c .25
        List<Candidate> keyword = List.of(hit("a", 10), hit("b", 2), hit("c", 1));
        List<Candidate> vector = List.of(hit("b", 0.80f), hit("c", 0.79f), hit("a", 0.78f));
        List<Fusion.Fused> fused = Fusion.convex(keyword, vector, 1.0, false, id -> id.equals("b") ? 0.1 : 1);
        assertThat(fused).extracting(Fusion.Fused::id).containsExactly("a", "c", "b");
        assertThat(fused.getLast().score()).isCloseTo(0.95 / 9 + 0.05, within(1e-6));
        List<Fusion.Fused> ranks = Fusion.reciprocalRank(keyword, vector, 1.0, id -> id.equals("b") ? 0 : 1);
        assertThat(ranks.stream()
                        .filter(f -> f.id().equals("b"))
                        .findFirst()
                        .orElseThrow()
                        .score())
                .isCloseTo(1.0 / 62, within(1e-9));
    }

    @Test
    void should_rank_a_passage_whose_similarity_does_not_count_by_its_keywords_alone() {
        // "Who is the landlord?": the Portuguese contract's clause is BM25's first, but its
        // similarity to the English question is noise (share 0); English passages are only
        // similar. Without the keywords taking the vector's weight, x and y came first.
        List<Candidate> keyword = List.of(hit("pt", 8), hit("x", 1));
        List<Candidate> vector = List.of(hit("x", 0.9f), hit("y", 0.89f), hit("pt", 0.5f));
        List<Fusion.Fused> fused = Fusion.convex(keyword, vector, 1.0, false, id -> id.equals("pt") ? 0 : 1);
        assertThat(fused.getFirst().id()).isEqualTo("pt");
        assertThat(fused.getFirst().score()).isCloseTo(1.0, within(1e-6));
    }

    private static Candidate hit(String id, float score) {
        return new Candidate(id, score);
    }
}
