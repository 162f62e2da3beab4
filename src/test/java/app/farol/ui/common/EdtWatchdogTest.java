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
        Thread.sleep(200);
        assertThat(watchdog.stalls()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(watchdog.stalls()).anySatisfy(s -> assertThat(s.stack()).contains("spinFor600Millis"));
        assertThat(watchdog.stalls()).anySatisfy(s -> assertThat(s.stack()).contains("Thread.sleep"));
        assertThat(watchdog.longestMillis()).isGreaterThan(200);

        watchdog.reset();
        EventQueue.invokeAndWait(() -> sleep(20));
        Thread.sleep(200);
        assertThat(watchdog.stalls()).isEmpty();
    }

    private static void spinFor600Millis() {
        long end = System.nanoTime() + 600_000_000L;
        long x = 0;
        while (System.nanoTime() < end) {
            x += System.identityHashCode(new Object());
        }
        assertThat(x).isNotZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
