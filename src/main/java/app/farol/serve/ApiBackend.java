package app.farol.serve;

import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;

/**
 * What the API answers from: the library's retriever, the embedder, and the answer service (with
 * the local model, or extractive when none is installed). The command that starts the server
 * wires these; the server owns none of them.
 */
public interface ApiBackend {
    Retriever retriever();

    Embedder embedder();

    AnswerService answers();

    /** Whether a language model writes the answers (false: sentences from the documents). */
    boolean hasModel();
}
