package app.farol.cli;

import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;
import app.farol.core.util.FarolException;
import app.farol.serve.ApiBackend;
import app.farol.serve.ApiConfig;
import app.farol.serve.ApiServer;
import app.farol.workspace.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farol serve}: the library behind an OpenAI-compatible HTTP API, for editors, scripts and
 * chat front-ends. Loopback only unless a token is given.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve your documents through an OpenAI-compatible API (model 'farol') on this machine.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "4891",
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            defaultValue = ApiConfig.DEFAULT_HOST,
            description =
                    "Address to listen on (default ${DEFAULT-VALUE}, this machine only). Any other address needs --token-file.")
    String host;

    @Option(
            names = "--token-file",
            paramLabel = "F",
            description = "A file holding the token clients must send as 'Authorization: Bearer <token>'.")
    Path tokenFile;

    @Option(
            names = "--model-server",
            paramLabel = "URL[#MODEL]",
            description =
                    "Answer with a model on an OpenAI-compatible server (key from $FAROL_MODEL_SERVER_KEY) instead of a local one.")
    String modelServer;

    @Option(
            names = "--model",
            paramLabel = "DIR|none",
            description =
                    "Model folder, or 'none' for extractive answers. Default: the model chosen with 'models use'.")
    String model;

    @Option(
            names = "--requests-per-minute",
            paramLabel = "N",
            defaultValue = "1200",
            description = "Requests one client address may make a minute (default ${DEFAULT-VALUE}).")
    int requestsPerMinute;

    private final SearchBackend.Opener opener;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public ServeCommand(SearchBackend.Opener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Arguments.between("--port", port, 0, 65_535);
        Arguments.between("--requests-per-minute", requestsPerMinute, 1, 1_000_000);
        StoreLocation location = index.location();
        ApiConfig config = new ApiConfig(host, port, readToken(err), ApiConfig.DEFAULT_MAX_BODY, requestsPerMinute);
        try (SearchBackend backend = opener.open(location);
                AnswerEngine engine = AnswerEngine.load(model, modelServer, err)) {
            AnswerService answers = new AnswerService(
                    backend.retriever(), backend.embedder(), engine.engine(), AnswerSettings.defaults());
            ApiBackend api = new ApiBackend() {
                public Retriever retriever() {
                    return backend.retriever();
                }

                public Embedder embedder() {
                    return backend.embedder();
                }

                public AnswerService answers() {
                    return answers;
                }

                public boolean hasModel() {
                    return engine.engine() != null;
                }
            };
            try (ApiServer server = ApiServer.start(api, config)) {
                Thread hook = new Thread(stopped::countDown);
                Runtime.getRuntime().addShutdownHook(hook);
                err.println("Farol serves your documents (" + location + ") at " + server.baseUrl() + " (model 'farol')"
                        + (config.isLoopback()
                                ? ", to this machine only."
                                : ", to other machines: every request needs the token.")
                        + " Ctrl+C stops.");
                err.flush();
                stopped.await();
            }
        }
        return 0;
    }

    /** Stops a running {@link #call}; for tests and embedding. */
    public void stop() {
        stopped.countDown();
    }

    private Optional<String> readToken(PrintWriter err) {
        if (tokenFile == null) {
            return Optional.empty();
        }
        String token;
        try {
            token = Files.readString(tokenFile).strip();
        } catch (IOException e) {
            throw new FarolException("cannot read the token file " + tokenFile + ": " + e.getMessage());
        }
        if (token.length() < 16) {
            throw new FarolException("the token in " + tokenFile
                    + " is shorter than 16 characters: use a long random one, e.g. 'openssl rand -hex 24'");
        }
        if (othersCanRead(tokenFile)) {
            err.println("Warning: other users can read " + tokenFile + "; 'chmod 600' it.");
        }
        return Optional.of(token);
    }

    private static boolean othersCanRead(Path f) {
        try {
            Set<PosixFilePermission> modes = Files.getPosixFilePermissions(f);
            return modes.contains(PosixFilePermission.GROUP_READ) || modes.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // not a POSIX file system: the OS's own access rules apply
        }
    }
}
