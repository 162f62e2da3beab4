package app.farol.core.store;

/**
 * A search result before its passage is loaded: an id valid within one {@link SearchSession},
 * and the score one search method gave it.
 */
public record Candidate(String id, float score) {}
