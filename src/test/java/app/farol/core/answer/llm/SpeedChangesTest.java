package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.EngineTuning.Reuse;
import app.farol.core.util.CancelToken;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each speed change that should not alter the answer (cache reuse, conversation reuse,
 * speculative decoding, chunk size) leaves greedy output the same token for token, on the tiny
 * random model through the real Jlama path.
 */
class SpeedChangesTest {
    private static final String PASSAGES = "Passages:\n<passage n=\"1\" source=\"report.pdf, page 2\">\n"
            + "The revenue in 2022 was 5 million euros. The revenue in 2023 was 7 million euros, "
            + "mostly from the harbour. The harbour traffic grew by 4 percent.\n</passage>\n\n";
    private static final ChatPrompt FIRST =
            new ChatPrompt("Answer only from the passages.", PASSAGES + "Question: What was the revenue?");
    private static final ChatPrompt FOLLOW_UP =
            new ChatPrompt("Answer only from the passages.", PASSAGES + "Question: And in 2023?");
    private static final GenerationLimits GREEDY = new GenerationLimits(48, Duration.ofSeconds(120), 0f, 1);
    private static final EngineTuning PLAIN = new EngineTuning(Reuse.NONE, 64, 0);

    private final JlamaEngine engine = TinyModels.engine();

    @AfterEach
    void restore() {
        engine.setTuning(EngineTuning.DEFAULT);
    }

    @Test
    void should_give_the_same_greedy_answer_with_and_without_speculation() {
        String plain = answer(PLAIN, FIRST).text();
        for (int k = 1; k <= 6; k++) {
            GenerationResult r = answer(PLAIN.withDraftTokens(k), FIRST);
            assertThat(r.text()).as("k=%d", k).isEqualTo(plain);
            assertThat(engine.lastDrafts().drafted()).as("k=%d drafted", k).isPositive();
        }
        assertThat(engine.lastDrafts().accepted())
                .as("some drafts kept, so verification is exercised both ways")
                .isPositive();
    }

    @Test
    void should_sample_through_the_drafts_rows_as_plain_decoding_reads_them() {
        // at a temperature this low sampling picks greedy's token, so the rows the drafts were
        // verified on must be the right ones; DraftAcceptanceTest checks the distribution itself
        String greedy = answer(PLAIN, FIRST).text();
        GenerationLimits cold = new GenerationLimits(48, Duration.ofSeconds(120), 1e-4f, 11);
        engine.setTuning(PLAIN.withDraftTokens(4));
        assertThat(engine.generate(FIRST, cold, s -> {}, CancelToken.none()).text())
                .isEqualTo(greedy);
        assertThat(engine.lastDrafts().accepted()).isPositive();
    }

    @Test
    void should_give_the_same_greedy_answer_with_any_prompt_chunk_size() {
        String plain = answer(PLAIN, FIRST).text();
        for (int chunk : new int[] {1, 7, 16, 200}) {
            assertThat(answer(PLAIN.withChunk(chunk), FIRST).text())
                    .as("chunk %d", chunk)
                    .isEqualTo(plain);
        }
    }

    @Test
    void should_give_the_same_greedy_answer_to_a_follow_up_with_the_conversation_reused() {
        String plainFirst = answer(PLAIN, FIRST).text();
        String plainFollowUp = answer(PLAIN, FOLLOW_UP).text();
        for (Reuse reuse : new Reuse[] {Reuse.INSTRUCTIONS, Reuse.CONVERSATION}) {
            engine.setTuning(EngineTuning.DEFAULT.withReuse(reuse));
            engine.prepare(FIRST.instructions());
            GenerationResult first = engine.generate(FIRST, GREEDY, s -> {}, CancelToken.none());
            GenerationResult followUp = engine.generate(FOLLOW_UP, GREEDY, s -> {}, CancelToken.none());
            GenerationResult again = engine.generate(FOLLOW_UP, GREEDY, s -> {}, CancelToken.none());
            assertThat(first.text()).as("%s first", reuse).isEqualTo(plainFirst);
            assertThat(followUp.text()).as("%s follow-up", reuse).isEqualTo(plainFollowUp);
            assertThat(again.text()).as("%s asked again", reuse).isEqualTo(plainFollowUp);
            int prefix = first.reusedPrefixTokens();
            assertThat(prefix).as("instructions read at preparation").isPositive();
            if (reuse == Reuse.CONVERSATION) {
                assertThat(followUp.reusedPrefixTokens())
                        .as("the passages shared with the previous question are not read again")
                        .isGreaterThan(prefix + 40);
                assertThat(again.promptTokens()).isEqualTo(1);
            } else {
                assertThat(followUp.reusedPrefixTokens()).isEqualTo(prefix);
            }
        }
    }

    private GenerationResult answer(EngineTuning tuning, ChatPrompt prompt) {
        engine.setTuning(tuning);
        return engine.generate(prompt, GREEDY, s -> {}, CancelToken.none());
    }
}
