package app.farol.bench;

/** How {@link RandomModelWriter} stores the matrices of a model. */
public enum WeightFormat {
    /** 32-bit floats: what tests use, exact and simple. */
    F32,
    /** Jlama's 4-bit blocks (32 weights share one float scale), as in the published -JQ4 models. */
    Q4
}
