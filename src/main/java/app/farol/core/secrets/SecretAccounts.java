package app.farol.core.secrets;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each secret Farol needs comes from: an environment variable wins (scripts, servers),
 * else the keyring. Accounts are named after the server, so two servers keep two keys.
 */
public final class SecretAccounts {
    /** The model server's API key in the environment. */
    public static final String MODEL_SERVER_KEY = "FAROL_MODEL_SERVER_KEY";
    /** The search cluster's password in the environment. */
    public static final String STORE_PASSWORD = "FAROL_STORE_PASSWORD";

    private SecretAccounts() {}

    /** The keyring account of a model server's API key. */
    public static String modelServer(URI baseUrl) {
        return "model-server " + withoutUser(baseUrl);
    }

    /** The keyring account of a search cluster's password. */
    public static String store(URI url) {
        return "store " + withoutUser(url);
    }

    /** The variable's value if set, else the keyring's secret for the account. */
    public static Optional<String> resolve(
            String variable, String account, Map<String, String> environment, Keyring keyring) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        return keyring.find(account).filter(s -> !s.isBlank());
    }

    /** Without a user name, also inside an opaque {@code solr:http://user@host/...}. */
    private static String withoutUser(URI uri) {
        return USER.matcher(uri.toString()).replaceFirst("://");
    }

    private static final Pattern USER = Pattern.compile("://[^/@]*@");
}
