package app.farol.ui.settings;

/**
 * What the Settings view's "Team server" section asks of the app, always off the event thread:
 * keep a secret in the OS keyring and try a connection. Messages are for a person.
 */
public interface TeamConnections {

    /** Whether the keyring holds a key for this model server. */
    boolean hasModelServerKey(String url);

    /** Saves the model server's key in the keyring; throws with a message when it cannot. */
    void saveModelServerKey(String url, String key);

    /**
     * Connects to the model server as answers would.
     *
     * @return the name of the model it will answer with
     */
    String testModelServer(String url);

    /** Whether the keyring holds a password for this search cluster. */
    boolean hasStorePassword(String url);

    /** Saves the search cluster's password in the keyring. */
    void saveStorePassword(String url, String password);

    /**
     * Connects to the search cluster as the index would ({@code --store} URL).
     *
     * @return what the collection holds
     */
    StoreCounts testStore(String url);

    /** What a search cluster's collection holds. */
    record StoreCounts(int files, long passages) {}
}
