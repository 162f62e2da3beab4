package app.farol.ui.ask;

import app.farol.core.util.CancelToken;
import java.util.List;

/**
 * What the Ask view needs from the answer path: the seam between the view and
 * {@code app.farol.core.answer.service.AnswerService} (branch {@code answer}), which the app adapts to
 * this interface. Keeping the view on this small interface lets it be built and tested before
 * the two branches meet.
 *
 * <p>{@link #ask} blocks and is called on a background thread, never the event thread; the
 * listener is called on that same thread.
 */
public interface AskBackend {

    /** Whether a language model writes the answers (else they are extracted sentences). */
    boolean hasModel();

    /**
     * Answers a question in the light of the conversation so far.
     *
     * @param cancel set by the Stop button; the answer comes back with {@code complete == false}
     */
    AskResult ask(List<AskTurn> history, String question, AskListener listener, CancelToken cancel);

    /** One earlier exchange of the conversation. */
    record AskTurn(String question, String answer) {}

    /** Receives the stages of an answer as they happen, on the asking thread. */
    interface AskListener {
        /** The quick extractive answer, shown while the model reads. */
        default void onExtractive(AskResult extractive) {}

        /**
         * The model reads its context: {@code read} of {@code total} tokens of {@code passages}
         * passages, after each chunk it read.
         */
        default void onReading(int passages, int read, int total) {}

        /** The model finished writing: how many tokens, at what speed. */
        default void onWritten(int tokens, double tokensPerSecond) {}

        /** A piece of the model's answer. */
        default void onToken(String text) {}
    }
}
