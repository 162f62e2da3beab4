package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.Main;
import app.farol.core.store.lucene.IndexDamageTest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.CommandRun;
import app.farol.testing.SampleDocs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class SecondInstanceTest {
    @TempDir
    Path temp;

    @Test
    void should_tell_a_second_farol_the_index_is_in_use_and_let_the_first_finish_unharmed() throws Exception {
        Path docs = SampleDocs.copyTo(temp.resolve("docs"));
        Path index = temp.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(
                        java,
                        "--add-modules",
                        "jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "index",
                        "--verbose",
                        "--index",
                        index.toString(),
                        docs.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();

        BufferedReader lines =
                new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).as("the first Farol writes its first file").startsWith("written\t");

        CommandRun second = CommandRun.of("index", "--index", index.toString(), docs.toString());
        assertThat(first.isAlive()).as("the first Farol is still indexing").isTrue();
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err().strip())
                .startsWith("farol: the index at")
                .contains("is in use by another Farol")
                .doesNotContain("\tat ");
        CommandRun rebuild = CommandRun.of("index", "--rebuild", "--index", index.toString(), docs.toString());
        assertThat(rebuild.exitCode()).isEqualTo(1);
        assertThat(rebuild.err()).contains("in use by another Farol").doesNotContain("\tat ");

        String out = lines.lines().collect(Collectors.joining("\n"));
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(out).contains("16 indexed").contains("0 failed");
        IndexDamageTest.checkClean(index);
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            assertThat(store.files()).hasSize(16);
        }
    }
}
