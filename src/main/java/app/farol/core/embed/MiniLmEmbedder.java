package app.farol.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 run in process by langchain4j (ONNX inside the jar: no network). Thread-safe.
 *
 * <p>The model reads 128 tokens including its two special tokens, so {@link #maxTokens()} is 126.
 */
public final class MiniLmEmbedder implements Embedder {

    /** Which weights to run; the quantized one is about 1.5x faster (see docs/retrieval.md). */
    public enum Variant {
        QUANTIZED("all-minilm-l6-v2-q"),
        FULL("all-minilm-l6-v2");

        final String modelName;

        Variant(String modelName) {
            this.modelName = modelName;
        }
    }

    public static final Variant DEFAULT_VARIANT = Variant.QUANTIZED;

    static {
        // DJL's Hugging Face tokenizer "calls home" (it probes the EC2 metadata address, then a
        // telemetry endpoint) unless this is set. Farol makes no network calls: opt out before
        // the first tokenizer is created. See PRIVACY.md.
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private final Variant variant;
    private final EmbeddingModel model;
    // Same vocabulary as the model's own tokenizer.json (bert-base-uncased WordPiece).
    private final HuggingFaceTokenCountEstimator tokenCounter = new HuggingFaceTokenCountEstimator();

    public MiniLmEmbedder() {
        this(DEFAULT_VARIANT);
    }

    public MiniLmEmbedder(Variant variant) {
        this.variant = variant;
        this.model = switch (variant) {
            case QUANTIZED -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case FULL -> new AllMiniLmL6V2EmbeddingModel();
        };
    }

    public static MiniLmEmbedder named(String name) {
        for (Variant v : Variant.values()) {
            if (v.modelName.equals(name) || v.name().equalsIgnoreCase(name)) {
                return new MiniLmEmbedder(v);
            }
        }
        throw new IllegalArgumentException("unknown embedding model: " + name);
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public int maxTokens() {
        return 126;
    }

    @Override
    public int countTokens(String text) {
        return tokenCounter.estimateTokenCountInText(text);
    }

    @Override
    public String name() {
        return variant.modelName;
    }
}
