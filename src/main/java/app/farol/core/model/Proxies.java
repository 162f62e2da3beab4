package app.farol.core.model;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Map;

/**
 * The proxy for downloads: Java's {@code https.proxyHost}/{@code https.proxyPort} when set (the
 * default selector reads them), else the {@code HTTPS_PROXY} (or {@code https_proxy}) variable
 * most systems set, else a direct connection. Proxies that need a password are not supported.
 */
final class Proxies {
    private Proxies() {}

    static ProxySelector system() {
        return choose(System.getProperty("https.proxyHost"), System.getenv());
    }

    static ProxySelector choose(String httpsProxyHost, Map<String, String> env) {
        if (httpsProxyHost != null && !httpsProxyHost.isBlank()) {
            return ProxySelector.getDefault();
        }
        String value = env.getOrDefault("HTTPS_PROXY", env.get("https_proxy"));
        InetSocketAddress address = parse(value);
        return address == null ? ProxySelector.getDefault() : ProxySelector.of(address);
    }

    /** {@code http://host:port}, {@code host:port} or {@code host} (port 80); null when unusable. */
    static InetSocketAddress parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(value.contains("://") ? value.strip() : "http://" + value.strip());
            if (uri.getHost() == null) {
                return null;
            }
            return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
