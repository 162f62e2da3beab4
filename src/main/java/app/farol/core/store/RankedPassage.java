package app.farol.core.store;

/** A passage with the score one search method gave it (BM25 or vector similarity). */
public record RankedPassage(StoredPassage passage, float score) {}
