package app.farol.core.util;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation. Long jobs poll {@link #isCancelled()} between units of work.
 *
 * <p>We never interrupt threads: an interrupt that lands inside Lucene's {@code FSDirectory}
 * can close the index's file channels. Thread-safe.
 */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token that is never cancelled, for callers that do not offer a Stop button. */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} if cancelled; call between units of work. */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
