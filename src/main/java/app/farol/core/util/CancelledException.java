package app.farol.core.util;

/** Thrown by {@link CancelToken#throwIfCancelled()} when the user stopped a job. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
