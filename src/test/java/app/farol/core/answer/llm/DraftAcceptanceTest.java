package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DraftAcceptanceTest {

    @Test
    void should_pick_tokens_with_the_model_distribution_whatever_the_draft() {
        float[] logits = {2.0f, 0.5f, 1.2f, -1f, 0f};
        double[] p = new double[logits.length];
        DraftAcceptance.probabilities(logits, 0.8f, p);
        Random random = new Random(3);
        int n = 200_000;
        for (int draft = 0; draft < logits.length; draft++) {
            int[] counts = new int[logits.length];
            for (int i = 0; i < n; i++) {
                counts[DraftAcceptance.pick(p, draft, random.nextDouble(), random.nextDouble())]++;
            }
            for (int x = 0; x < logits.length; x++) {
                assertThat(counts[x] / (double) n)
                        .as("draft %d, token %d", draft, x)
                        .isCloseTo(p[x], within(0.005));
            }
        }
    }

    @Test
    void should_sample_the_distribution_and_sum_to_one() {
        double[] p = new double[3];
        DraftAcceptance.probabilities(new float[] {1f, 1f, 1f}, 0.5f, p);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
        assertThat(DraftAcceptance.sample(p, 0.0)).isZero();
        assertThat(DraftAcceptance.sample(p, 0.5)).isEqualTo(1);
        assertThat(DraftAcceptance.sample(p, 0.9999)).isEqualTo(2);
    }
}
