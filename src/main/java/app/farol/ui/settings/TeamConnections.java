package app.farol.ui.settings;

/**
 * What the Settings view's "Team server" section asks of the app, always off the event thread:
 * keep a model server's key in the OS keyring and try a connection. Messages are for a person.
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
}
