package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.Cl100kLlamaTokenizer;
import app.farol.bench.ModelShape;
import app.farol.bench.RandomModelWriter;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.util.CancelToken;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Llama 3's tokenizer and chat template (a tiny random model with the cl100k tokenizer). */
class Llama3TemplateTest {
    private static final ChatPrompt PROMPT = new ChatPrompt(
            AnswerPrompt.INSTRUCTIONS,
            "[1] contrato.pdf, página 2: O aluguel é de R$ 1.800,00 por mês.\n\nPergunta: Qual é o valor do aluguel?");

    @TempDir
    static Path dir;

    private static JlamaEngine engine;

    @BeforeAll
    static void load() {
        Path folder = dir.resolve("llama3-tiny");
        RandomModelWriter.write(
                folder, ModelShape.tiny(0), RandomModelWriter.Options.tinyForTests(), Cl100kLlamaTokenizer.create());
        engine = JlamaEngine.load(folder);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void should_put_the_question_and_passages_into_the_prompt_despite_the_template_trimming_messages() {
        int[] tokens = engine.promptTokens(PROMPT);
        String text = engine.codec().decode(tokens);

        assertThat(tokens[0]).isEqualTo(Cl100kLlamaTokenizer.BEGIN_OF_TEXT);
        assertThat(tokens[1]).as("<|start_header_id|>").isEqualTo(128_006);
        assertThat(text).contains("Cutting Knowledge Date").contains("Pergunta: Qual é o valor do aluguel?");
        assertThat(text).doesNotContain("FAROL-USER-MESSAGE");
    }

    @Test
    void should_reuse_the_instructions_read_at_start_up() {
        engine.prepare(AnswerPrompt.INSTRUCTIONS);

        GenerationResult r = engine.generate(
                PROMPT, new GenerationLimits(2, Duration.ofSeconds(60), 0f, 1), t -> {}, CancelToken.none());

        assertThat(r.reusedPrefixTokens()).isGreaterThan(100);
        assertThat(r.reusedPrefixTokens() + r.promptTokens()).isEqualTo(engine.promptTokens(PROMPT).length);
        assertThat(engine.instructionPrefixTokens(AnswerPrompt.INSTRUCTIONS))
                .isLessThanOrEqualTo(r.reusedPrefixTokens());
    }
}
