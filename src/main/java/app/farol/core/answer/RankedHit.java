package app.farol.core.answer;

import app.farol.core.retrieval.SearchHit;

/**
 * A search hit as the {@link RelevanceGate} judged it.
 *
 * @param relevance similarity to the question (cosine of the embeddings, -1..1)
 * @param wordsAcrossLanguages whether the hit is in another language than the question and the gate
 *     found it relevant by the question's words (its cosine then says nothing)
 */
public record RankedHit(SearchHit hit, double relevance, boolean wordsAcrossLanguages) {}
