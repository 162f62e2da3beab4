package app.farol.core.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.ReadingVersion;
import app.farol.testing.CommandRun;
import app.farol.testing.ReasonWords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index the Farol before reasons were data wrote (commit 947dd49, {@code farol index} on
 * boat.txt, empty.txt, an encrypted .docx and random bytes; see {@code index-947dd49.README}):
 * it opens, its reasons keep their kinds and show their English sentences as their detail, and
 * no file counts as read another way for this change (only for the scans' parsing bump).
 */
class OlderIndexReasonsTest {
    @TempDir
    Path temp;

    @Test
    void should_open_an_index_with_english_reasons_and_show_them() throws IOException {
        Path index = unzip("index-947dd49.zip", temp.resolve("index"));
        Map<String, FileRecord> byName = new HashMap<>();
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            store.files()
                    .values()
                    .forEach(r -> byName.put(Path.of(r.path()).getFileName().toString(), r));
            assertThat(store.passagesOf(byName.get("boat.txt").path())).isNotEmpty();
        }
        assertThat(byName).containsOnlyKeys("boat.txt", "empty.txt", "locked.docx", "blob.bin");
        // Reasons as data changed no reading version; the files are read again only for the parsing
        // bump that came with the scans' page counts (parsing 6), not for their reasons.
        assertThat(byName.values())
                .extracting(r -> r.reading().replace("parsing 5,", "parsing 6,"))
                .as("read as this build reads but for the scans' parsing bump")
                .containsOnly(ReadingVersion.CURRENT);

        FileRecord boat = byName.get("boat.txt");
        assertThat(boat.status()).isEqualTo(FileStatus.INDEXED);
        assertThat(boat.reason()).isEqualTo(Reason.NONE);

        Reason locked = byName.get("locked.docx").reason();
        assertThat(locked.kind()).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(locked.cause()).isEqualTo(Cause.STORED_TEXT);
        assertThat(ReasonWords.english(locked)).isEqualTo("encrypted: needs a password");
        assertThat(ReasonWords.portuguese(locked))
                .isEqualTo("encrypted: needs a password (em inglês: anotado por uma versão anterior do Farol)");
        assertThat(byName.get("empty.txt").kind()).isEqualTo(ReasonKind.NO_TEXT);
        assertThat(byName.get("blob.bin").kind()).isEqualTo(ReasonKind.UNSUPPORTED);
        assertThat(ReasonWords.english(byName.get("blob.bin").reason()))
                .isEqualTo("unsupported format: binary data of an unknown type");

        Path settings = temp.resolve("settings.json");
        new SettingsStore(settings).save(Settings.defaults(temp).withLanguage("pt"));
        String buildSettings = System.getProperty("farol.settings"); // pom.xml's, put back after
        System.setProperty("farol.settings", settings.toString());
        try {
            CommandRun status = CommandRun.of("status", "--index", index.toString());
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("locked.docx: encrypted: needs a password (em inglês: anotado por");
        } finally {
            if (buildSettings == null) {
                System.clearProperty("farol.settings");
            } else {
                System.setProperty("farol.settings", buildSettings);
            }
        }
    }

    private Path unzip(String resource, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = getClass().getResourceAsStream(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = folder.resolve(e.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        return folder;
    }
}
