package app.farol.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The watchdog must see real stalls, or its silence in the UI tests means nothing. */
@Tag("ui")
class EdtWatchdogTest {

    @Test
    void should_report_busy_work_and_sleeping_on_the_event_thread_with_where_it_was() throws Exception {
        EdtWatchdog watchdog = EdtWatchdog.install(200);
        Thread.sleep(300); // let it meet the event thread
        watchdog.reset();
        EventQueue.invokeAndWait(EdtWatchdogTest::spinFor600Millis);
        EventQueue.invokeAndWait(() -> sleep(600));
        awaitStalls(watchdog, 2);
        assertThat(watchdog.stalls()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(watchdog.stalls()).anySatisfy(s -> assertThat(s.stack()).contains("spinFor600Millis"));
        assertThat(watchdog.stalls()).anySatisfy(s -> assertThat(s.stack()).contains("Thread.sleep"));
        assertThat(watchdog.longestMillis()).isGreaterThan(200);

        watchdog.reset();
        EventQueue.invokeAndWait(() -> sleep(20));
        Thread.sleep(200);
        assertThat(watchdog.stalls()).isEmpty();
    }

    /**
     * Busy work of 600 ms of the event thread's own CPU time: on a loaded machine wall time
     * would give it only a share of a core, less than the watchdog's threshold.
     */
    private static void spinFor600Millis() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + 600_000_000L;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 1000; i++) {
                x += System.identityHashCode(new Object());
            }
        }
        assertThat(x).isNotZero();
    }

    /** The watchdog records a stall once its ping is answered: wait for that, not for a fixed time. */
    private static void awaitStalls(EdtWatchdog watchdog, int count) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (watchdog.stalls().size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
