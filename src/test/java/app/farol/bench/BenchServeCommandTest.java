package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.cli.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench serve} over real HTTP on sample-docs: every figure printed, no client error. */
@Tag("slow")
class BenchServeCommandTest {

    @Test
    void should_print_first_words_both_ways_and_the_load_figures() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new BenchServeCommand());
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--clients", "4", "--seconds", "3", "--rounds", "1", "--json"))
                .isZero();
        JsonNode r = Json.mapper().readTree(out.toString());
        for (String field : new String[] {
            "first_word_seconds_api", "first_word_seconds_in_process", "requests_per_second", "latency_p95_seconds"
        }) {
            assertThat(r.get(field).isNumber()).as(field).isTrue();
            assertThat(r.get(field).asDouble()).as(field).isPositive();
        }
        assertThat(r.get("requests").asInt()).isPositive();
        assertThat(r.get("errors").asInt()).as(r.get("error_kinds").toString()).isZero();
    }
}
