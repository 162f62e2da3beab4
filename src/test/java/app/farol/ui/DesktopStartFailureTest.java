package app.farol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.DesktopApp;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failing with something other than a FarolException still lets the app close. */
@Tag("ui")
class DesktopStartFailureTest {
    @TempDir
    Path temp;

    @Test
    void should_close_and_release_when_opening_the_library_fails_unexpectedly() throws Exception {
        SettingsStore store = new SettingsStore(temp.resolve("config/settings.json"));
        Settings bad =
                Settings.defaults(Files.createDirectories(temp.resolve("docs"))).withIndexFolder("bad\u0000index");
        store.save(bad);
        String saved = Files.readString(store.file());
        System.setProperty("farol.models", temp.resolve("models").toString());
        try {
            DesktopApp app = DesktopApp.start(store);
            assertThat(app.opened().handle((lib, e) -> e).get(60, TimeUnit.SECONDS))
                    .as("opening fails, and says so")
                    .isNotNull();
            app.close();
            assertThat(app.closed()).as("closing does not wait forever").succeedsWithin(30, TimeUnit.SECONDS);
            assertThat(Files.readString(store.file()))
                    .as("a window that failed to open saves nothing")
                    .isEqualTo(saved);
        } finally {
            System.clearProperty("farol.models");
        }
    }
}
