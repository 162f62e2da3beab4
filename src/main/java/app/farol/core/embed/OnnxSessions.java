package app.farol.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The MiniLM weights shipped in langchain4j's jars, run in an ONNX session set up to share the
 * CPU: langchain4j already runs one text per core in parallel, so each call gets one ONNX thread,
 * and idle ONNX threads sleep instead of spinning, which would steal the core that parsing and
 * Lucene need while indexing. Measured by {@code farol bench index}: the embedder alone about
 * 10 % faster, the whole indexing pipeline about 20 % faster than with ONNX's defaults.
 */
final class OnnxSessions {
    private OnnxSessions() {}

    static EmbeddingModel miniLm(String resourceName) {
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(resourceName + ".onnx");
                InputStream tokenizer = loader.getResourceAsStream(resourceName + "-tokenizer.json")) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException(
                        "the embedding model " + resourceName + " is missing from the class path");
            }
            OrtEnvironment environment = NetworkSwitches.onnxEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "cannot load the embedding model " + resourceName + ": " + e.getMessage(), e);
        }
    }
}
