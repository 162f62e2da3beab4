package app.farol.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Secret Service for a test: a D-Bus session bus of its own and GNOME Keyring on it,
 * unlocked, with its files under a temporary home, so nothing touches the user's own keyring.
 * {@link #environment()} is what a program needs to reach it.
 */
public final class SecretService implements AutoCloseable {
    private final Process bus;
    private final Process keyring;
    private final Map<String, String> environment;

    private SecretService(Process bus, Process keyring, Map<String, String> environment) {
        this.bus = bus;
        this.keyring = keyring;
        this.environment = environment;
    }

    /** Starts the bus and the keyring daemon with {@code home} as their home. */
    public static SecretService start(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path runtime = Files.createDirectories(home.resolve("run"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("LC_ALL", "C.UTF-8");

        ProcessBuilder busBuilder = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1");
        busBuilder.environment().clear();
        busBuilder.environment().putAll(env);
        busBuilder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process bus = busBuilder.start();
        String address =
                new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (address == null || address.isBlank()) {
            bus.destroyForcibly();
            throw new IOException("dbus-daemon printed no address");
        }
        env.put("DBUS_SESSION_BUS_ADDRESS", address.strip());

        ProcessBuilder keyringBuilder =
                new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        keyringBuilder.environment().clear();
        keyringBuilder.environment().putAll(env);
        keyringBuilder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        keyringBuilder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process keyring = keyringBuilder.start();
        try (OutputStream in = keyring.getOutputStream()) {
            in.write("test-keyring-password".getBytes(StandardCharsets.UTF_8));
        }
        SecretService service = new SecretService(bus, keyring, Map.copyOf(env));
        service.awaitReady();
        return service;
    }

    /** Waits until a secret can be stored: the daemon has taken its name on the bus. */
    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (run(List.of("secret-tool", "store", "--label=probe", "service", "probe", "account", "probe"), "x")
                    == 0) {
                run(List.of("secret-tool", "clear", "service", "probe", "account", "probe"), null);
                return;
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("GNOME Keyring did not come up on the test's session bus within 60 s");
    }

    private int run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().clear();
        b.environment().putAll(environment);
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = b.start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** The environment of a program that talks to this keyring. */
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        keyring.destroy();
        bus.destroy();
        try {
            keyring.waitFor(10, TimeUnit.SECONDS);
            bus.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keyring.destroyForcibly();
        bus.destroyForcibly();
    }
}
