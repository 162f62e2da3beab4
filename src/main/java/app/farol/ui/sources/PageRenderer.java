package app.farol.ui.sources;

import app.farol.core.ocr.OcrSettings;
import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws PDF pages with a deadline. PDFBox cannot be stopped from outside, so each page is drawn on
 * a daemon thread of its own: a page that takes too long (or a file that never finishes opening)
 * is given up at the deadline and its thread left to end by itself, holding neither the caller,
 * the next page, nor the app's exit. While {@link #MAX_STUCK} such threads still run, new pages
 * are refused rather than piling more up. Thread-safe.
 */
final class PageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);
    static final int MAX_STUCK = 2;

    private final Duration deadline;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();

    PageRenderer(Duration deadline) {
        this.deadline = deadline;
    }

    /**
     * Renders the page (see {@link PdfPageImage#render}) within the deadline.
     *
     * @throws FarolException with a sentence for the user when the page is refused, too slow or broken
     * @throws CancelledException when {@code cancel} is set before the page is drawn
     */
    PdfPageImage.Rendered render(Path file, int page, String passage, int width, CancelToken cancel) {
        return render(file, page, passage, width, null, cancel);
    }

    /** As above; a scanned page's words come from the page cache of {@code ocr} (may be null). */
    PdfPageImage.Rendered render(Path file, int page, String passage, int width, OcrSettings ocr, CancelToken cancel) {
        if (running.get() >= MAX_STUCK) {
            throw new FarolException(Texts.get("sources.busy"));
        }
        CompletableFuture<PdfPageImage.Rendered> result = new CompletableFuture<>();
        running.incrementAndGet();
        Thread worker = Thread.ofPlatform()
                .daemon()
                .name("farol-pdf-page-" + threads.incrementAndGet())
                .start(() -> {
                    try {
                        result.complete(PdfPageImage.render(file, page, passage, width, ocr));
                    } catch (Throwable e) { // an OutOfMemoryError here must not reach the index's threads
                        result.completeExceptionally(e);
                    } finally {
                        running.decrementAndGet();
                    }
                });
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            if (cancel.isCancelled()) {
                worker.interrupt();
                throw new CancelledException();
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                worker.interrupt();
                LOG.warn("page {} of {} took more than {} s to draw: given up", page, file, deadline.toSeconds());
                throw new FarolException(Texts.format("sources.tooSlow", page, deadline.toSeconds()));
            }
            try {
                return result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll the cancel token again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                worker.interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                LOG.warn("page {} of {} could not be drawn", page, file, cause);
                String why = cause instanceof OutOfMemoryError
                        ? Texts.get("sources.tooBig")
                        : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                throw new FarolException(Texts.format("sources.renderFailed", page, why));
            }
        }
    }

    /** Pages being drawn now, including those given up that have not ended yet. */
    int running() {
        return running.get();
    }
}
