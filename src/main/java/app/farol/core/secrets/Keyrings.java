package app.farol.core.secrets;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds this system's keyring. */
public final class Keyrings {
    private Keyrings() {}

    /** The keyring of this system and user. */
    public static Keyring system() {
        return of(System.getProperty("os.name", ""), System.getenv());
    }

    /**
     * The keyring for an operating system and environment (the environment tells where {@code
     * secret-tool} is and which session bus to talk to).
     */
    public static Keyring of(String osName, Map<String, String> environment) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Keyring.none("Farol reads secrets from the keyring on Linux only for now: on " + osName
                    + ", set the secret in an environment variable");
        }
        Optional<Path> tool = onPath("secret-tool", environment.getOrDefault("PATH", ""));
        if (tool.isEmpty()) {
            return Keyring.none("no keyring program: install libsecret-tools (apt install libsecret-tools, "
                    + "dnf install libsecret) and a keyring such as GNOME Keyring or KeePassXC, "
                    + "or set the secret in an environment variable");
        }
        return new SecretToolKeyring(tool.get(), environment);
    }

    private static Optional<Path> onPath(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
