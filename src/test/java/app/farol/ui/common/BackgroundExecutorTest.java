package app.farol.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** One outcome per task, decided on the event thread. */
class BackgroundExecutorTest {
    private final BackgroundExecutor executor = new BackgroundExecutor("test", 1);

    @Test
    void should_not_report_an_error_of_a_task_cancelled_before_it_failed() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<BackgroundExecutor.Task> task = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> task.set(executor.submit(
                "old question",
                c -> {
                    cancelled.await(30, TimeUnit.SECONDS);
                    throw new FarolException("the model stopped"); // fails after the user moved on
                },
                r -> calls.add("done"),
                m -> calls.add("error: " + m))));
        SwingUtilities.invokeAndWait(() -> task.get().cancel()); // the user asks the next question
        cancelled.countDown();
        // One thread, FIFO event queue: when the next task's result step runs, the first task's outcome step ran.
        CompletableFuture<String> next = new CompletableFuture<>();
        executor.submit("next question", c -> "answer", next::complete, next::complete);
        assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("answer");
        SwingUtilities.invokeAndWait(() -> {});

        assertThat(calls).isEmpty();
        assertThat(task.get().outcome().get(5, TimeUnit.SECONDS)).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void should_end_each_task_once_as_done_failed_or_timed_out_and_run_outcomes_on_the_event_thread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        BackgroundExecutor.Task done = executor.submit(
                "done", c -> 42, r -> threads.add(Thread.currentThread().getName()), m -> {});
        BackgroundExecutor.Task failed = executor.submit(
                "failed",
                c -> {
                    throw new FarolException("no");
                },
                r -> {},
                m -> threads.add(Thread.currentThread().getName()));
        CompletableFuture<String> timeoutMessage = new CompletableFuture<>();
        BackgroundExecutor.Task slow = executor.submit(
                "slow",
                Duration.ofMillis(300),
                c -> {
                    while (true) {
                        if (c.isCancelled()) {
                            throw new CancelledException();
                        }
                        Thread.sleep(10);
                    }
                },
                r -> {},
                timeoutMessage::complete);

        assertThat(done.outcome().get(30, TimeUnit.SECONDS)).isEqualTo(TaskStatus.DONE);
        assertThat(failed.outcome().get(30, TimeUnit.SECONDS)).isEqualTo(TaskStatus.FAILED);
        assertThat(slow.outcome().get(30, TimeUnit.SECONDS)).isEqualTo(TaskStatus.TIMED_OUT);
        assertThat(timeoutMessage.get(5, TimeUnit.SECONDS)).contains("slow");
        assertThat(threads).hasSize(2).allMatch(n -> n.startsWith("AWT-EventQueue"));
        assertThat(UiThreads.active()).as("the thread guard is on in tests").isTrue();
    }

    @Test
    void should_wait_for_the_running_task_after_shutdown_and_run_none_queued_or_submitted_later() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        executor.submit(
                "library summary",
                c -> {
                    started.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    ran.add("summary");
                    return 1;
                },
                r -> {},
                m -> {});
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        BackgroundExecutor.Task queued = executor.submit("queued", c -> ran.add("queued"), r -> {}, m -> {});
        executor.shutdown();
        assertThat(executor.awaitTermination(Duration.ofMillis(50)))
                .as("still running")
                .isFalse();
        AtomicReference<BackgroundExecutor.Task> late = new AtomicReference<>();
        SwingUtilities.invokeAndWait(
                () -> late.set(executor.submit("late", c -> ran.add("late"), r -> {}, m -> ran.add("error: " + m))));
        release.countDown();
        assertThat(executor.awaitTermination(Duration.ofSeconds(30))).isTrue();
        assertThat(late.get().outcome().get(5, TimeUnit.SECONDS)).isEqualTo(TaskStatus.CANCELLED);
        assertThat(queued.outcome().get(5, TimeUnit.SECONDS)).isEqualTo(TaskStatus.CANCELLED);
        SwingUtilities.invokeAndWait(() -> {});
        assertThat(ran).containsExactly("summary");
    }
}
