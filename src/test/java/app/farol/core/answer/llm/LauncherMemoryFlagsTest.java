package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The memory flags the launchers pass to the JVM ({@code packaging/jvm-memory-options}, read by
 * {@code ./farol} and by the installer) change where memory goes, never the answer: the tiny
 * random model answers greedily, token for token the same, in a child JVM with and without them.
 */
class LauncherMemoryFlagsTest {
    static final Path OPTIONS = Path.of("packaging", "jvm-memory-options");

    @Test
    void should_give_the_same_greedy_answer_with_and_without_the_launchers_memory_flags() throws Exception {
        List<String> flags = memoryFlags();
        assertThat(flags).as("flags in " + OPTIONS).isNotEmpty();

        List<String> plain = answerInChildJvm(List.of());
        List<String> launched = answerInChildJvm(flags);

        assertThat(Integer.parseInt(plain.get(1))).as("tokens generated").isPositive();
        assertThat(launched.subList(1, 3)).as("token count and text").isEqualTo(plain.subList(1, 3));
        assertThat(launched.get(0))
                .as("the flags reached the JVM: its collectors differ")
                .isNotEqualTo(plain.get(0));
    }

    /** The file's flags: one a line, {@code #} starts a comment. */
    static List<String> memoryFlags() throws IOException {
        return Files.readAllLines(OPTIONS, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static List<String> answerInChildJvm(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(flags);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                GreedyAnswerMain.class.getName(),
                TinyModels.folder().toString()));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("child JVM's exit, output: " + out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).hasSizeGreaterThanOrEqualTo(3);
        return lines.subList(lines.size() - 3, lines.size());
    }
}
