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
 * <p>Errors: a {@link FarolException}'s message goes to the task's error step as is; other
 * exceptions are logged once here and reported with a generic message; a cancelled task reports
 * nothing. Thread-safe.
 */
public final class BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService pool;

    /** Work that runs in the background and may check its cancel token. */
    @FunctionalInterface
    public interface Work<T> {
        T run(CancelToken cancel) throws Exception;
    }

    /** A submitted task; cancel it to stop it at its next check. */
    public record Task(String name, CancelToken token) {
        public void cancel() {
            token.cancel();
        }

        public boolean isCancelled() {
            return token.isCancelled();
        }
    }

    public BackgroundExecutor(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform()
                .name("farol-" + name + "-" + n.incrementAndGet()).daemon().unstarted(r));
    }

    /**
     * Runs {@code work} on a background thread, then {@code onDone} with its result on the event
     * thread, unless the task was cancelled meanwhile.
     *
     * @param onError receives a message for the user, on the event thread
     */
    public <T> Task submit(String name, Work<T> work, Consumer<T> onDone, Consumer<String> onError) {
        Task task = new Task(name, new CancelToken());
        pool.execute(() -> {
            try {
                T result = work.run(task.token());
                if (!task.isCancelled()) {
                    SwingUtilities.invokeLater(() -> {
                        if (!task.isCancelled()) {
                            onDone.accept(result);
                        }
                    });
                }
            } catch (CancelledException e) {
                LOG.debug("{} cancelled", name);
            } catch (FarolException e) {
                LOG.warn("{}: {}", name, e.getMessage());
                SwingUtilities.invokeLater(() -> onError.accept(e.getMessage()));
            } catch (Exception | Error e) {
                LOG.error("{} failed", name, e);
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                SwingUtilities.invokeLater(() -> onError.accept(Texts.format("error.unexpected", message)));
            }
        });
        return task;
    }

    /** Lets running tasks finish (they should have been cancelled) and accepts no new ones. */
    public void shutdown() {
        pool.shutdown();
    }
}
