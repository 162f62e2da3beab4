package app.farol.core.answer;

import app.farol.core.retrieval.SearchHit;

/** A search hit with its similarity to the question (cosine of the embeddings, -1..1). */
public record RankedHit(SearchHit hit, double relevance) {}
