package app.farol.bench;

/**
 * The dimensions of a Llama-architecture model, as written to {@code config.json}.
 *
 * @param hiddenSize width of the residual stream
 * @param intermediateSize width of the feed-forward layer
 * @param layers number of transformer blocks
 * @param heads attention heads
 * @param kvHeads key/value heads (grouped-query attention when smaller than {@code heads})
 * @param vocabSize rows of the embedding and output matrices; the tokenizer may know fewer tokens
 * @param maxPositions context length the model accepts
 * @param ropeTheta rotary embedding base
 */
public record ModelShape(
        int hiddenSize,
        int intermediateSize,
        int layers,
        int heads,
        int kvHeads,
        int vocabSize,
        int maxPositions,
        double ropeTheta) {

    /** The shape of Llama-3.2-1B (1.24 billion parameters). */
    public static final ModelShape LLAMA_3_2_1B = new ModelShape(2048, 8192, 16, 32, 8, 128_256, 131_072, 500_000.0);

    public ModelShape {
        if (hiddenSize % heads != 0 || heads % kvHeads != 0) {
            throw new IllegalArgumentException("hidden size must divide into heads, heads into kv heads");
        }
        if (hiddenSize % 32 != 0 || intermediateSize % 32 != 0) {
            throw new IllegalArgumentException("widths must be multiples of 32 (the Q4 block size)");
        }
    }

    /** A model small enough for unit tests: 2 layers, width 64. */
    public static ModelShape tiny(int vocabSize) {
        return new ModelShape(64, 128, 2, 4, 2, vocabSize, 2048, 10_000.0);
    }

    public ModelShape withVocabSize(int vocab) {
        return new ModelShape(hiddenSize, intermediateSize, layers, heads, kvHeads, vocab, maxPositions, ropeTheta);
    }

    public int headSize() {
        return hiddenSize / heads;
    }

    public int kvWidth() {
        return kvHeads * headSize();
    }

    /** Number of weights, with separate input embedding and output matrices. */
    public long parameterCount() {
        long attention = 2L * hiddenSize * hiddenSize + 2L * hiddenSize * kvWidth();
        long mlp = 3L * hiddenSize * intermediateSize;
        long norms = 2L * hiddenSize;
        return 2L * vocabSize * hiddenSize + layers * (attention + mlp + norms) + hiddenSize;
    }
}
