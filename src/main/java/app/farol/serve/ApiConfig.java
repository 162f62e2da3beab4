package app.farol.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * How the API server listens and what it accepts.
 *
 * @param host address to bind; only a loopback address may go without a token
 * @param port TCP port, 0 for any free one
 * @param token the bearer token every request must carry, if any
 * @param maxBodyBytes largest request body accepted (413 beyond it)
 * @param requestsPerMinute requests one client address may make per minute (429 beyond it)
 */
public record ApiConfig(String host, int port, Optional<String> token, int maxBodyBytes, int requestsPerMinute) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4891;
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 1200;

    public ApiConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        token = token.filter(t -> !t.isBlank());
    }

    public static ApiConfig loopback(int port) {
        return new ApiConfig(DEFAULT_HOST, port, Optional.empty(), DEFAULT_MAX_BODY, DEFAULT_REQUESTS_PER_MINUTE);
    }

    /** Whether the host is this machine only, where other people cannot reach the server. */
    public boolean isLoopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
