package app.farol.ui.common;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds event-thread stalls (after jadx's UIWatchDog): times every event the event thread
 * dispatches, and when one runs past the threshold, a sampler thread records where the event
 * thread is, so the culprit shows in the log and in tests. Install once per process.
 */
public final class EdtWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);
    private static EdtWatchdog installed;

    /** One stall: how long the event ran, what it was, and where the event thread was. */
    public record Stall(long millis, String event, String stack) {}

    private final long thresholdMillis;
    private final List<Stall> stalls = new ArrayList<>();
    private volatile long dispatchStart;
    private volatile Thread edt;
    private volatile String sampledStack = "";
    private volatile long longest;

    private EdtWatchdog(long thresholdMillis) {
        this.thresholdMillis = thresholdMillis;
    }

    /** Installs the watchdog (or returns the one installed before). */
    public static synchronized EdtWatchdog install(long thresholdMillis) {
        if (installed == null) {
            EdtWatchdog w = new EdtWatchdog(thresholdMillis);
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(w.new TimingQueue());
            Thread.ofPlatform().name("farol-edt-watchdog").daemon().start(w::sample);
            installed = w;
        }
        return installed;
    }

    /** Forgets the stalls seen so far, to watch one phase (indexing, answering) on its own. */
    public synchronized void reset() {
        stalls.clear();
        longest = 0;
    }

    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    /** The longest event since the last reset, in milliseconds. */
    public long longestMillis() {
        return longest;
    }

    private void sample() {
        while (true) {
            try {
                Thread.sleep(Math.max(10, thresholdMillis / 4));
            } catch (InterruptedException e) {
                return;
            }
            long start = dispatchStart;
            Thread t = edt;
            if (start != 0 && t != null && (System.nanoTime() - start) / 1_000_000 > thresholdMillis && sampledStack.isEmpty()) {
                sampledStack = Arrays.stream(t.getStackTrace()).limit(25).map(e -> "  at " + e).collect(Collectors.joining("\n"));
            }
        }
    }

    private synchronized void record(long millis, AWTEvent event) {
        longest = Math.max(longest, millis);
        if (millis > thresholdMillis) {
            Stall s = new Stall(millis, String.valueOf(event), sampledStack);
            stalls.add(s);
            LOG.warn("Event thread stalled {} ms on {}\n{}", millis, s.event(), s.stack());
        }
    }

    /** The event queue that times each dispatch. */
    private final class TimingQueue extends EventQueue {
        @Override
        protected void dispatchEvent(AWTEvent event) {
            boolean outer = dispatchStart == 0; // modal dialogs dispatch nested events
            long start = System.nanoTime();
            if (outer) {
                edt = Thread.currentThread();
                sampledStack = "";
                dispatchStart = start;
            }
            try {
                super.dispatchEvent(event);
            } finally {
                if (outer) {
                    dispatchStart = 0;
                    record((System.nanoTime() - start) / 1_000_000, event);
                }
            }
        }
    }
}
