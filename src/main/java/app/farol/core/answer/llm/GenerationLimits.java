package app.farol.core.answer.llm;

import java.time.Duration;

/**
 * Caps on one generation.
 *
 * @param maxNewTokens the answer stops after this many tokens
 * @param maxTime the answer stops when generation has run this long (prompt reading included)
 * @param temperature 0 for greedy decoding
 * @param seed seed of the sampler, so runs can be repeated
 */
public record GenerationLimits(int maxNewTokens, Duration maxTime, float temperature, long seed) {
    public GenerationLimits {
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("maxNewTokens must be positive");
        }
    }

    public static GenerationLimits defaults() {
        return new GenerationLimits(300, Duration.ofSeconds(120), 0.2f, 7);
    }
}
