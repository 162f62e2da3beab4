package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void should_index_search_and_report_status_as_json() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("boat.txt"), "The boat Gaivota is moored at pier 7 in Cascais.");
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        String index = temp.resolve("index").toString();

        CommandRun indexed = CommandRun.of("index", "--json", "--index", index, docs.toString());
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        JsonNode report = Json.mapper().readTree(indexed.out());
        assertThat(report.get("indexed").asInt()).isEqualTo(1);
        assertThat(report.get("failures").get(0).get("reason").asText()).isEqualTo("empty file");
        assertThat(report.get("chunks").asInt()).isEqualTo(1);

        CommandRun search =
                CommandRun.of("search", "--json", "--k", "3", "--index", index, "where is the boat moored?");
        assertThat(search.exitCode()).isZero();
        JsonNode hit = Json.mapper().readTree(search.out()).get("hits").get(0);
        assertThat(hit.get("path").asText()).endsWith("boat.txt");
        assertThat(hit.get("text").asText()).contains("pier 7");
        assertThat(hit.has("page")).isTrue();
        assertThat(hit.has("heading")).isTrue();
        assertThat(hit.get("score").asDouble()).isPositive();

        CommandRun status = CommandRun.of("status", "--json", "--index", index);
        JsonNode s = Json.mapper().readTree(status.out());
        assertThat(s.get("files").asInt()).isEqualTo(2);
        assertThat(s.get("chunks").asInt()).isEqualTo(1);
        assertThat(s.get("failures").get(0).get("path").asText()).endsWith("empty.txt");
    }

    @Test
    void should_fail_with_one_line_naming_the_missing_folder() {
        CommandRun run = CommandRun.of(
                "index",
                "--index",
                temp.resolve("i").toString(),
                temp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("farol: folder not found: " + temp.resolve("nope"))
                .doesNotContain("Exception");
    }

    @Test
    void should_say_there_is_no_index_yet() {
        CommandRun run = CommandRun.of("search", "--index", temp.resolve("none").toString(), "anything");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no index at").contains("farol index");
    }

    @Test
    void should_refuse_a_second_writer_with_a_clear_message() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "text");
        Path index = temp.resolve("index");
        try (var first = app.farol.workspace.Workspace.forWriting(index)) {
            CommandRun second = CommandRun.of("index", "--index", index.toString(), docs.toString());
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("in use by another Farol");
        }
    }
}
