package app.farol.testing;

import app.farol.core.embed.MiniLmEmbedder;

/** One real MiniLM model for the whole test run: loading it per test would only cost time. */
public final class SharedEmbedder {
    private static MiniLmEmbedder instance;

    private SharedEmbedder() {}

    public static synchronized MiniLmEmbedder get() {
        if (instance == null) {
            instance = new MiniLmEmbedder();
        }
        return instance;
    }
}
