package app.farol.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.TinyModels;
import app.farol.testing.SampleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index, search and answer in a child JVM traced by strace: not one connect() to an internet
 * address may happen. (A closed network alone would hide an attempt; this sees it. It caught DJL's
 * call-home to 169.254.169.254, see PRIVACY.md.)
 */
@Tag("slow")
class NoNetworkTest {
    @TempDir
    Path temp;

    @Test
    void should_make_no_network_connection_while_indexing_searching_and_answering() throws Exception {
        Path index = temp.resolve("index");
        String docs = SampleDocs.copyTo(temp.resolve("docs")).toString();
        List<String> attempts = new ArrayList<>();
        attempts.addAll(traced("index", "--index", index.toString(), docs));
        attempts.addAll(traced("search", "--index", index.toString(), "descaling the coffee machine"));
        attempts.addAll(traced("ask", "--index", index.toString(), "--model", "none", "How often should I descale?"));
        attempts.addAll(traced(
                "ask",
                "--index",
                index.toString(),
                "--model",
                TinyModels.folder().toString(),
                "How often should I descale?"));
        assertThat(attempts).isEmpty();
    }

    /** Runs a command under strace and returns its connect() calls to IPv4 or IPv6 addresses. */
    private List<String> traced(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "strace", ".txt");
        List<String> command = new ArrayList<>(List.of(
                "strace",
                "-f",
                "-e",
                "trace=connect,sendto,sendmsg",
                "-o",
                log.toString(),
                ProcessHandle.current().info().command().orElse("java"),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "app.farol.app.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args) + "\n" + output).isZero();
        return Files.readAllLines(log).stream()
                .filter(l -> l.contains("AF_INET"))
                .toList();
    }
}
