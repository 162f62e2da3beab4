package app.farol.core.util;

/**
 * Cooperative pause for long jobs: the job calls {@link #awaitResumed(CancelToken)} between units
 * of work and waits there while paused. Like {@link CancelToken} it never interrupts a thread, so
 * a pause can never land inside Lucene. Thread-safe.
 */
public final class PauseGate {
    private boolean paused;

    /** A gate that is never closed, for callers without a Pause button. */
    public static PauseGate none() {
        return new PauseGate();
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /**
     * Returns at once when not paused; otherwise waits until resumed or until {@code cancel} is
     * cancelled (checked every 100 ms, so Cancel works on a paused job).
     */
    public synchronized void awaitResumed(CancelToken cancel) {
        while (paused && !cancel.isCancelled()) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
