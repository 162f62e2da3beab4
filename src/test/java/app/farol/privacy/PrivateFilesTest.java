package app.farol.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.TinyModels;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.model.ModelsHome;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private text lives only in files only the user can read (PRIVACY.md). */
class PrivateFilesTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_every_index_file_readable_only_by_the_user_after_indexing_and_committing() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(
                docs.resolve("secret.txt"), "The safe's combination is 12-34-56, written on the back of the clock.");
        Files.writeString(docs.resolve("notes.md"), "# Notes\n\nThe boat is called Gaivota.");
        Path index = temp.resolve("data/farol/index");

        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            Indexer indexer = new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get());
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            Files.writeString(docs.resolve("more.txt"), "A second commit, with new segment files.");
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            assertThat(modesUnder(index))
                    .as("while the index is open (write.lock too)")
                    .allSatisfy((p, mode) -> assertThat(mode)
                            .as(p)
                            .isEqualTo(Files.isDirectory(index.resolve(p)) ? "rwx------" : "rw-------"));
        }
        assertThat(modesUnder(index))
                .isNotEmpty()
                .allSatisfy((p, mode) -> assertThat(mode)
                        .as(p)
                        .isEqualTo(Files.isDirectory(index.resolve(p)) ? "rwx------" : "rw-------"));
        assertThat(mode(index)).isEqualTo("rwx------");
        assertThat(mode(index.getParent()))
                .as("a parent folder the store created")
                .isEqualTo("rwx------");
    }

    @Test
    void should_tighten_an_index_an_older_farol_left_readable_by_others() throws IOException {
        Path index = temp.resolve("index");
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            store.commit();
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            assertThat(mode(index)).isEqualTo("rwx------");
            assertThat(modesUnder(index).values()).containsOnly("rw-------");
        }
    }

    @Test
    void should_create_the_settings_and_models_folders_private() throws IOException {
        SettingsStore settings = new SettingsStore(temp.resolve("config/farol/settings.json"));
        settings.save(Settings.defaults(temp.resolve("docs")));
        assertThat(mode(temp.resolve("config/farol"))).isEqualTo("rwx------");
        assertThat(mode(settings.file())).isEqualTo("rw-------");

        Path model = TinyModels.folder();
        ModelsHome home = new ModelsHome(temp.resolve("home/.farol/models"));
        home.use(model);
        assertThat(mode(home.folder())).isEqualTo("rwx------");
        assertThat(mode(home.folder().resolve("active-model"))).isEqualTo("rw-------");
    }

    private static Map<String, String> modesUnder(Path folder) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(p -> !p.equals(folder)).toList()) {
                modes.put(folder.relativize(p).toString(), mode(p));
            }
        }
        return modes;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
