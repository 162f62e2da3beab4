package app.farol.cli;

import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.util.FarolException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farol secret set|remove|show}: an API key or server password kept in the OS keyring,
 * so it is never in settings.json nor on a command line. The secret is read from the terminal
 * without echo, or from standard input when it is piped.
 */
@Command(
        name = "secret",
        mixinStandardHelpOptions = true,
        description = "Keep a model server's API key or a search cluster's password in the OS keyring.")
public final class SecretCommand {

    @Spec
    CommandSpec spec;

    private final Supplier<Keyring> keyring;

    public SecretCommand() {
        this(Keyrings::system);
    }

    SecretCommand(Supplier<Keyring> keyring) {
        this.keyring = keyring;
    }

    /** Which server's secret. */
    static final class Server {
        @Option(
                names = "--model-server",
                paramLabel = "URL",
                description = "The API key of this OpenAI-compatible server, e.g. http://gpu-box:8000/v1.")
        URI modelServer;

        @Option(
                names = "--store",
                paramLabel = "URL",
                description = "The password of this search cluster, as given to --store.")
        URI store;

        String account() {
            return modelServer != null
                    ? SecretAccounts.modelServer(withoutFragment(modelServer))
                    : SecretAccounts.store(store);
        }

        private static URI withoutFragment(URI uri) {
            String s = uri.toString();
            int hash = s.indexOf('#');
            s = hash < 0 ? s : s.substring(0, hash);
            return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        }
    }

    @Command(name = "set", description = "Save the secret (typed without echo, or piped on standard input).")
    int set(@ArgGroup(multiplicity = "1") Server server) {
        Keyring k = keyring.get();
        if (!k.available()) {
            throw new FarolException(k.unavailableReason());
        }
        String secret = readSecret("Secret for " + server.account() + ": ");
        if (secret.isBlank()) {
            throw new FarolException("no secret given: nothing was saved");
        }
        k.save(server.account(), secret);
        out().println("Saved in the keyring: " + server.account());
        return 0;
    }

    @Command(name = "remove", description = "Forget the secret.")
    int remove(@ArgGroup(multiplicity = "1") Server server) {
        keyring.get().remove(server.account());
        out().println("Removed from the keyring: " + server.account());
        return 0;
    }

    @Command(name = "show", description = "Say whether a secret is saved (never prints it).")
    int show(@ArgGroup(multiplicity = "1") Server server) {
        Keyring k = keyring.get();
        if (!k.available()) {
            out().println("No keyring: " + k.unavailableReason());
            return 1;
        }
        boolean saved = k.find(server.account()).isPresent();
        out().println((saved ? "Saved: " : "Not saved: ") + server.account());
        return saved ? 0 : 1;
    }

    /**
     * Since Java 22 a console exists even when input is piped; {@code isTerminal()} (not in the
     * Java 21 this is compiled for) tells the two apart.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is a terminal
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String readSecret(String prompt) {
        Console console = System.console();
        if (console != null && isTerminal(console)) { // typed at a terminal: no echo
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? "" : new String(typed).strip();
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
