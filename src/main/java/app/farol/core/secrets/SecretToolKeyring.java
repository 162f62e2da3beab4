package app.farol.core.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Secret Service (GNOME Keyring, KDE Wallet, KeePassXC) through libsecret's {@code
 * secret-tool} program, as OCR goes through the {@code tesseract} program: no native library
 * in the app, and the secret passes on a pipe, never on a command line that {@code ps} shows.
 * Secrets are filed under {@code service=farol account=<account>}.
 */
final class SecretToolKeyring implements Keyring {
    static final String SERVICE = "farol";
    /** Unlocking a locked keyring shows the desktop's password prompt: give a person time. */
    private static final long SAVE_SECONDS = 120;

    private static final long FIND_SECONDS = 30;

    private final Path executable;
    private final Map<String, String> environment;

    SecretToolKeyring(Path executable, Map<String, String> environment) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Optional<String> find(String account) {
        Result r = run(List.of("lookup", "service", SERVICE, "account", account), null, FIND_SECONDS);
        // Exit 1 with nothing on stderr: no such secret. A keyring that cannot be reached also
        // finds nothing here; save says why.
        return r.exit() == 0 && !r.out().isEmpty() ? Optional.of(r.out()) : Optional.empty();
    }

    @Override
    public void save(String account, String secret) {
        Result r = run(
                List.of("store", "--label=Farol: " + account, "service", SERVICE, "account", account),
                secret,
                SAVE_SECONDS);
        if (r.exit() != 0) {
            throw new KeyringException("the keyring did not save the secret for " + account + ": "
                    + (r.err().isBlank()
                            ? "secret-tool exited with " + r.exit()
                            : r.err().strip())
                    + " (is a keyring such as GNOME Keyring or KeePassXC running and unlocked?)");
        }
    }

    @Override
    public void remove(String account) {
        run(List.of("clear", "service", SERVICE, "account", account), null, FIND_SECONDS);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String unavailableReason() {
        return "";
    }

    private record Result(int exit, String out, String err) {}

    private Result run(List<String> arguments, String input, long seconds) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process p = builder.start();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new KeyringException("the keyring did not answer within " + seconds + " s (secret-tool "
                        + arguments.getFirst() + "); is it waiting to be unlocked?");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new KeyringException("cannot run " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringException("stopped while asking the keyring");
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
