package app.farol.workspace;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Default locations. The launcher passes the install folder as {@code farol.home}; the default
 * library is its {@code sample-docs}. The default index holds every passage of the user's
 * documents, so it lives in the user's own data folder, not in the install folder another user
 * may read: {@code $XDG_DATA_HOME/farol/index} (else {@code ~/.local/share/farol/index}) on
 * Linux, {@code ~/Library/Application Support/Farol/index} on macOS,
 * {@code %LOCALAPPDATA%\Farol\index} on Windows. The {@code farol.data} system property (tests)
 * overrides the data folder.
 */
public final class FarolPaths {
    private FarolPaths() {}

    public static Path home() {
        return Path.of(System.getProperty("farol.home", ".")).toAbsolutePath().normalize();
    }

    public static Path defaultIndex() {
        return dataFolder().resolve("index");
    }

    /** The user's private data folder for Farol (see the class comment). */
    public static Path dataFolder() {
        String override = System.getProperty("farol.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return dataFolder(
                System.getProperty("os.name", ""),
                System.getenv("XDG_DATA_HOME"),
                System.getenv("LOCALAPPDATA"),
                Path.of(System.getProperty("user.home")));
    }

    static Path dataFolder(String os, String xdgDataHome, String localAppData, Path userHome) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData)
                    : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Farol");
        }
        if (name.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Farol");
        }
        Path base = xdgDataHome != null
                        && !xdgDataHome.isBlank()
                        && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("farol");
    }

    public static Path sampleDocs() {
        return home().resolve("sample-docs");
    }
}
