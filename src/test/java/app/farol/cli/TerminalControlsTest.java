package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document cannot drive the terminal: its escape sequences never reach what search and ask print. */
class TerminalControlsTest {
    static final String OSC52 = "\u001B]52;c;ZWNobyBwd25lZA==\u0007"; // sets the clipboard on many terminals
    static final String CLEAR = "\u001B[2J\u001B[H";

    @TempDir
    Path temp;

    @Test
    void should_print_no_control_characters_from_a_document() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(
                docs.resolve("ferry.txt"),
                "The harbour ferry " + OSC52 + "leaves at seven " + CLEAR
                        + "every morning from pier four.\n\nThe ferry ticket costs 4 euros.\u009B31m");
        Path index = temp.resolve("index");
        assertThat(CommandRun.of("index", "--index", index.toString(), docs.toString())
                        .exitCode())
                .isZero();

        CommandRun search = CommandRun.of("search", "--index", index.toString(), "harbour ferry");
        CommandRun ask = CommandRun.of(
                "ask", "--index", index.toString(), "--model", "none", "When does the harbour ferry leave?");

        for (CommandRun run : new CommandRun[] {search, ask}) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("ferry");
            assertThat(run.out()
                            .chars()
                            .filter(c -> c == 0x1B || c == 0x07 || (c >= 0x80 && c <= 0x9F))
                            .count())
                    .as(run.out())
                    .isZero();
        }
        assertThat(Terminal.printable("a\u001B]52;c;x\u0007b\nc\td")).isEqualTo("a ]52;c;x b\nc\td");
    }
}
