package app.farol.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Every variant's vector dimension. */
    public static final int DIMENSION = 384;

    static {
        // DJL's Hugging Face tokenizer "calls home" (it probes the EC2 metadata address, then a
        // telemetry endpoint) unless this is set. Farol makes no network calls: opt out before
        // the first tokenizer is created; never download either. See PRIVACY.md.
        NetworkSwitches.djlOff();
    }

    private final Variant variant;
    private final EmbeddingModel model;
    // Same vocabulary as the model's own tokenizer.json (bert-base-uncased WordPiece).
    private final HuggingFaceTokenCountEstimator tokenCounter = new HuggingFaceTokenCountEstimator();
    private static final int MAX_CACHED_WORDS = 200_000;
    private final Map<String, Integer> wordTokenCache = new ConcurrentHashMap<>();

    public MiniLmEmbedder() {
        this(DEFAULT_VARIANT);
    }

    public MiniLmEmbedder(Variant variant) {
        this.variant = variant;
        this.model = OnnxSessions.miniLm(variant.modelName);
    }

    /** What {@link #name()} is for the default variant, without loading the model. */
    public static String defaultName() {
        return DEFAULT_VARIANT.modelName;
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
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public int maxTokens() {
        return 126;
    }

    /**
     * Counts word by word with a cache: the chunker counts every paragraph, sentence and often
     * word, and a call into the native tokenizer per piece cost as much CPU as parsing the PDFs.
     * Exact, because this WordPiece tokenizer never joins across spaces and line breaks: the
     * count of a text is the sum of its words' counts.
     */
    @Override
    public int countTokens(String text) {
        int total = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                total += wordTokens(text.substring(start, i));
            }
        }
        return total;
    }

    /** Plain spaces and line breaks only: other Unicode spaces are left to the tokenizer. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private int wordTokens(String word) {
        Integer cached = wordTokenCache.get(word);
        if (cached != null) {
            return cached;
        }
        int count = tokenCounter.estimateTokenCountInText(word);
        if (wordTokenCache.size() > MAX_CACHED_WORDS) {
            wordTokenCache.clear(); // a vocabulary's worth of words; bounded memory on huge libraries
        }
        wordTokenCache.put(word, count);
        return count;
    }

    /** The native tokenizer's count of the whole text, for checking the word-by-word count. */
    int countTokensInOneCall(String text) {
        return tokenCounter.estimateTokenCountInText(text);
    }

    @Override
    public String name() {
        return variant.modelName;
    }
}
