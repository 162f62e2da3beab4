package app.farol.core.retrieval;

/** How the keyword and the vector result lists are merged into one. */
public enum FusionMethod {
    /** Reciprocal rank fusion: weight/(k + rank) summed over lists; ignores score scales. */
    RRF,
    /** Convex combination of min-max normalised BM25 and cosine scores. */
    CONVEX,
    /** The same, scaled from each method's lowest possible score (0) instead of its last candidate's. */
    CONVEX_TM,
    /** Only BM25, for comparison. */
    BM25_ONLY,
    /** Only vectors, for comparison. */
    VECTOR_ONLY;

    /** What the app uses: the best hybrid on the benchmarks (docs/retrieval.md). */
    public static final FusionMethod DEFAULT = CONVEX;
}
