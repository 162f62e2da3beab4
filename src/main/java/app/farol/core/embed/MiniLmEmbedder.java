package app.farol.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized) in process, from the jar: no network. Minimal version for the
 * answer branch; the indexing branch owns the real one. Thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public int maxTokens() {
        return 128;
    }

    @Override
    public int countTokens(String text) {
        // Estimate (about 1.35 word pieces per word); the indexing branch counts exactly.
        String t = text.strip();
        return t.isEmpty() ? 0 : (int) Math.ceil(t.split("\\s+").length * 1.35);
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2-q";
    }
}
