package app.farol.core.answer.llm;

import java.util.List;

/**
 * What reading a prompt costs: each token takes {@code base} seconds plus {@code perPosition}
 * seconds for every token already in the cache before it (attention reads them all). On two
 * cores the second term is large: a 1B model read its 466-token instructions at 24 tokens/s and
 * the 364 tokens after them at 14 tokens/s (docs/performance.md), so a flat speed measured on
 * the instructions promised a first word in 15 s that came after 26 s.
 *
 * @param base seconds per token at position 0
 * @param perPosition extra seconds per token for each earlier position
 */
public record ReadingCost(double base, double perPosition) {

    /** Nothing measured. */
    public static final ReadingCost UNKNOWN = new ReadingCost(0, 0);

    public ReadingCost {
        base = Math.max(0, base);
        perPosition = Math.max(0, perPosition);
    }

    /** A cost that does not grow with position (a server, or too few measurements). */
    public static ReadingCost flat(double tokensPerSecond) {
        return tokensPerSecond > 0 ? new ReadingCost(1 / tokensPerSecond, 0) : UNKNOWN;
    }

    public boolean known() {
        return base > 0 || perPosition > 0;
    }

    /** Seconds to read {@code tokens} tokens placed after {@code start} cached ones. */
    public double seconds(int start, int tokens) {
        double n = Math.max(0, tokens);
        return n * base + perPosition * (n * start + n * n / 2);
    }

    /** The most tokens after {@code start} cached ones that are read within {@code seconds}. */
    public int tokensWithin(int start, double seconds) {
        if (!known() || seconds <= 0) {
            return 0;
        }
        double c = base + perPosition * start; // n * c + n^2 * perPosition / 2 = seconds
        if (perPosition == 0) {
            return (int) (seconds / c);
        }
        double a = perPosition / 2;
        return (int) ((-c + Math.sqrt(c * c + 4 * a * seconds)) / (2 * a));
    }

    /** Average reading speed over those tokens (0 when unknown). */
    public double tokensPerSecond(int start, int tokens) {
        double s = seconds(start, tokens);
        return s > 0 ? tokens / s : 0;
    }

    /**
     * One chunk read: {@code tokens} tokens from position {@code start} in {@code seconds}.
     */
    public record Chunk(int start, int tokens, double seconds) {}

    /**
     * The least-squares line of seconds per token against the chunk's middle position, each chunk
     * weighted by its tokens; flat when the chunks span too few positions to see a slope.
     */
    public static ReadingCost fit(List<Chunk> chunks) {
        double w = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Chunk c : chunks) {
            if (c.tokens() <= 0 || c.seconds() <= 0) {
                continue;
            }
            double x = c.start() + c.tokens() / 2.0;
            double y = c.seconds() / c.tokens();
            w += c.tokens();
            sx += c.tokens() * x;
            sy += c.tokens() * y;
            sxx += c.tokens() * x * x;
            sxy += c.tokens() * x * y;
        }
        if (w == 0) {
            return UNKNOWN;
        }
        double meanX = sx / w;
        double meanY = sy / w;
        double varX = sxx / w - meanX * meanX;
        if (varX < 64 * 64) { // positions within a chunk or two of each other: no slope to see
            return new ReadingCost(meanY, 0);
        }
        double slope = Math.max(0, (sxy / w - meanX * meanY) / varX);
        return new ReadingCost(Math.max(meanY - slope * meanX, meanY * 0.05), slope);
    }
}
