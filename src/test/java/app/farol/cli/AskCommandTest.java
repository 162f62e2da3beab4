package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.SampleDocs;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.embed.Embedder;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.retrieval.Retriever;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AskCommandTest {
    private static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        SearchBackend backend = new SearchBackend() {
            final SampleDocs docs = new SampleDocs();

            @Override
            public Retriever retriever() {
                return docs;
            }

            @Override
            public Embedder embedder() {
                return embedder;
            }

            @Override
            public void close() {}
        };
        CommandLine cl = new CommandLine(new AskCommand(dir -> backend));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void should_print_json_with_answer_mode_grounded_and_citations() throws Exception {
        int code = run("--model", "none", "--json", "What", "was", "the", "revenue", "in", "2023?");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("mode").asText()).isEqualTo("extractive");
        assertThat(json.get("grounded").asBoolean()).isTrue();
        assertThat(json.get("answer").asText()).contains("7 million");
        JsonNode c = json.get("citations").get(0);
        assertThat(c.get("n").asInt()).isPositive();
        assertThat(c.get("path").asText()).endsWith("annual-report.pdf");
        assertThat(c.has("page")).isTrue();
        assertThat(c.get("text").asText()).contains("7 million");
    }

    @Test
    void should_print_not_found_with_the_closest_passages() {
        int code = run("--model", "none", "Who", "won", "the", "football", "world", "cup", "in", "1998?");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Not found in your documents").contains("[1] ");
    }

    @Test
    void should_stream_a_model_answer_with_numbered_sources_below() {
        int code = run("--model", TinyModels.folder().toString(), "What", "was", "the", "revenue", "in", "2023?");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("From the passages:").contains("Answer: ");
        assertThat(err.toString()).contains("Reading").contains("tokens/s");
    }

    @Test
    void should_name_the_folder_when_the_model_cannot_be_used() {
        int code = run("--model", "/nowhere/model", "What?");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("/nowhere/model").doesNotContain("Exception");
    }
}
