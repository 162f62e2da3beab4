package app.farol.serve;

import app.farol.core.util.SuppressForbidden;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One HTTP request and its response: a bounded JSON body in, JSON or server-sent events out. */
@SuppressForbidden(
        reason = "com.sun.net.httpserver is the JDK's supported, exported HTTP server (module jdk.httpserver)")
final class HttpCall {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpExchange exchange;
    private final int maxBody;
    private OutputStream events;
    private boolean bodyRead;
    /** Most bytes of a refused body read and thrown away before the connection closes. */
    static final long MAX_DISCARD = 32L * 1024 * 1024;
    /** Longest time a refused body is read for; it ends sooner, as soon as the whole body has come. */
    static final long DISCARD_SECONDS = 30;

    HttpCall(HttpExchange exchange, int maxBody) {
        this.exchange = exchange;
        this.maxBody = maxBody;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String clientAddress() {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    /** The request body as a JSON object; refuses a body over the limit before reading all of it. */
    ObjectNode jsonBody() throws IOException {
        String declared = header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBody) {
                    throw ApiError.tooLarge(maxBody);
                }
            } catch (NumberFormatException e) {
                throw ApiError.invalid("Content-Length is not a number.", null);
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBody + 1);
        }
        if (body.length > maxBody) {
            throw ApiError.tooLarge(maxBody);
        }
        bodyRead = true;
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.invalid("The body is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (node == null || !node.isObject()) {
            throw ApiError.invalid("The body must be a JSON object.", null);
        }
        return (ObjectNode) node;
    }

    void sendJson(int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        discardRest();
        if (!bodyRead && hasBody()) {
            // the unread rest of the body is still on the connection: a client that reused it would
            // read our next answer out of its own request, so it must open a new one
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private boolean hasBody() {
        String length = header("Content-Length");
        return header("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }

    void sendError(ApiError e) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", e.getMessage());
        error.put("type", e.type);
        error.put("param", e.param);
        error.put("code", e.code);
        if (e.status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        sendJson(e.status, root);
    }

    /** Starts a stream of server-sent events; each {@link #event} is flushed at once. */
    void startEvents() throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        events = exchange.getResponseBody();
    }

    boolean streaming() {
        return events != null;
    }

    void event(String data) throws IOException {
        events.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        events.flush();
    }

    /**
     * Closes the exchange, after {@link #discardRest} if the body was refused unread.
     */
    void close() {
        discardRest();
        exchange.close();
    }

    /**
     * Reads a refused body still on its way and throws it away (up to {@link #MAX_DISCARD} bytes
     * or {@link #DISCARD_SECONDS} seconds, as Apache's lingering close), before the refusal is
     * sent: the JDK's server closes the connection as soon as a "Connection: close" answer is
     * written, and a socket closed with unread data is reset, so the client lost the 413 it had
     * been sent (ApiServerTest, about 1 run in 3). Nothing of it is kept.
     */
    private void discardRest() {
        if (bodyRead || !hasBody()) {
            return;
        }
        bodyRead = true;
        long until = System.nanoTime() + DISCARD_SECONDS * 1_000_000_000L;
        byte[] sink = new byte[64 * 1024];
        long discarded = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while (discarded < MAX_DISCARD && System.nanoTime() < until && (n = in.read(sink)) > 0) {
                discarded += n;
            }
            if (discarded >= MAX_DISCARD || System.nanoTime() >= until) {
                bodyRead = false; // more may be on its way: the answer must close the connection
            }
        } catch (IOException e) {
            // the client has gone: nothing more to protect
        }
    }
}
