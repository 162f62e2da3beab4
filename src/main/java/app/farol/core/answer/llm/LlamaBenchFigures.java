package app.farol.core.answer.llm;

import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.tensor.AbstractTensor;
import com.github.tjake.jlama.tensor.KvBufferCache;
import java.util.Arrays;
import java.util.Optional;

/**
 * The engine measured as llama.cpp's {@code llama-bench} measures, so the two can be set side by
 * side: {@code pp N} reads N prompt tokens into an empty cache (in the engine's chunks, as Farol
 * reads a prompt) and {@code tg N} generates N tokens one at a time from an empty cache (each a
 * forward pass and the output head, as llama-bench computes logits for every generated token).
 * Token values do not matter to speed; the prompt's are cycled from a real one.
 *
 * @param promptTokens N of pp
 * @param promptTokensPerSecond pp N
 * @param generatedTokens N of tg
 * @param generationTokensPerSecond tg N
 */
public record LlamaBenchFigures(
        int promptTokens, double promptTokensPerSecond, int generatedTokens, double generationTokensPerSecond) {

    /** Holds the engine's lock; about {@code promptTokens} read and {@code generatedTokens} steps. */
    @SuppressWarnings("rawtypes")
    public static LlamaBenchFigures measure(
            JlamaEngine engine, ChatPrompt source, int promptTokens, int generatedTokens) {
        synchronized (engine) {
            AbstractModel model = engine.model();
            int[] real = engine.promptTokens(source);
            int[] prompt = new int[promptTokens];
            for (int i = 0; i < promptTokens; i++) {
                prompt[i] = real[i % real.length];
            }
            int chunk = engine.tuning().chunk();
            KvBufferCache caches = new KvBufferCache(model);
            long t = System.nanoTime();
            try (KvBufferCache.KvBuffer kv = caches.getEphemeralKvBuffer()) {
                for (int i = 0; i < promptTokens; i += chunk) {
                    model.batchForward(Arrays.copyOfRange(prompt, i, Math.min(promptTokens, i + chunk)), i, kv)
                            .close();
                }
            }
            double pp = promptTokens / seconds(t);
            int token = model.getConfig().bosToken;
            t = System.nanoTime();
            try (KvBufferCache.KvBuffer kv = caches.getEphemeralKvBuffer();
                    AbstractTensor logits = model.makeDenseTensor(model.getConfig().vocabularySize)) {
                for (int pos = 0; pos < generatedTokens; pos++) {
                    try (AbstractTensor out = model.forward(token, pos, kv, Optional.empty())) {
                        token = model.sample(out, 0f, 0f, logits);
                    }
                }
            }
            double tg = generatedTokens / seconds(t);
            caches.close();
            return new LlamaBenchFigures(promptTokens, pp, generatedTokens, tg);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
