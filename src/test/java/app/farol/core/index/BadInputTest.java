package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.ReasonWords;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path temp;

    @Test
    void should_report_empty_binary_and_unsupported_files_with_specific_reasons_and_index_the_rest()
            throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), "The harbour light flashes every five seconds.");
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(docs.resolve("noise.dat"), noise);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docs.resolve("archive.zip")))) {
            zip.putNextEntry(new ZipEntry("inside.txt"));
            zip.write("zipped text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] wordPerfect = new byte[600];
        new Random(8).nextBytes(wordPerfect);
        System.arraycopy(new byte[] {(byte) 0xFF, 'W', 'P', 'C'}, 0, wordPerfect, 0, 4);
        Files.write(docs.resolve("letter.wpd"), wordPerfect);
        Files.writeString(docs.resolve(".hidden-notes.txt"), "hidden files are private clutter");
        Files.createSymbolicLink(docs.resolve("loop"), docs); // a link back to its own folder

        Map<String, FileRecord> files = indexFolder(docs);

        assertThat(files.get(docs.resolve("good.txt").toString()).status()).isEqualTo(FileStatus.INDEXED);
        assertThat(reason(files, docs.resolve("empty.txt"))).isEqualTo("empty file");
        assertThat(reason(files, docs.resolve("noise.dat")))
                .isEqualTo("unsupported format: binary data of an unknown type");
        assertThat(reason(files, docs.resolve("letter.wpd")))
                .isEqualTo("unsupported format: application/vnd.wordperfect");
        assertThat(files.get(docs.resolve("archive.zip").toString()).status())
                .as("its members are read")
                .isEqualTo(FileStatus.INDEXED);
        assertThat(files).doesNotContainKey(docs.resolve(".hidden-notes.txt").toString());
        assertThat(files).hasSize(5); // the looped folder is not walked twice
    }

    @Test
    void should_report_a_file_it_may_not_read() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), "Readable text about tides.");
        Path secret = docs.resolve("secret.txt");
        Files.writeString(secret, "nobody may read this");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Map<String, FileRecord> files;
        if (Files.isReadable(secret)) {
            // We are root: permissions do not bind root. Index from a user namespace, where they do.
            files = Unprivileged.index(docs, temp.resolve("index"));
        } else {
            files = indexFolder(docs);
        }
        assertThat(files.get(secret.toString()).status()).isEqualTo(FileStatus.FAILED);
        assertThat(ReasonWords.english(files.get(secret.toString()).reason()))
                .isEqualTo("cannot read the file: permission denied");
        assertThat(files.get(docs.resolve("good.txt").toString()).status()).isEqualTo(FileStatus.INDEXED);
    }

    private Map<String, FileRecord> indexFolder(Path docs) {
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(docs), IndexListener.NONE, CancelToken.none());
            return store.files();
        }
    }

    private static String reason(Map<String, FileRecord> files, Path p) {
        FileRecord r = files.get(p.toString());
        assertThat(r).as(p.toString()).isNotNull();
        assertThat(r.status()).isEqualTo(FileStatus.SKIPPED);
        return ReasonWords.english(r.reason());
    }
}
