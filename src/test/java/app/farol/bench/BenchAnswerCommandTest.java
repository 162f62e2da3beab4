package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.cli.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@Tag("slow")
class BenchAnswerCommandTest {

    @Test
    void should_print_one_json_object_with_every_speed_figure_on_a_tiny_model() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new BenchAnswerCommand());
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--tiny", "--tokens", "8", "--rounds", "1", "--json"))
                .isZero();
        JsonNode r = Json.mapper().readTree(out.toString());
        for (String field : new String[] {
            "prompt_tokens_per_second",
            "generation_tokens_per_second",
            "first_token_seconds",
            "first_token_seconds_cold",
            "first_token_seconds_follow_up",
            "peak_rss_bytes",
            "bandwidth_ceiling_tokens_per_second",
            "threads_busy",
            "break_even_acceptance_k4",
            "pp512_tokens_per_second",
            "tg64_tokens_per_second",
            "instruction_prefix_tokens"
        }) {
            assertThat(r.get(field)).as(field).isNotNull();
            assertThat(r.get(field).isNumber()).as(field).isTrue();
        }
        assertThat(r.get("verify_cost_steps").size()).isEqualTo(6);
        assertThat(r.get("tokenizer").asText())
                .as("the tiny model keeps the tiny tokenizer")
                .isEqualTo("tiny");
        assertThat(r.get("prompt_tokens").asInt()).as("a real context").isGreaterThan(100);
        assertThat(r.get("speculative_same_text").asBoolean()).isTrue();
        assertThat(r.get("follow_up_prompt_tokens_read").asInt())
                .as("a follow-up on the same passages reads only its question")
                .isBetween(1, 40);
    }
}
