package app.farol.core.answer;

import app.farol.core.util.CancelToken;
import java.util.List;

/**
 * Writes an answer to a question from numbered passages. Implementations: {@link LlmAnswerer}
 * (a language model, streaming) and {@link app.farol.core.answer.extractive.ExtractiveAnswerer}.
 */
public interface Answerer {

    /**
     * @param question the standalone question
     * @param passages the context, numbered from 1
     * @param listener receives streamed text on the calling thread
     * @param cancel polled between tokens; a cancelled answer comes back with {@code complete == false}
     */
    Answer answer(String question, List<Passage> passages, AnswerListener listener, CancelToken cancel);
}
