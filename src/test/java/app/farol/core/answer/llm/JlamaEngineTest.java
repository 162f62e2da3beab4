package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JlamaEngineTest {
    private static final ChatPrompt PROMPT = new ChatPrompt(
            "Answer only from the passages.",
            "[1] report.pdf, page 2: The revenue in 2022 was 5 million.\n\nQuestion: What was the revenue?");
    private static final GenerationLimits GREEDY_12 = new GenerationLimits(12, Duration.ofSeconds(60), 0f, 1);

    @Test
    void should_stream_tokens_as_they_are_generated() {
        List<String> pieces = new ArrayList<>();
        GenerationResult r = TinyModels.engine().generate(PROMPT, GREEDY_12, pieces::add, CancelToken.none());

        assertThat(r.generatedTokens()).isEqualTo(12);
        assertThat(r.stopReason()).isEqualTo(StopReason.TOKEN_CAP);
        assertThat(pieces).isNotEmpty();
        assertThat(String.join("", pieces)).isEqualTo(r.text());
        assertThat(r.promptTokens() + r.reusedPrefixTokens()).isGreaterThan(20);
    }

    @Test
    void should_know_its_reading_cost_once_it_has_read_a_prompt() {
        JlamaEngine engine = TinyModels.engine();
        engine.generate(PROMPT, GREEDY_12, t -> {}, CancelToken.none());

        ReadingCost cost = engine.readingCost();
        assertThat(cost.known()).isTrue();
        assertThat(cost.seconds(0, 100)).isPositive();
        assertThat(cost.seconds(500, 100)).isGreaterThanOrEqualTo(cost.seconds(0, 100));
    }

    @Test
    void should_leave_the_first_chunk_after_loading_out_of_the_reading_cost() {
        try (JlamaEngine fresh = JlamaEngine.load(TinyModels.folder())) {
            fresh.prepare(AnswerPrompt.INSTRUCTIONS); // several chunks of 64 with the tiny tokenizer

            List<ReadingCost.Chunk> fitted = fresh.recentChunks();
            assertThat(fitted).isNotEmpty();
            assertThat(fitted.getFirst().start()).isEqualTo(fresh.tuning().chunk());
        }
    }

    @Test
    void should_report_prompt_reading_chunk_by_chunk_up_to_every_token_read() {
        ChatPrompt unseen = new ChatPrompt(
                "Answer only from the passages.",
                "[1] notes.txt: " + "The boiler was serviced in March by a technician. ".repeat(12)
                        + "\n\nQuestion: When was the boiler serviced?");
        List<int[]> progress = new ArrayList<>();
        GenerationResult r = TinyModels.engine()
                .generate(
                        unseen,
                        new GenerationLimits(2, Duration.ofSeconds(60), 0f, 1),
                        new TokenSink() {
                            @Override
                            public void onText(String text) {}

                            @Override
                            public void onPromptRead(int read, int total) {
                                progress.add(new int[] {read, total});
                            }
                        },
                        CancelToken.none());

        assertThat(progress).hasSizeGreaterThan(1); // more than one chunk of 64 tokens
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThan(progress.get(i - 1)[0]);
        }
        int[] last = progress.getLast();
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(r.promptTokens());
    }

    @Test
    void should_stop_when_the_cancel_token_is_set() {
        CancelToken cancel = new CancelToken();
        List<String> pieces = new ArrayList<>();
        GenerationLimits many = new GenerationLimits(500, Duration.ofSeconds(60), 0f, 1);
        GenerationResult r = TinyModels.engine()
                .generate(
                        PROMPT,
                        many,
                        t -> {
                            pieces.add(t);
                            if (pieces.size() == 3) {
                                cancel.cancel();
                            }
                        },
                        cancel);

        assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.generatedTokens()).isLessThan(10);
    }

    @Test
    void should_stop_at_the_time_cap() {
        GenerationLimits capped = new GenerationLimits(100_000, Duration.ofMillis(300), 0f, 1);
        long t = System.nanoTime();
        GenerationResult r = TinyModels.engine().generate(PROMPT, capped, s -> {}, CancelToken.none());

        assertThat(r.stopReason()).isEqualTo(StopReason.TIME_CAP);
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void should_give_the_same_greedy_answer_with_and_without_the_reused_prefix() {
        JlamaEngine engine = TinyModels.engine();
        GenerationResult first = engine.generate(PROMPT, GREEDY_12, s -> {}, CancelToken.none());
        GenerationResult reused = engine.generate(PROMPT, GREEDY_12, s -> {}, CancelToken.none());
        engine.setTuning(EngineTuning.DEFAULT.withReuse(EngineTuning.Reuse.NONE));
        try {
            GenerationResult fresh = engine.generate(PROMPT, GREEDY_12, s -> {}, CancelToken.none());
            assertThat(reused.reusedPrefixTokens()).isGreaterThan(0);
            assertThat(fresh.reusedPrefixTokens()).isZero();
            assertThat(fresh.promptTokens()).isEqualTo(reused.promptTokens() + reused.reusedPrefixTokens());
            assertThat(reused.text()).isEqualTo(first.text()).isEqualTo(fresh.text());
        } finally {
            engine.setTuning(EngineTuning.DEFAULT);
        }
    }

    @Test
    void should_reject_a_folder_that_is_not_a_model(@TempDir Path dir) {
        assertThatThrownBy(() -> JlamaEngine.load(dir))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("config.json is missing");
    }

    @Test
    void should_round_trip_accented_text_through_the_codec() {
        TokenCodec codec = TinyModels.engine().codec();
        int[] ids = codec.encode("Qual foi a receita em 2023? Não sei, coração.");
        assertThat(codec.decode(ids).strip()).isEqualTo("Qual foi a receita em 2023? Não sei, coração.");
    }
}
