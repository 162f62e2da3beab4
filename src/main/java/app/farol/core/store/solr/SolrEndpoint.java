package app.farol.core.store.solr;

import app.farol.core.util.FarolException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Solr store lives, parsed from {@code --store solr:http://host:8983/solr/collection}.
 * Several nodes may be listed, comma-separated ({@code solr:http://a:8983/solr,http://b:8983/solr/farol}):
 * the client starts with the first that answers and learns the others from the cluster itself.
 *
 * @param nodes node base URLs, each ending in the Solr context ({@code http://host:8983/solr})
 * @param collection the collection's name
 * @param user basic-auth user from {@code FAROL_STORE_USER}, else from the URL ({@code
 *     http://farol@host...}), or empty
 * @param password basic-auth password from {@code FAROL_STORE_PASSWORD}, or empty
 */
public record SolrEndpoint(List<URI> nodes, String collection, String user, String password) {
    public static final String SCHEME = "solr:";

    public SolrEndpoint {
        nodes = List.copyOf(nodes);
    }

    /** True when {@code store} names a Solr store rather than a local index folder. */
    public static boolean isSolr(String store) {
        return store != null && store.toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** Parses the option; credentials come from the environment, never from settings. */
    public static SolrEndpoint parse(String store, Map<String, String> env) {
        if (!isSolr(store)) {
            throw new FarolException(
                    "--store " + store + ": a Solr store is written solr:http://host:8983/solr/collection");
        }
        String[] urls = store.substring(SCHEME.length()).split(",");
        String last = urls[urls.length - 1].strip();
        int slash = last.replaceAll("/+$", "").lastIndexOf('/');
        String collection = last.replaceAll("/+$", "").substring(slash + 1);
        if (collection.isEmpty() || !collection.matches("[A-Za-z0-9_.-]+") || slash < "http://x".length()) {
            throw new FarolException("--store " + store + ": the last URL must end with the collection, as in"
                    + " solr:http://host:8983/solr/farol");
        }
        List<URI> nodes = new ArrayList<>();
        String urlUser = "";
        for (int i = 0; i < urls.length; i++) {
            String u = urls[i].strip().replaceAll("/+$", "");
            if (i == urls.length - 1) {
                u = u.substring(0, u.lastIndexOf('/'));
            }
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                throw new FarolException("--store " + store + ": '" + u + "' is not a URL", e);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new FarolException("--store " + store + ": '" + u + "' is not an http(s) URL with a host");
            }
            if (uri.getRawUserInfo() != null) {
                if (uri.getRawUserInfo().contains(":")) {
                    throw new FarolException("--store " + store + ": no password in the URL, please: set"
                            + " FAROL_STORE_PASSWORD or save it with 'farol secret set --store URL'");
                }
                urlUser = urlUser.isEmpty() ? uri.getUserInfo() : urlUser;
                uri = URI.create(uri.toString().replaceFirst("://[^/@]*@", "://"));
            }
            nodes.add(uri);
        }
        String user = env.getOrDefault("FAROL_STORE_USER", "");
        return new SolrEndpoint(
                nodes, collection, user.isEmpty() ? urlUser : user, env.getOrDefault("FAROL_STORE_PASSWORD", ""));
    }

    @Override
    public String toString() { // never the password
        return SCHEME + nodes.getFirst() + "/" + collection;
    }
}
