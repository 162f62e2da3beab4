package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong folder or option is a one-line error naming it, with a non-zero exit, and nothing is written. */
class BadArgumentsTest {
    @TempDir
    Path temp;

    @Test
    void should_refuse_to_index_a_folder_that_does_not_exist_and_write_nothing() {
        Path index = temp.resolve("index");
        CommandRun run = CommandRun.of(
                "index",
                "--index",
                index.toString(),
                temp.resolve("no-such-folder").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("farol: folder not found: " + temp.resolve("no-such-folder"));
        assertThat(index).doesNotExist();
    }

    @Test
    void should_refuse_to_index_a_file_given_as_a_folder_and_write_nothing() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
        Path index = temp.resolve("index");
        CommandRun run = CommandRun.of("index", "--index", index.toString(), file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("farol: not a folder: " + file + " (give the folder that holds it)");
        assertThat(index).doesNotExist();
    }

    @Test
    void should_refuse_an_index_folder_that_is_a_file() throws IOException {
        Path file = Files.writeString(temp.resolve("index"), "not an index");
        for (String command : new String[] {"status", "search"}) {
            CommandRun run = command.equals("search")
                    ? CommandRun.of(command, "--index", file.toString(), "coffee")
                    : CommandRun.of(command, "--index", file.toString());
            assertThat(run.exitCode()).as(command).isNotZero();
            assertThat(run.err()).as(command).contains(file.toString()).doesNotContain("Exception");
        }
    }

    @Test
    void should_refuse_out_of_range_options_by_name() {
        assertRefused(CommandRun.of("search", "--index", temp.toString(), "--k", "-3", "coffee"), "--k");
        assertRefused(CommandRun.of("search", "--index", temp.toString(), "--k", "0", "coffee"), "--k");
        assertRefused(
                CommandRun.of(
                        "index", "--index", temp.resolve("i").toString(), "--commit-seconds", "0", temp.toString()),
                "--commit-seconds");
        assertRefused(
                CommandRun.of("ask", "--index", temp.toString(), "--model", "none", "--target-seconds", "-1", "why?"),
                "--target-seconds");
        assertThat(temp.resolve("i")).doesNotExist();
    }

    private static void assertRefused(CommandRun run, String option) {
        assertThat(run.exitCode()).as(option).isNotZero();
        assertThat(run.err()).as(option).contains(option).doesNotContain("Exception");
        assertThat(run.out()).as(option).doesNotContain("No passages found");
    }
}
