package app.farol.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
                .withTheme(Settings.Theme.DARK)
                .withLanguage("pt")
                .withSecondsToFirstWord(30)
                .withModelFolder("/models/llama")
                .withIndexFolder("/data/index")
                .withWindow(new Settings.WindowBounds(10, 20, 1000, 700, false));
        store.save(s);
        assertThat(store.load()).contains(s);
        assertThat(Files.readString(store.file())).contains("\"version\" : " + Settings.CURRENT_VERSION);
        assertThat(temp.resolve("cfg/farol")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void should_ignore_unknown_fields_and_fill_missing_ones_with_defaults() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"version\":1,\"folders\":[\"/docs\"],\"theme\":\"LIGHT\",\"fromTheFuture\":true}");
        Settings s = new SettingsStore(file).load().orElseThrow();
        assertThat(s.folders()).containsExactly("/docs");
        assertThat(s.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(s.secondsToFirstWord()).isEqualTo(Settings.DEFAULT_SECONDS_TO_FIRST_WORD);
        assertThat(s.language()).isEmpty();
        assertThat(s.window()).isNull();
    }

    @Test
    void should_bring_the_old_default_answer_speed_to_the_new_one_and_keep_a_chosen_one() throws IOException {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"version\":1,\"folders\":[\"/docs\"],\"secondsToFirstWord\":15}");
        assertThat(new SettingsStore(file).load().orElseThrow().secondsToFirstWord())
                .isEqualTo(5);
        Files.writeString(file, "{\"version\":1,\"folders\":[\"/docs\"],\"secondsToFirstWord\":7}");
        assertThat(new SettingsStore(file).load().orElseThrow().secondsToFirstWord())
                .isEqualTo(7);
        Files.writeString(file, "{\"version\":2,\"folders\":[\"/docs\"],\"secondsToFirstWord\":15}");
        assertThat(new SettingsStore(file).load().orElseThrow().secondsToFirstWord())
                .isEqualTo(15);
    }

    @Test
    void should_keep_an_unreadable_file_as_it_is_and_never_save_the_defaults_over_it() throws IOException {
        Path file = temp.resolve("settings.json");
        String users = "{\"version\":1,\"folders\":[\"/home/ana/contracts\",\"/home/ana/medical\"";
        Files.writeString(file, users); // cut short: cannot be read
        SettingsStore store = new SettingsStore(file);

        assertThat(store.load()).isEmpty();
        assertThat(store.problem())
                .hasValueSatisfying(p -> assertThat(p).contains(file.toString()).contains("leaves the file"));
        assertThat(store.save(Settings.defaults(temp.resolve("sample-docs")))).isFalse();
        assertThat(Files.readString(file)).isEqualTo(users);
        assertThat(temp).isDirectoryNotContaining("glob:**.broken");
    }

    @Test
    void should_leave_valid_json_while_two_writers_save_in_a_loop() throws Exception {
        Path file = temp.resolve("settings.json");
        new SettingsStore(file).save(Settings.defaults(temp.resolve("docs")));
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            SettingsStore own = new SettingsStore(file); // two instances, like two Farol processes
            int id = w;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 200 && failures.isEmpty(); i++) {
                    try {
                        own.save(Settings.defaults(temp.resolve("docs"))
                                .withFolders(java.util.stream.IntStream.range(0, 1 + (i * 7 + id) % 40)
                                        .mapToObj(n -> temp.resolve("writer-" + id + "-" + n))
                                        .toList()));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        ObjectMapper json = new ObjectMapper();
        int reads = 0;
        while (writers.stream().anyMatch(Thread::isAlive)) {
            try {
                json.readTree(file.toFile());
                reads++;
            } catch (IOException e) {
                failures.add(new AssertionError("read " + reads + ": " + e.getMessage(), e));
                break;
            }
        }
        for (Thread t : writers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(new SettingsStore(file).load()).isPresent();
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void should_honour_the_test_override_of_the_location() {
        String before = System.getProperty("farol.settings"); // the build's own, see pom.xml
        System.setProperty("farol.settings", temp.resolve("x.json").toString());
        try {
            assertThat(SettingsStore.standard().file()).isEqualTo(temp.resolve("x.json"));
        } finally {
            if (before == null) {
                System.clearProperty("farol.settings");
            } else {
                System.setProperty("farol.settings", before);
            }
        }
    }
}
