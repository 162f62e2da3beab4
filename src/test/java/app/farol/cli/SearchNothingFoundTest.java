package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farol search} shows only what passes the relevance floor, counts it, and says when nothing does. */
class SearchNothingFoundTest {
    @TempDir
    Path temp;

    @Test
    void should_say_nothing_found_for_noise_and_count_only_the_hits_that_pass() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("boat.txt"), "The boat Gaivota is moored at pier 7 in Cascais.");
        Files.writeString(
                docs.resolve("cake.txt"), "Preheat the oven to 180 degrees and bake the sponge for forty minutes.");
        String index = temp.resolve("index").toString();
        assertThat(CommandRun.of("index", "--index", index, docs.toString()).exitCode())
                .isZero();

        CommandRun noise = CommandRun.of("search", "--index", index, "zzqqx");
        assertThat(noise.exitCode()).as(noise.err()).isZero();
        assertThat(noise.out().strip()).isEqualTo("Nothing found for: zzqqx");
        JsonNode none = Json.mapper()
                .readTree(CommandRun.of("search", "--json", "--index", index, "zzqqx")
                        .out());
        assertThat(none.get("hits")).isEmpty();

        CommandRun boat = CommandRun.of("search", "--index", index, "where is the boat moored?");
        assertThat(boat.out()).startsWith("1 result").contains("boat.txt").doesNotContain("cake.txt");
    }
}
