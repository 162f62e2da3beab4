package app.farol.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path temp;

    @Test
    void should_treat_a_missing_file_as_a_first_run() {
        assertThat(new SettingsStore(temp.resolve("none.json")).load()).isEmpty();
    }

    @Test
    void should_save_and_read_back_every_setting_with_the_current_version() throws IOException {
        SettingsStore store = new SettingsStore(temp.resolve("cfg/farol/settings.json"));
        Settings s = Settings.defaults(temp.resolve("docs"))
                .withFolders(List.of(temp.resolve("a"), temp.resolve("b")))
                .withTheme(Settings.Theme.DARK).withLanguage("pt").withSecondsToFirstWord(30)
                .withModelFolder("/models/llama").withIndexFolder("/data/index")
                .withWindow(new Settings.WindowBounds(10, 20, 1000, 700, false));
        store.save(s);
        assertThat(store.load()).contains(s);
        assertThat(Files.readString(store.file())).contains("\"version\" : 1");
        assertThat(temp.resolve("cfg/farol")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void should_ignore_unknown_fields_and_fill_missing_ones_with_defaults() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"version\":1,\"folders\":[\"/docs\"],\"theme\":\"LIGHT\",\"fromTheFuture\":true}");
        Settings s = new SettingsStore(file).load().orElseThrow();
        assertThat(s.folders()).containsExactly("/docs");
        assertThat(s.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(s.secondsToFirstWord()).isEqualTo(15);
        assertThat(s.language()).isEmpty();
        assertThat(s.window()).isNull();
    }

    @Test
    void should_set_a_damaged_file_aside_and_start_with_defaults() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"version\":1,\"folders\":[\"/docs\"");
        assertThat(new SettingsStore(file).load()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(temp.resolve("settings.json.broken")).exists();
    }

    @Test
    void should_honour_the_test_override_of_the_location() {
        System.setProperty("farol.settings", temp.resolve("x.json").toString());
        try {
            assertThat(SettingsStore.standard().file()).isEqualTo(temp.resolve("x.json"));
        } finally {
            System.clearProperty("farol.settings");
        }
    }
}
