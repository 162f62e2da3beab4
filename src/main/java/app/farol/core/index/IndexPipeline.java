package app.farol.core.index;

import app.farol.core.chunk.Chunk;
import app.farol.core.embed.Embedder;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.core.util.PauseGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * prepare (parse + chunk) -> embed -> store, with the two halves on different threads so the
 * CPU never waits for the parser while the embedder has work, and vice versa.
 *
 * <p>Passages of several small files are embedded in one batch, so both cores stay busy. Each
 * file is written whole; the store is committed every {@link #COMMIT_INTERVAL} (or as set) and at the end,
 * so a crash loses at most that much work and never a part of a file.
 */
final class IndexPipeline {
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(20);
    private final Duration commitInterval;
    private static final int BATCH_CHUNKS = 64;
    private static final Object END = new Object();

    private final PassageStore store;
    private final Embedder embedder;
    private final IndexListener listener;
    private final CancelToken cancel;
    private final PauseGate pause;
    private final ProgressMeter meter;
    private long lastCommit = System.nanoTime();
    long chunksEmbedded;
    int removedWhileRead;
    long embedNanos;

    IndexPipeline(PassageStore store, Embedder embedder, IndexListener listener, CancelToken cancel, int total, long totalBytes) {
        this(store, embedder, listener, cancel, PauseGate.none(), total, totalBytes, COMMIT_INTERVAL);
    }

    IndexPipeline(PassageStore store, Embedder embedder, IndexListener listener, CancelToken cancel, PauseGate pause,
            int total, long totalBytes, Duration commitInterval) {
        this.commitInterval = commitInterval;
        this.store = store;
        this.pause = pause;
        this.embedder = embedder;
        this.listener = listener;
        this.cancel = cancel;
        this.meter = new ProgressMeter(total, totalBytes);
    }

    /** Runs every source through; returns the records written, in order. */
    List<FileRecord> run(Iterator<? extends PipelineSource> sources) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicReference<Throwable> producerError = new AtomicReference<>();
        AtomicBoolean consumerLeft = new AtomicBoolean();
        Thread producer = Thread.ofPlatform().name("farol-parse").daemon().start(() -> {
            try {
                while (sources.hasNext() && !cancel.isCancelled() && !consumerLeft.get()) {
                    pause.awaitResumed(cancel);
                    PipelineSource source = sources.next();
                    meter.current = source.name();
                    Prepared prepared = source.prepare();
                    meter.bytesPrepared(source.bytes());
                    queue.put(prepared);
                }
            } catch (Throwable t) {
                producerError.set(t);
            } finally {
                putQuietly(queue, END);
            }
        });
        List<FileRecord> written = new ArrayList<>();
        try {
            consume(queue, written);
        } finally {
            consumerLeft.set(true); // stops the producer if we leave early
            queue.clear();
            joinQuietly(producer);
        }
        if (producerError.get() != null) {
            throw new FarolException("indexing stopped: " + producerError.get().getMessage(), producerError.get());
        }
        return written;
    }

    private void consume(BlockingQueue<Object> queue, List<FileRecord> written) {
        List<Prepared> batch = new ArrayList<>();
        int batchChunks = 0;
        while (true) {
            Object next = batch.isEmpty() ? take(queue) : queue.poll();
            if (next == null || next == END || batchChunks >= BATCH_CHUNKS) {
                if (next != null && next != END) {
                    batch.add((Prepared) next);
                }
                writeBatch(batch, written);
                batch.clear();
                batchChunks = 0;
                if (next == END) {
                    return;
                }
                continue;
            }
            Prepared p = (Prepared) next;
            batch.add(p);
            if (p instanceof Prepared.ToEmbed e) {
                batchChunks += e.document().chunks().size();
            }
        }
    }

    private void writeBatch(List<Prepared> batch, List<FileRecord> written) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (Prepared p : batch) {
            if (p instanceof Prepared.ToEmbed e) {
                e.document().chunks().forEach(c -> texts.add(c.embeddingText()));
            }
        }
        long start = System.nanoTime();
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        embedNanos += System.nanoTime() - start;
        int v = 0;
        for (Prepared p : batch) {
            switch (p) {
                case Prepared.ToEmbed e -> {
                    List<StoredPassage> passages = new ArrayList<>();
                    for (Chunk c : e.document().chunks()) {
                        passages.add(toStored(e, c, vectors.get(v++)));
                    }
                    store.replaceFile(e.record(), passages);
                }
                case Prepared.Reused r -> store.replaceFile(r.record(), r.passages());
                case Prepared.RecordOnly r -> store.replaceFile(r.record(),
                        r.keepPassages() ? store.passagesOf(r.record().path()) : List.of());
                case Prepared.Gone g -> {
                    store.removeFile(g.path());
                    removedWhileRead++;
                    continue;
                }
            }
            written.add(p.record());
            listener.onFile(p.record());
        }
        chunksEmbedded += texts.size();
        meter.filesDone += batch.size();
        meter.chunksDone += texts.size();
        listener.onProgress(meter.snapshot());
        if (System.nanoTime() - lastCommit > commitInterval.toNanos() || pause.isPaused()) {
            store.commit(); // also before a pause, so paused work is durable
            lastCommit = System.nanoTime();
        }
        pause.awaitResumed(cancel); // between batches: never while a file is half written
    }

    private static StoredPassage toStored(Prepared.ToEmbed e, Chunk c, float[] vector) {
        FileRecord r = e.record();
        return new StoredPassage(r.path(), r.title(), r.type(), e.language(), c.ordinal(), c.text(), c.page(),
                c.headings(), c.startOffset(), c.endOffset(), vector);
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                queue.poll(); // the consumer left: make room so the end marker gets in
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
