package app.farol.core.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Farol's version, as the build wrote it (from the pom) into {@code app/farol/version.properties}. */
public final class FarolVersion {
    private static final String VERSION = read();

    private FarolVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = FarolVersion.class.getResourceAsStream("/app/farol/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
