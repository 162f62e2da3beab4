package app.farol.testing;

import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@link SecretService} for the tests of one class: started before the first test in a
 * temporary home of its own, stopped and deleted after the last. Use it as
 * {@code @RegisterExtension static final SecretServiceExtension secrets = new SecretServiceExtension();}.
 */
public final class SecretServiceExtension implements BeforeAllCallback, AfterAllCallback {
    private Path home;
    private SecretService service;
    private Keyring keyring;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("farol-keyring-");
        service = SecretService.start(home);
        keyring = Keyrings.of("Linux", service.environment());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (service != null) {
            service.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The keyring's home: its files are under it, and nothing else's. */
    public Path home() {
        return home;
    }

    /** What a program needs in its environment to reach this keyring. */
    public Map<String, String> environment() {
        return service.environment();
    }

    /** Farol's keyring on this Secret Service. */
    public Keyring keyring() {
        return keyring;
    }
}
