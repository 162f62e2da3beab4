package app.farol.core.retrieval;

/** How the keyword and the vector result lists are merged into one. */
public enum FusionMethod {
    /** Reciprocal rank fusion: 1/(k + rank) summed over lists; ignores score scales. */
    RRF,
    /** Only BM25, for comparison. */
    BM25_ONLY,
    /** Only vectors, for comparison. */
    VECTOR_ONLY
}
