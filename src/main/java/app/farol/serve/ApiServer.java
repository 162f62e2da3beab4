package app.farol.serve;

import app.farol.core.util.FarolException;
import app.farol.core.util.SuppressForbidden;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Farol as an OpenAI-compatible HTTP server: {@code GET /v1/models}, {@code POST
 * /v1/chat/completions} (plain JSON or server-sent events), {@code POST /v1/embeddings} and
 * {@code POST /v1/search}. Every request is checked for its token (when one is set), its size and
 * its rate before an endpoint sees it; a refusal is OpenAI's error object.
 *
 * <p>Threading: requests run on a small pool of named threads; the answer service lets the model
 * answer one question at a time. {@link #close} stops accepting, lets running requests finish for
 * up to two seconds, and returns.
 */
@SuppressForbidden(
        reason = "com.sun.net.httpserver is the JDK's supported, exported HTTP server (module jdk.httpserver)")
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final String MODEL_ID = "farol";

    private final HttpServer server;
    private final ExecutorService pool;
    private final ApiConfig config;

    private ApiServer(HttpServer server, ExecutorService pool, ApiConfig config) {
        this.server = server;
        this.pool = pool;
        this.config = config;
    }

    /**
     * Binds and starts the server.
     *
     * @throws FarolException when the address is not loopback and no token is set, or the port is taken
     */
    public static ApiServer start(ApiBackend backend, ApiConfig config) {
        if (!config.isLoopback() && config.token().isEmpty()) {
            throw new FarolException(
                    "refusing to listen on " + config.host()
                            + " without a token: other machines could read your documents. Give --token-file FILE, or use --host 127.0.0.1.");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        } catch (IOException e) {
            throw new FarolException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                            + " (is another server using that port? choose one with --port)",
                    e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                8, Thread.ofPlatform().name("farol-api-", 0).daemon().factory());
        server.setExecutor(pool);
        Map<String, Endpoint> routes = Map.of(
                "/v1/models", new ModelsEndpoint(backend),
                "/v1/chat/completions", new ChatCompletionsEndpoint(backend),
                "/v1/embeddings", new EmbeddingsEndpoint(backend),
                "/v1/search", new SearchEndpoint(backend));
        RateLimiter limiter = new RateLimiter(config.requestsPerMinute());
        server.createContext("/", exchange -> {
            HttpCall call = new HttpCall(exchange, config.maxBodyBytes());
            try {
                checkToken(call, config);
                if (!limiter.allow(call.clientAddress())) {
                    throw ApiError.rateLimited(config.requestsPerMinute());
                }
                Endpoint endpoint = routes.get(call.path());
                if (endpoint == null) {
                    throw ApiError.notFound("No endpoint " + call.path()
                            + ": Farol serves /v1/models, /v1/chat/completions, /v1/embeddings and /v1/search.");
                }
                if (!call.method().equals(endpoint.method())) {
                    throw new ApiError(
                            405,
                            "invalid_request_error",
                            call.path() + " takes " + endpoint.method() + ".",
                            null,
                            "method_not_allowed");
                }
                endpoint.handle(call);
            } catch (ApiError e) {
                replyError(call, e);
            } catch (FarolException e) {
                replyError(call, new ApiError(500, "server_error", e.getMessage(), null, null));
            } catch (RuntimeException e) {
                LOG.warn("API request {} failed", call.path(), e);
                replyError(
                        call,
                        new ApiError(
                                500,
                                "server_error",
                                "Farol could not answer: " + e.getClass().getSimpleName(),
                                null,
                                null));
            } finally {
                call.close();
            }
        });
        server.start();
        return new ApiServer(server, pool, config);
    }

    private static void replyError(HttpCall call, ApiError e) throws IOException {
        if (call.streaming()) { // headers are gone: the error travels as an event
            ObjectNode error = HttpCall.JSON.createObjectNode();
            error.putObject("error").put("message", e.getMessage()).put("type", e.type);
            call.event(error.toString());
            return;
        }
        call.sendError(e);
    }

    private static void checkToken(HttpCall call, ApiConfig config) {
        if (config.token().isEmpty()) {
            return;
        }
        String auth = call.header("Authorization");
        String expected = "Bearer " + config.token().get();
        // constant-time comparison: the token is a password
        if (auth == null
                || !MessageDigest.isEqual(
                        auth.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.unauthorized();
        }
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/v1";
    }

    @Override
    public void close() {
        server.stop(2);
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One route of the API. */
    interface Endpoint {
        String method();

        void handle(HttpCall call) throws IOException;
    }
}
