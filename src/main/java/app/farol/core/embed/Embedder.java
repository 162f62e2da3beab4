package app.farol.core.embed;

import java.util.List;

/**
 * Turns text into unit-length vectors. Thread-safe.
 *
 * <p>The model sees only the first {@link #maxTokens()} tokens of an input; the chunker keeps
 * every passage within that so no text is invisible to vector search.
 */
public interface Embedder {

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    int dimension();

    /** Tokens the model reads of one input; the rest is silently dropped by the model. */
    int maxTokens();

    /** Number of model tokens in the text (without the special start and end tokens). */
    int countTokens(String text);

    /** A short name recorded in the index, so a model change forces a rebuild. */
    String name();
}
