package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingCostTest {
    /** The cost measured on two cores (docs/performance.md): 25 ms a token, 0.0725 ms more per position. */
    private static final ReadingCost TWO_CORES = new ReadingCost(0.025, 7.25e-5);

    @Test
    void should_recover_the_cost_line_from_chunks_read_at_rising_positions() {
        List<ReadingCost.Chunk> chunks = new ArrayList<>();
        for (int start = 0; start < 800; start += 64) {
            chunks.add(new ReadingCost.Chunk(start, 64, TWO_CORES.seconds(start, 64)));
        }
        ReadingCost fitted = ReadingCost.fit(chunks);

        assertThat(fitted.base()).isCloseTo(0.025, within(1e-4));
        assertThat(fitted.perPosition()).isCloseTo(7.25e-5, within(1e-7));
    }

    @Test
    void should_charge_the_tokens_after_a_long_prefix_more_than_the_same_tokens_first() {
        // the case that made a flat speed promise 15 s for a first word that came after 26 s
        double first = TWO_CORES.seconds(0, 364);
        double afterInstructions = TWO_CORES.seconds(466, 364);

        assertThat(afterInstructions).isGreaterThan(first * 1.5);
        assertThat(TWO_CORES.tokensPerSecond(466, 364)).isCloseTo(364 / afterInstructions, within(1e-9));
    }

    @Test
    void should_give_the_most_tokens_that_fit_a_time() {
        for (int start : new int[] {0, 140, 466}) {
            for (double seconds : new double[] {1, 5, 15}) {
                int n = TWO_CORES.tokensWithin(start, seconds);
                assertThat(TWO_CORES.seconds(start, n)).isLessThanOrEqualTo(seconds);
                assertThat(TWO_CORES.seconds(start, n + 1)).isGreaterThan(seconds);
            }
        }
        assertThat(ReadingCost.flat(40).tokensWithin(1000, 5)).isEqualTo(200);
    }

    @Test
    void should_stay_flat_when_the_chunks_span_too_few_positions_to_show_a_slope() {
        ReadingCost fitted = ReadingCost.fit(List.of(new ReadingCost.Chunk(100, 40, 1.0)));

        assertThat(fitted.perPosition()).isZero();
        assertThat(fitted.base()).isCloseTo(0.025, within(1e-12));
        assertThat(ReadingCost.fit(List.of()).known()).isFalse();
    }
}
