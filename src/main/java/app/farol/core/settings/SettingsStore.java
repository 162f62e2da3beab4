package app.farol.core.settings;

import app.farol.core.util.AtomicFiles;
import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the settings file, a JSON object with a {@code version} field.
 *
 * <p>Location: the {@code farol.settings} system property (tests), else
 * {@code $XDG_CONFIG_HOME/farol/settings.json}, else {@code ~/.config/farol/settings.json}.
 * A file from an older version is upgraded when read; unknown fields are ignored. A file that
 * cannot be read (damaged, not readable now) is kept as it is, never overwritten: the app starts
 * with the defaults in memory, {@link #problem()} says why, and {@link #save} writes nothing
 * until the file reads again, so a passing error never replaces the user's folder list with the
 * defaults. {@link #save} is atomic and durable ({@link AtomicFiles}: unique temporary name,
 * fsync, atomic move): the file holds the old or the new settings, never half of them, even
 * with two Farol processes saving at once. Thread-safe.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private volatile String problem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the user's (or the test's) settings location. */
    public static SettingsStore standard() {
        String override = System.getProperty("farol.settings");
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("farol").resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or empty when there is no file yet (a first run) or it was unreadable. */
    public synchronized Optional<Settings> load() {
        problem = null;
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (!(tree instanceof ObjectNode node)) {
                throw new IOException("not a JSON object");
            }
            return Optional.of(JSON.treeToValue(upgrade(node), Settings.class));
        } catch (IOException | RuntimeException e) {
            problem = "The settings file " + file + " could not be read (" + e.getMessage() + "). Farol starts with"
                    + " the default settings and leaves the file as it is; fix or delete it, then start Farol again.";
            LOG.warn("{}", problem);
            return Optional.empty();
        }
    }

    /** Why the last {@link #load} found a file it could not read; empty when it read (or there was none). */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Writes the settings (as the current version) atomically; writes nothing while the file on
     * disk could not be read ({@link #problem()}).
     *
     * @return whether the settings were written
     */
    public synchronized boolean save(Settings settings) {
        if (problem != null) {
            LOG.info("Settings not saved: {} is kept as it is until it can be read", file);
            return false;
        }
        Settings current = new Settings(
                Settings.CURRENT_VERSION,
                settings.folders(),
                settings.indexFolder(),
                settings.modelFolder(),
                settings.secondsToFirstWord(),
                settings.theme(),
                settings.language(),
                settings.window(),
                settings.team(),
                settings.ocrLanguages());
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(current));
            return true;
        } catch (IOException e) {
            throw new FarolException("could not save the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings an older file's fields to the current version; each version adds its step here. A
     * file written by a newer Farol is read as well as it can be (unknown fields are ignored).
     */
    static ObjectNode upgrade(ObjectNode node) {
        int version = node.path("version").asInt(Settings.CURRENT_VERSION);
        // 1 -> 2: the default answer speed went from 15 s to 5 s. Settings offered only 4 to 8 s,
        // so 15 is the old default nobody chose, not a choice to keep.
        if (version < 2 && node.path("secondsToFirstWord").asDouble() == 15) {
            node.put("secondsToFirstWord", Settings.DEFAULT_SECONDS_TO_FIRST_WORD);
        }
        if (version > Settings.CURRENT_VERSION) {
            LOG.warn(
                    "Settings file version {} is newer than this Farol understands ({})",
                    version,
                    Settings.CURRENT_VERSION);
        }
        node.put("version", Settings.CURRENT_VERSION);
        return node;
    }
}
