package app.farol.ui.common;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds event-thread stalls (after jadx's UIWatchDog): a daemon thread keeps posting a tiny task
 * to the event thread and times how long it takes to run. When the event thread has not answered
 * within the threshold, the watchdog records where the event thread is, so the culprit shows in
 * the log and in tests. It leaves the event queue itself alone.
 *
 * <p>What counts as a stall: on a busy machine the event thread may wait for a core, and wall time
 * then says more about the machine than about the code. So a stall is an unanswered ping during
 * which the event thread itself ran longer than the threshold (its CPU time), or was blocked or
 * waiting (on a lock, on I/O) rather than idle in the event queue. Install once per process.
 */
public final class EdtWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);
    private static final long PING_MILLIS = 40;
    private static EdtWatchdog installed;

    /**
     * One stall.
     *
     * @param millis how long the event thread did not answer (wall time)
     * @param cpuMillis how much of that the event thread spent running
     * @param stack where the event thread was once the threshold had passed
     */
    public record Stall(long millis, long cpuMillis, String stack) {}

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final long thresholdMillis;
    private final List<Stall> stalls = new ArrayList<>();
    private volatile Thread edt;
    private volatile long longest;

    private EdtWatchdog(long thresholdMillis) {
        this.thresholdMillis = thresholdMillis;
    }

    /** Installs the watchdog (or returns the one installed before). */
    public static synchronized EdtWatchdog install(long thresholdMillis) {
        if (installed == null) {
            EdtWatchdog w = new EdtWatchdog(thresholdMillis);
            Thread.ofPlatform().name("farol-edt-watchdog").daemon().start(w::watch);
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

    /** The longest stall since the last reset, in milliseconds (0 when there was none). */
    public long longestMillis() {
        return longest;
    }

    private void watch() {
        try {
            while (true) {
                long sent = System.nanoTime();
                AtomicBoolean answered = new AtomicBoolean();
                EventQueue.invokeLater(() -> {
                    edt = Thread.currentThread();
                    answered.set(true);
                });
                Thread t = eventThread();
                long cpuStart = t == null ? -1 : THREADS.getThreadCpuTime(t.threadId());
                String stack = "";
                boolean waiting = false;
                while (!answered.get()) {
                    Thread.sleep(5);
                    if (stack.isEmpty() && t != null && millisSince(sent) > thresholdMillis) {
                        StackTraceElement[] frames = t.getStackTrace();
                        stack = Arrays.stream(frames)
                                .limit(30)
                                .map(e -> "  at " + e)
                                .collect(Collectors.joining("\n"));
                        waiting = t.getState() != Thread.State.RUNNABLE
                                && Arrays.stream(frames)
                                        .noneMatch(f -> f.getMethodName().equals("getNextEvent"));
                    }
                }
                long cpu = cpuStart < 0 ? -1 : (THREADS.getThreadCpuTime(t.threadId()) - cpuStart) / 1_000_000;
                record(millisSince(sent), cpu, waiting, stack);
                Thread.sleep(PING_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The event thread: the one that answered the last ping, or, when that one has ended (AWT
     * ends an idle event thread after the last window closes and starts a new one later), the
     * live thread with the event thread's name.
     */
    private Thread eventThread() {
        Thread t = edt;
        if (t != null && t.isAlive()) {
            return t;
        }
        return Thread.getAllStackTraces().keySet().stream()
                .filter(x -> x.isAlive() && x.getName().startsWith("AWT-EventQueue"))
                .findFirst()
                .orElse(null);
    }

    private synchronized void record(long millis, long cpuMillis, boolean waiting, String stack) {
        if (millis <= thresholdMillis) {
            return;
        }
        // cpuMillis < 0: the event thread was not known yet (first ping); judge by wall time.
        boolean worked = cpuMillis < 0 || cpuMillis > thresholdMillis;
        if (worked || waiting) {
            longest = Math.max(longest, millis);
            stalls.add(new Stall(millis, cpuMillis, stack));
            LOG.warn("Event thread did not respond for {} ms ({} ms running); it was at\n{}", millis, cpuMillis, stack);
        } else {
            LOG.debug("Event thread answered after {} ms but ran only {} ms: the machine is busy", millis, cpuMillis);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
