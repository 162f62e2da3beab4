package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VerifyCostTest {
    // forward 100 ms, sample 50 ms, a batch of n tokens 100 + 25 (n - 1) ms
    private final VerifyCost cost = new VerifyCost(100, 50, new double[] {0, 100, 125, 150, 175, 200, 225, 250});

    @Test
    void should_express_verification_in_decoding_steps_and_its_break_even() {
        assertThat(cost.verifySteps(4)).isCloseTo((200 + 50) / 150.0, within(1e-9));
        assertThat(cost.breakEvenAccepted(4)).isCloseTo(1.0, within(1e-9));
        double a = cost.breakEvenTokenAcceptance(4);
        assertThat(a + a * a + a * a * a + a * a * a * a).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void should_say_one_when_no_acceptance_can_pay() {
        VerifyCost dear = new VerifyCost(100, 50, new double[] {0, 100, 300, 400, 500, 600});
        assertThat(dear.breakEvenTokenAcceptance(4)).isEqualTo(1.0);
    }
}
