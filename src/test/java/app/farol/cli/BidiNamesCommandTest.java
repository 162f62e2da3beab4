package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name with a right-to-left override is shown escaped on the terminal, raw in JSON. */
class BidiNamesCommandTest {
    @TempDir
    Path temp;

    @Test
    void should_escape_bidi_controls_in_printed_names_and_keep_json_raw() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        String tricky = "invoice\u202Efdp.js";
        Files.writeString(docs.resolve(tricky), "var total = 'the lighthouse keeper was paid forty escudos';");
        Path index = temp.resolve("index");
        assertThat(CommandRun.of("index", "--index", index.toString(), docs.toString())
                        .exitCode())
                .isZero();

        CommandRun text = CommandRun.of("search", "--index", index.toString(), "lighthouse keeper paid");
        assertThat(text.out()).contains("invoice<U+202E>fdp.js").doesNotContain("\u202E");

        CommandRun json = CommandRun.of("search", "--index", index.toString(), "--json", "lighthouse keeper paid");
        assertThat(json.out()).contains(tricky);
    }
}
