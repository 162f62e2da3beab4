package app.farol.core.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.util.FarolException;
import app.farol.testing.CommandRun;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index is found when it is opened, explained, and can be rebuilt. */
public class IndexDamageTest {
    @TempDir
    Path temp;

    @Test
    void should_detect_flipped_bytes_in_a_segment_at_open_and_offer_a_rebuild() throws IOException {
        Path docs = docs();
        Path index = temp.resolve("index");
        assertThat(CommandRun.of("index", "--json", "--index", index.toString(), docs.toString())
                        .exitCode())
                .isZero();
        Path segment = largestSegmentFile(index);
        flipBytes(segment, Files.size(segment) / 2);

        assertThatThrownBy(() -> LucenePassageStore.openReadOnly(index))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("farol index --rebuild");
        for (String command : new String[] {"search", "index", "status"}) {
            CommandRun run = command.equals("search")
                    ? CommandRun.of("search", "--index", index.toString(), "lighthouse")
                    : command.equals("index")
                            ? CommandRun.of("index", "--index", index.toString(), docs.toString())
                            : CommandRun.of("status", "--index", index.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err())
                    .as(command)
                    .contains("is damaged")
                    .contains("--rebuild")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }

        CommandRun rebuild =
                CommandRun.of("index", "--rebuild", "--json", "--index", index.toString(), docs.toString());
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        CommandRun search = CommandRun.of("search", "--index", index.toString(), "lighthouse keeper");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("keeper.txt");
    }

    @Test
    void should_detect_a_damaged_commit_point() throws IOException {
        Path index = temp.resolve("index");
        assertThat(CommandRun.of("index", "--json", "--index", index.toString(), docs().toString())
                        .exitCode())
                .isZero();
        try (Stream<Path> files = Files.list(index)) {
            Path commit = files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
            flipBytes(commit, Files.size(commit) / 2);
        }
        CommandRun search = CommandRun.of("search", "--index", index.toString(), "lighthouse");
        assertThat(search.exitCode()).isEqualTo(1);
        assertThat(search.err()).contains("is damaged").contains("--rebuild").doesNotContain("\tat ");
    }

    public static void checkClean(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                CheckIndex checker = new CheckIndex(dir)) {
            assertThat(checker.checkIndex().clean).as("CheckIndex").isTrue();
        }
    }

    private Path docs() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("keeper.txt"), "The lighthouse keeper winds the clockwork every four hours.");
        Files.writeString(docs.resolve("tides.txt"), "Spring tides come two days after the full moon.");
        return docs;
    }

    private static Path largestSegmentFile(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow();
        }
    }

    private static void flipBytes(Path file, long at) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(8);
            ch.read(b, at);
            for (int i = 0; i < b.limit(); i++) {
                b.put(i, (byte) ~b.get(i));
            }
            b.rewind();
            ch.write(b, at);
        }
    }
}
