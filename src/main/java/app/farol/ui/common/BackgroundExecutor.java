package app.farol.ui.common;

import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the desktop's work off the event thread (after jadx's BackgroundExecutor): named daemon
 * threads, a result step on the event thread, cooperative cancel. Tasks are never interrupted:
 * {@link Task#cancel()} only sets the task's {@link CancelToken}, because an interrupt that lands
 * inside Lucene can close the index's files.
 *
 * <p>One outcome per task ({@link TaskStatus}), decided on the event thread: a task cancelled
 * before its outcome step runs reports nothing, even when its work failed after the cancel (so
 * an old question's error never wipes the next one's state). Errors: a {@link FarolException}'s
 * message goes to the error step as is; other exceptions are logged once here and reported with
 * a generic message. Thread guards ({@link UiThreads}) check both sides in tests. Thread-safe.
 */
public final class BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService pool;
    /** Set by {@link #shutdown()}: tasks still queued then are not started. */
    private volatile boolean shutDown;

    /** Work that runs in the background and may check its cancel token. */
    @FunctionalInterface
    public interface Work<T> {
        T run(CancelToken cancel) throws Exception;
    }

    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().name("farol-task-timer").daemon().unstarted(r));

    /**
     * A submitted task; cancel it to stop it at its next check. {@link #outcome} completes once,
     * on the event thread, with how it ended.
     */
    public record Task(
            String name,
            CancelToken token,
            java.util.concurrent.CompletableFuture<TaskStatus> outcome,
            java.util.concurrent.atomic.AtomicBoolean timedOut) {
        public void cancel() {
            token.cancel();
        }

        public boolean isCancelled() {
            return token.isCancelled();
        }
    }

    public BackgroundExecutor(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(
                threads,
                r -> Thread.ofPlatform()
                        .name("farol-" + name + "-" + n.incrementAndGet())
                        .daemon()
                        .unstarted(r));
    }

    /**
     * Runs {@code work} on a background thread, then exactly one outcome on the event thread:
     * {@code onDone} with the result ({@link TaskStatus#DONE}), {@code onError} with a message
     * for the user ({@link TaskStatus#FAILED}), or nothing when the task was cancelled before its
     * outcome step ran ({@link TaskStatus#CANCELLED}), even if the work failed meanwhile.
     */
    public <T> Task submit(String name, Work<T> work, Consumer<T> onDone, Consumer<String> onError) {
        return submit(name, null, work, onDone, onError);
    }

    /**
     * As {@link #submit(String, Work, Consumer, Consumer)}, with a time limit: past it the task is
     * cancelled (cooperatively) and ends {@link TaskStatus#TIMED_OUT}, reported to {@code onError}.
     */
    public <T> Task submit(
            String name, java.time.Duration timeout, Work<T> work, Consumer<T> onDone, Consumer<String> onError) {
        Task task = new Task(
                name,
                new CancelToken(),
                new java.util.concurrent.CompletableFuture<>(),
                new java.util.concurrent.atomic.AtomicBoolean());
        java.util.concurrent.ScheduledFuture<?> timer = timeout == null
                ? null
                : TIMER.schedule(
                        () -> {
                            task.timedOut().set(true);
                            task.token().cancel();
                        },
                        timeout.toMillis(),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            pool.execute(() -> run(task, timer, work, onDone, onError));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("{} not run: the executor is shut down", name);
            task.cancel(); // the window is closing: nothing is run and nothing is reported
            task.outcome().complete(TaskStatus.CANCELLED);
            if (timer != null) {
                timer.cancel(false);
            }
        }
        return task;
    }

    private <T> void run(
            Task task,
            java.util.concurrent.ScheduledFuture<?> timer,
            Work<T> work,
            Consumer<T> onDone,
            Consumer<String> onError) {
        String name = task.name();
        if (shutDown) {
            // Queued before the shutdown, not started: the window is closing and what it reads is being released.
            task.cancel();
            task.outcome().complete(TaskStatus.CANCELLED);
            if (timer != null) {
                timer.cancel(false);
            }
            return;
        }
        UiThreads.requireBackground(name);
        T result = null;
        String error = null;
        try {
            result = work.run(task.token());
        } catch (CancelledException e) {
            LOG.debug("{} cancelled", name);
        } catch (FarolException e) {
            LOG.warn("{}: {}", name, e.getMessage());
            error = e.getMessage();
        } catch (Exception | Error e) {
            LOG.error("{} failed", name, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            error = Texts.format("error.unexpected", message);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        T value = result;
        String message = error;
        SwingUtilities.invokeLater(() -> finish(task, value, message, onDone, onError));
    }

    /** The one outcome of a task, decided on the event thread, where cancel is also called. */
    private static <T> void finish(Task task, T result, String error, Consumer<T> onDone, Consumer<String> onError) {
        UiThreads.requireEventThread(task.name() + " outcome");
        if (task.timedOut().get()) {
            task.outcome().complete(TaskStatus.TIMED_OUT);
            onError.accept(Texts.format("safeapp.task.timedOut", task.name()));
        } else if (task.isCancelled()) {
            task.outcome().complete(TaskStatus.CANCELLED);
        } else if (error != null) {
            task.outcome().complete(TaskStatus.FAILED);
            onError.accept(error);
        } else {
            task.outcome().complete(TaskStatus.DONE);
            onDone.accept(result);
        }
    }

    /**
     * Lets running tasks finish (they should have been cancelled), drops the ones still queued
     * (they end {@link TaskStatus#CANCELLED} without running) and accepts no new ones.
     */
    public void shutdown() {
        shutDown = true;
        pool.shutdown();
    }

    /**
     * After {@link #shutdown()}: waits until the tasks ended, at most {@code limit} (a download
     * may still be closing its connection). Not on the event thread: a task's outcome step runs
     * there.
     *
     * @return whether all tasks ended
     */
    public boolean awaitTermination(java.time.Duration limit) {
        try {
            return pool.awaitTermination(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
