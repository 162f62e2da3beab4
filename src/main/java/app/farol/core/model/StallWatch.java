package app.farol.core.model;

import app.farol.core.util.CancelToken;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shuts an {@link HttpClient} down when its download is cancelled or no byte arrived for the
 * read timeout. {@code HttpClient} has no read timeout for a body, and a read blocked on a
 * silent connection ignores a cancel flag; {@link HttpClient#shutdownNow()} makes that read fail
 * at once. Checks every 100 ms on its own daemon thread.
 */
final class StallWatch implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("farol-download-watch").daemon().unstarted(r));
    private final long timeoutNanos;
    private volatile long lastByte = System.nanoTime();
    private volatile boolean stalled;

    StallWatch(HttpClient http, Duration readTimeout, CancelToken cancel) {
        this.timeoutNanos = readTimeout.toNanos();
        timer.scheduleWithFixedDelay(
                () -> {
                    boolean silent = System.nanoTime() - lastByte > timeoutNanos;
                    if (cancel.isCancelled() || silent) {
                        stalled = silent && !cancel.isCancelled();
                        http.shutdownNow();
                        timer.shutdown();
                    }
                },
                100,
                100,
                TimeUnit.MILLISECONDS);
    }

    void progress() {
        lastByte = System.nanoTime();
    }

    /** The error to report for a failed read: a stall says so. */
    IOException explain(IOException e) {
        return stalled ? new IOException("no data for " + timeoutNanos / 1_000_000_000 + " s", e) : e;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
