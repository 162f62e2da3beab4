package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.TinyModels;
import app.farol.testing.CommandRun;
import app.farol.testing.SampleDocs;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `farol ask` on the real sample documents, the real index, MiniLM, and Jlama with a tiny model. */
class AskEndToEndTest {
    @TempDir
    static Path temp;

    static String index;

    @BeforeAll
    static void indexSampleDocs() {
        index = temp.resolve("index").toString();
        CommandRun run = CommandRun.of("index", "--json", "--index", index, SampleDocs.FOLDER.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void should_answer_extractively_with_a_citation_of_the_right_file_and_page() throws Exception {
        CommandRun run = CommandRun.of(
                "ask",
                "--json",
                "--model",
                "none",
                "--index",
                index,
                "Which key do I press to stop Farol while it is still writing a long answer?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = Json.mapper().readTree(run.out());
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("answer").asText()).contains("Press Esc");
        JsonNode first = answer.get("citations").get(0);
        assertThat(first.get("path").asText()).endsWith("farol-user-guide.pdf");
        assertThat(first.get("page").asInt()).isEqualTo(5);
        assertThat(answer.get("answer").asText()).contains("[" + first.get("n").asInt() + "]");
    }

    @Test
    void should_mark_the_answer_span_and_give_the_context_the_default_model_would_read() throws Exception {
        CommandRun run =
                CommandRun.of("ask", "--json", "--model", "none", "--index", index, "When is the spring concert?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = Json.mapper().readTree(run.out());
        String text = answer.get("answer").asText();
        JsonNode span = answer.get("answer_span");
        assertThat(span.isArray()).as(run.out()).isTrue();
        String spanned = text.substring(span.get(0).asInt(), span.get(1).asInt());
        assertThat(spanned).isEqualTo("25 May 2024");
        assertThat(span.get(1).asInt()).isLessThan(text.indexOf('['));
        JsonNode context = answer.get("context");
        assertThat(context.get("tokens").asInt()).isPositive().isLessThanOrEqualTo(300);
        assertThat(context.get("passages")).isNotEmpty();
        assertThat(context.get("passages").get(0).get("n").asInt()).isEqualTo(1);
        assertThat(context.get("passages"))
                .anyMatch(p -> p.get("text").asText().contains(spanned)
                        && p.get("path").asText().endsWith("choir-committee-minutes-2024-03-14.docx"));
    }

    @Test
    void should_say_not_found_for_a_question_the_documents_do_not_answer() throws Exception {
        for (String question :
                new String[] {"Who won the football World Cup final in 1998?", "Qual é a capital da Mongólia?"}) {
            CommandRun run = CommandRun.of("ask", "--json", "--model", "none", "--index", index, question);
            JsonNode answer = Json.mapper().readTree(run.out());
            assertThat(answer.get("grounded").asBoolean()).as(question).isFalse();
            assertThat(answer.get("citations")).isEmpty();
            assertThat(answer.get("answer_span").isNull()).isTrue();
            assertThat(answer.get("context").get("passages")).isEmpty();
            assertThat(answer.get("answer").asText())
                    .containsAnyOf("Not found in your documents", "Não encontrado nos seus documentos");
        }
    }

    @Test
    void should_say_on_standard_error_what_the_model_reads_and_how_fast_it_wrote() {
        CommandRun run = CommandRun.of(
                "ask",
                "--model",
                TinyModels.folder().toString(),
                "--index",
                index,
                "How often should the coffee machine be descaled?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .containsPattern("Reading \\d+ passages \\(\\d+ tokens")
                .containsPattern("\\(\\d+ tokens written at \\d+\\.\\d tokens/s\\)");
        assertThat(run.out()).doesNotContain("tokens written"); // figures stay off the answer's stream
    }

    @Test
    void should_stream_an_answer_from_the_local_model_over_the_real_index() throws Exception {
        Path model = TinyModels.folder();
        CommandRun run = CommandRun.of(
                "ask",
                "--json",
                "--model",
                model.toString(),
                "--index",
                index,
                "How often should the coffee machine be descaled?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = Json.mapper().readTree(run.out());
        assertThat(answer.get("mode").asText()).isEqualTo("llm");
        assertThat(answer.get("answer").asText()).isNotBlank();
        assertThat(answer.has("answer_span")).isTrue();
        assertThat(answer.get("context").get("tokens").asInt()).isPositive();
        assertThat(answer.get("context").get("passages"))
                .anyMatch(p -> p.get("text").asText().contains("90 days"));
        // Random weights cite nothing meaningful; whatever [n] it wrote must point at a real passage.
        for (JsonNode c : answer.get("citations")) {
            assertThat(c.get("path").asText()).startsWith(SampleDocs.FOLDER.toString());
        }
    }
}
