package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileRecord;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.lucene.IndexDamageTest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.CommandRun;
import app.farol.testing.SampleDocs;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index lives on a small tmpfs that fills up during a run. Needs root to mount (CI runs as
 * root); skipped elsewhere.
 */
@Tag("slow")
class DiskFullTest {
    @TempDir
    Path temp;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    @Test
    void should_stop_with_a_clear_message_keep_the_last_commit_and_finish_once_space_is_freed() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small-disk"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "farol-test", small.toString())
                .redirectErrorStream(true)
                .start();
        String why = new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assumeTrue(m.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + why);
        mount = small;
        Path index = small.resolve("index");

        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("keeper.txt"), "The lighthouse keeper winds the clockwork every four hours.");
        CommandRun first = CommandRun.of("index", "--json", "--index", index.toString(), docs.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();

        SampleDocs.copyTo(docs); // much more to write now
        Path filler = small.resolve("filler.bin");
        fill(filler, small, 96 * 1024);
        CommandRun full = CommandRun.of("index", "--json", "--index", index.toString(), docs.toString());
        System.out.println(
                "disk full: exit " + full.exitCode() + ": " + full.err().strip());
        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.err())
                .contains("is full")
                .contains("free some space and index again")
                .doesNotContain("\tat ");

        IndexDamageTest.checkClean(index);
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            Map<String, FileRecord> files = store.files();
            assertThat(files)
                    .as("the last commit, intact")
                    .containsOnlyKeys(docs.resolve("keeper.txt").toString());
            assertThat(store.keywordSearch(KeywordQueries.of("clockwork"), PassageFilter.NONE, 3))
                    .hasSize(1);
        }

        Files.delete(filler);
        CommandRun after = CommandRun.of("index", "--json", "--index", index.toString(), docs.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        IndexDamageTest.checkClean(index);
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            assertThat(store.files()).hasSize(17);
            assertThat(store.keywordSearch(KeywordQueries.of("descaling coffee machine"), PassageFilter.NONE, 3))
                    .isNotEmpty();
        }
    }

    /** Writes a file that leaves about {@code leave} bytes free on the file system. */
    private static void fill(Path filler, Path on, long leave) throws IOException {
        FileStore store = Files.getFileStore(on);
        long size = store.getUsableSpace() - leave;
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler, StandardOpenOption.CREATE_NEW)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }
}
