package app.farol.workspace;

import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.store.solr.SolrEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the library's passages are kept: a local index folder (the default) or a search cluster
 * named by a {@code --store} URL, {@code solr:http://host:8983/solr/COLLECTION} (several nodes
 * comma-separated; a user may stand in the URL, {@code http://farol@host...}). The cluster's
 * password comes from {@code $FAROL_STORE_PASSWORD}, else from the OS keyring ({@code farol
 * secret set --store URL}), never from a file.
 *
 * @param folder the index folder, or null for a cluster
 * @param url the {@code --store} URL, or null for a folder
 */
public record StoreLocation(Path folder, String url) {
    public StoreLocation {
        if ((folder == null) == (url == null)) {
            throw new IllegalArgumentException("a store is a folder or a URL");
        }
    }

    public static StoreLocation folder(Path folder) {
        return new StoreLocation(folder, null);
    }

    /**
     * A cluster store, its URL checked at once.
     *
     * @throws app.farol.core.util.FarolException saying how the URL is written when it is not
     */
    public static StoreLocation cluster(String url) {
        SolrEndpoint.parse(url.strip(), Map.of());
        return new StoreLocation(null, url.strip());
    }

    /** The local folder when {@code url} is blank, else the cluster it names. */
    public static StoreLocation of(Path folder, String url) {
        return url == null || url.isBlank() ? folder(folder) : cluster(url);
    }

    public boolean isCluster() {
        return url != null;
    }

    /** The cluster's endpoint with its credentials from the environment or the keyring. */
    public SolrEndpoint endpoint() {
        return endpoint(System.getenv(), Keyrings.system());
    }

    /** The cluster's endpoint, its password from {@code environment} or else the keyring. */
    public SolrEndpoint endpoint(Map<String, String> environment, Keyring keyring) {
        Map<String, String> env = new HashMap<>(environment);
        SecretAccounts.resolve(SecretAccounts.STORE_PASSWORD, account(url), environment, keyring)
                .ifPresent(p -> env.put(SecretAccounts.STORE_PASSWORD, p));
        return SolrEndpoint.parse(url, env);
    }

    /** The keyring account of a {@code --store} URL's password. */
    public static String account(String url) {
        return SecretAccounts.store(URI.create(url.strip()));
    }

    /** For messages: the folder, or the store URL without any password. */
    @Override
    public String toString() {
        return isCluster()
                ? SolrEndpoint.parse(url, Map.of()).toString()
                : folder.toAbsolutePath().toString();
    }
}
