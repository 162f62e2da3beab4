package app.farol.app;

import java.nio.file.Path;

/**
 * Default locations. The launcher passes the install folder as {@code farol.home}; the default
 * library is its {@code sample-docs} and the default index its {@code index}.
 */
public final class FarolPaths {
    private FarolPaths() {}

    public static Path home() {
        return Path.of(System.getProperty("farol.home", ".")).toAbsolutePath().normalize();
    }

    public static Path defaultIndex() {
        return home().resolve("index");
    }

    public static Path sampleDocs() {
        return home().resolve("sample-docs");
    }
}
