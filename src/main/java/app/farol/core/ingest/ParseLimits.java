package app.farol.core.ingest;

import java.time.Duration;

/**
 * Bounds on one file's parse. A file past a limit is indexed up to it and marked truncated.
 *
 * @param maxChars most characters of text taken from one file
 * @param timeout longest time spent parsing one file
 */
public record ParseLimits(long maxChars, Duration timeout) {
    /** About 2,000 pages of prose, and two minutes. */
    public static final ParseLimits DEFAULT = new ParseLimits(5_000_000, Duration.ofMinutes(2));

    /**
     * {@link #DEFAULT}, with the system properties {@code farol.maxChars} and
     * {@code farol.parseTimeoutSeconds} applied when set (for very large libraries, and tests).
     */
    public static ParseLimits fromSystemProperties() {
        return new ParseLimits(
                Long.getLong("farol.maxChars", DEFAULT.maxChars()),
                Duration.ofSeconds(Long.getLong(
                        "farol.parseTimeoutSeconds", DEFAULT.timeout().toSeconds())));
    }
}
