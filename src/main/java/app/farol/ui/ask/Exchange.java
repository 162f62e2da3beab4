package app.farol.ui.ask;

/**
 * One question of the conversation and its answer as it grows. Touched only on the event thread.
 */
final class Exchange {
    final String question;
    AskResult extractive;
    final StringBuilder streamed = new StringBuilder();
    AskResult result;
    String error = "";
    boolean stopped;
    /** How fast the model wrote the answer ("64 tokens at 9.4 tokens/s"), shown as the answer's tooltip; "" for none. */
    String speed = "";

    Exchange(String question) {
        this.question = question;
    }

    boolean running() {
        return result == null && error.isEmpty();
    }

    /** The result whose sources the citation links point to now. */
    AskResult current() {
        return result != null ? result : extractive;
    }
}
