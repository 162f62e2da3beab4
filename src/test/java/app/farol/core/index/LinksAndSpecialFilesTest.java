package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.FileScanner;
import app.farol.core.ingest.ScanResult;
import app.farol.core.ingest.ScannedFile;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.ReasonWords;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links lead nowhere outside the library, and no pipe, socket, device or system folder is read. */
class LinksAndSpecialFilesTest {
    @TempDir
    Path temp;

    @Test
    void should_not_follow_links_that_lead_outside_the_library() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("library/docs"));
        Path outside = Files.createDirectories(temp.resolve("private"));
        Files.writeString(outside.resolve("diary.txt"), "A private diary that is not part of the library.");
        Files.writeString(temp.resolve("library/beside.txt"), "A note beside the library folder.");
        Path sub = Files.createDirectories(docs.resolve("sub"));
        Files.writeString(sub.resolve("inside.txt"), "The harbour light flashes every five seconds.");
        Files.createSymbolicLink(docs.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(docs.resolve("home"), outside);
        Files.createSymbolicLink(docs.resolve("diary-link.txt"), outside.resolve("diary.txt"));
        Files.createSymbolicLink(docs.resolve("alias"), sub); // inside the library: followed, listed once

        ScanResult scan = new FileScanner().scan(List.of(docs), CancelToken.none());

        assertThat(scan.files()).extracting(ScannedFile::path).containsExactly(sub.resolve("inside.txt"));
        assertThat(scan.problems())
                .filteredOn(p -> ReasonWords.english(p.reason()).startsWith("link leads outside the library"))
                .extracting(ScanResult.Problem::path)
                .containsExactlyInAnyOrder(docs.resolve("up"), docs.resolve("home"), docs.resolve("diary-link.txt"));
    }

    @Test
    void should_never_walk_a_system_folder() {
        ScanResult scan = new FileScanner().scan(List.of(Path.of("/proc")), CancelToken.none());
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems())
                .extracting(p -> ReasonWords.english(p.reason()))
                .containsExactly("a system folder, not documents: not read");
    }

    @Test
    void should_skip_a_pipe_in_the_folder_and_one_swapped_in_after_the_scan() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), "Readable text about tides and the harbour.");
        mkfifo(docs.resolve("pipe.txt"));
        Path swapped = docs.resolve("swapped.txt");
        Files.writeString(swapped, "This file will be a pipe by the time it is read.");
        ScanResult scan = new FileScanner().scan(List.of(docs), CancelToken.none());
        assertThat(scan.files())
                .extracting(ScannedFile::path)
                .containsExactlyInAnyOrder(docs.resolve("good.txt"), swapped);

        Files.delete(swapped);
        mkfifo(swapped); // a reader that opened it now would block forever
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser()) {
            ScannedFile listed = scan.files().stream()
                    .filter(f -> f.path().equals(swapped))
                    .findFirst()
                    .orElseThrow();
            Indexer indexer = new Indexer(store, parser, SharedEmbedder.get());
            Prepared prepared = new FileSource(listed, null, Map.of(), store, parser, indexer.chunker())
                    .prepare(app.farol.core.ingest.ParseControl.NONE);
            assertThat(prepared).isInstanceOf(Prepared.RecordOnly.class);
            FileRecord r = ((Prepared.RecordOnly) prepared).record();
            assertThat(r.status()).isEqualTo(FileStatus.SKIPPED);
            assertThat(ReasonWords.english(r.reason()))
                    .isEqualTo("not a regular file (a pipe, socket or device): not read");
        }
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
    }
}
