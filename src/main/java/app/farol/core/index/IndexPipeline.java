package app.farol.core.index;

import app.farol.core.chunk.Chunk;
import app.farol.core.embed.Embedder;
import app.farol.core.ingest.ParseControl;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileReplacement;
import app.farol.core.store.PassageStore;
import app.farol.core.store.StoredPassage;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.core.util.PauseGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * prepare (parse + chunk) -> embed -> store, three stages on three threads joined by small
 * queues, so the embedder (which keeps both cores busy) never waits for the parser or for
 * Lucene's graph building and commits.
 *
 * <p>Passages of several small files are embedded in one batch. Each file is written whole; the
 * store is committed every {@link #COMMIT_INTERVAL} (or as set) and at the end, so a crash loses
 * at most that much work and never a part of a file. Every item handed on is delivered: a stage
 * gives up a hand-off only when a later stage has stopped for good.
 */
final class IndexPipeline {
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(20);
    private static final int BATCH_CHUNKS = 64;
    /** How far the parser may run ahead, in passages (about 5 s of embedding): one big file still fits. */
    private static final int QUEUED_CHUNKS = 1024;

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 100;

    private final Duration commitInterval;
    private final PassageStore store;
    private final Embedder embedder;
    private final IndexListener listener;
    private final CancelToken cancel;
    private final PauseGate pause;
    private final ProgressMeter meter;
    /** Set when a stage stopped early (an error): the others stop waiting for it. */
    private final AtomicBoolean stopped = new AtomicBoolean();

    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Semaphore roomForChunks = new Semaphore(QUEUED_CHUNKS);
    private long lastCommit = System.nanoTime();
    private boolean uncommitted;
    long chunksEmbedded;
    int removedWhileRead;
    long embedNanos;

    /** Files of one batch with the vectors of all their passages, in order. */
    private record EmbeddedBatch(List<Prepared> files, List<float[]> vectors) {}

    IndexPipeline(
            PassageStore store,
            Embedder embedder,
            IndexListener listener,
            CancelToken cancel,
            int total,
            long totalBytes) {
        this(store, embedder, listener, cancel, PauseGate.none(), total, totalBytes, COMMIT_INTERVAL);
    }

    IndexPipeline(
            PassageStore store,
            Embedder embedder,
            IndexListener listener,
            CancelToken cancel,
            PauseGate pause,
            int total,
            long totalBytes,
            Duration commitInterval) {
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
        BlockingQueue<Object> prepared = new LinkedBlockingQueue<>(); // bounded by roomForChunks
        BlockingQueue<Object> embedded = new ArrayBlockingQueue<>(2);
        List<FileRecord> written = new ArrayList<>();
        Thread parser = Thread.ofPlatform()
                .name("farol-parse")
                .daemon()
                .start(() -> stage(() -> prepare(sources, prepared), prepared));
        Thread writer = Thread.ofPlatform()
                .name("farol-store")
                .daemon()
                .start(() -> stage(() -> write(embedded, written), null));
        stage(() -> embed(prepared, embedded), embedded); // on the caller's thread
        join(writer);
        join(parser);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new FarolException("indexing stopped: " + t.getMessage(), t);
        }
        return written;
    }

    /** Runs one stage; on failure records it and stops the others. Always ends its output with END. */
    private void stage(Runnable work, BlockingQueue<Object> output) {
        try {
            work.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            stopped.set(true);
        } finally {
            if (output != null) {
                handOff(output, END);
            }
        }
    }

    private void prepare(Iterator<? extends PipelineSource> sources, BlockingQueue<Object> output) {
        while (sources.hasNext() && !cancel.isCancelled() && !stopped.get()) {
            pause.awaitResumed(cancel);
            PipelineSource source = sources.next();
            meter.current = source.name();
            meter.fileStarted();
            meter.scanStarted();
            Prepared p = source.prepare(control);
            if (cancel.isCancelled()) {
                return; // maybe read in part (its scans were stopped): the next run reads it whole
            }
            meter.bytesPrepared(source.bytes());
            if (!awaitRoom(weight(p))) {
                return;
            }
            output.add(p);
        }
    }

    private void embed(BlockingQueue<Object> input, BlockingQueue<Object> output) {
        List<Prepared> batch = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> bytesPerText = new ArrayList<>(); // each passage's share of its file's bytes
        boolean more = true;
        // stopped: the store failed, so embedding more is wasted; cancelled: what is queued is
        // left unread (it stays as it was in the index), so Cancel takes effect after this batch.
        while (more && !stopped.get() && !cancel.isCancelled()) {
            Object next = batch.isEmpty() ? take(input) : input.poll();
            more = next != END;
            if (next instanceof Prepared p) {
                roomForChunks.release(weight(p));
                int chunks =
                        p instanceof Prepared.ToEmbed e ? e.document().chunks().size() : 0;
                if (!batch.isEmpty() && texts.size() + chunks > BATCH_CHUNKS) {
                    // A file that would overfill the batch gets its own: the files before it are stored first.
                    embedBatch(batch, texts, bytesPerText, output);
                }
                batch.add(p);
                if (chunks == 0) {
                    meter.bytesEmbedded += p.record().size(); // nothing to embed: done as it arrives
                } else {
                    double share = (double) p.record().size() / chunks;
                    ((Prepared.ToEmbed) p).document().chunks().forEach(c -> {
                        texts.add(c.embeddingText());
                        bytesPerText.add(share);
                    });
                }
            }
            if (!batch.isEmpty() && (next == null || !more || texts.size() >= BATCH_CHUNKS)) {
                embedBatch(batch, texts, bytesPerText, output);
            }
        }
    }

    /** Embeds the batch, hands it to the writer and empties it. */
    private void embedBatch(
            List<Prepared> batch, List<String> texts, List<Double> bytesPerText, BlockingQueue<Object> output) {
        pause.awaitResumed(cancel); // a pause stops the CPU work here, between batches
        List<float[]> vectors = embedInSlices(texts, bytesPerText);
        if (vectors.size() == texts.size()) { // else cancelled: the batch stays as it was in the index
            chunksEmbedded += texts.size();
            handOff(output, new EmbeddedBatch(List.copyOf(batch), vectors));
        }
        batch.clear();
        texts.clear();
        bytesPerText.clear();
    }

    /**
     * Embeds a batch {@link #BATCH_CHUNKS} passages at a time, counting each slice's bytes as
     * done and telling the listener, so a large file shows progress while it is embedded. A
     * cancel stops it between slices (a large file's batch took tens of seconds, and the app
     * waited that long to exit on SIGTERM); then fewer vectors than texts come back.
     */
    private List<float[]> embedInSlices(List<String> texts, List<Double> bytesPerText) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size() && !cancel.isCancelled(); from += BATCH_CHUNKS) {
            int to = Math.min(texts.size(), from + BATCH_CHUNKS);
            long start = System.nanoTime();
            vectors.addAll(embedder.embedAll(texts.subList(from, to)));
            embedNanos += System.nanoTime() - start;
            double bytes = 0;
            for (int i = from; i < to; i++) {
                bytes += bytesPerText.get(i);
            }
            meter.bytesEmbedded += bytes;
            if (texts.size() > BATCH_CHUNKS) {
                progress(); // a batch that fits in one slice is reported when it is stored
            }
        }
        return vectors;
    }

    private void write(BlockingQueue<Object> input, List<FileRecord> written) {
        while (true) {
            Object next = poll(input);
            if (next == END) {
                return;
            }
            if (next instanceof EmbeddedBatch batch) {
                writeBatch(batch, written);
            }
            if (uncommitted && (System.nanoTime() - lastCommit > commitInterval.toNanos() || pause.isPaused())) {
                store.commit(); // also before a pause, so paused work is durable
                lastCommit = System.nanoTime();
                uncommitted = false;
            }
            pause.awaitResumed(cancel); // between batches: never while a file is half written
        }
    }

    /**
     * Writes the batch's files in one {@link PassageStore#replaceFiles} (a cluster store then
     * needs three requests for the batch, not three per file); a removal, or a file that keeps
     * passages a pending write of its path would change, first writes what is pending.
     */
    private void writeBatch(EmbeddedBatch batch, List<FileRecord> written) {
        int v = 0;
        int chunks = 0;
        List<FileReplacement> pending = new ArrayList<>();
        for (Prepared p : batch.files()) {
            switch (p) {
                case Prepared.ToEmbed e -> {
                    List<StoredPassage> passages = new ArrayList<>();
                    for (Chunk c : e.document().chunks()) {
                        passages.add(toStored(e, c, batch.vectors().get(v++)));
                    }
                    chunks += passages.size();
                    pending.add(new FileReplacement(e.record(), passages));
                }
                case Prepared.Reused r -> pending.add(new FileReplacement(r.record(), r.passages()));
                case Prepared.RecordOnly r -> {
                    String path = r.record().path();
                    if (r.keepPassages()
                            && pending.stream().anyMatch(f -> f.record().path().equals(path))) {
                        flush(pending, written);
                    }
                    pending.add(new FileReplacement(r.record(), r.keepPassages() ? store.passagesOf(path) : List.of()));
                }
                case Prepared.Gone g -> {
                    flush(pending, written);
                    store.removeFile(g.path());
                    removedWhileRead++;
                }
            }
        }
        flush(pending, written);
        uncommitted = true;
        meter.filesDone += batch.files().size();
        meter.chunksDone += chunks;
        progress();
    }

    /** Writes the pending files, then tells the listener of each. */
    private void flush(List<FileReplacement> pending, List<FileRecord> written) {
        if (pending.isEmpty()) {
            return;
        }
        store.replaceFiles(List.copyOf(pending));
        for (FileReplacement f : pending) {
            written.add(f.record());
            meter.bytesWritten += f.record().size();
            listener.onFile(f.record());
        }
        pending.clear();
    }

    /** Tells the listener, from whichever stage's thread, one report at a time. */
    private void progress() {
        synchronized (meter) {
            listener.onProgress(meter.snapshot());
        }
    }

    /** One more unit of work joined the run (a file's scans, read after the files with text). */
    void addWork() {
        meter.addFile();
    }

    /** OCR pages count as progress; a paused run waits after a page, a cancelled one stops reading. */
    private final ParseControl control = new ParseControl() {
        @Override
        public boolean pageRead(int done, int total) {
            meter.filePages(done, total);
            if (done > 0) {
                meter.scanPageRead();
            }
            progress();
            pause.awaitResumed(cancel);
            meter.scanStarted(); // the pause is no OCR time
            return !cancel.isCancelled() && !stopped.get();
        }
    };

    private static StoredPassage toStored(Prepared.ToEmbed e, Chunk c, float[] vector) {
        FileRecord r = e.record();
        Prepared.PartSpan part = e.partOf(c.ordinal());
        if (part != null) {
            return new StoredPassage(
                    r.path(),
                    part.title(),
                    part.type(),
                    part.language(),
                    c.ordinal(),
                    c.text(),
                    c.page(),
                    c.headings(),
                    c.startOffset(),
                    c.endOffset(),
                    vector,
                    part.name(),
                    part.scannedPages().contains(c.page()));
        }
        return new StoredPassage(
                r.path(),
                r.title(),
                r.type(),
                e.language(),
                c.ordinal(),
                c.text(),
                c.page(),
                c.headings(),
                c.startOffset(),
                c.endOffset(),
                vector,
                "",
                e.scannedPages().contains(c.page()));
    }

    /** Room a prepared file takes in the parser's queue: its passages, at least 1, at most all. */
    private static int weight(Prepared p) {
        int chunks = p instanceof Prepared.ToEmbed e ? e.document().chunks().size() : 0;
        return Math.clamp(chunks, 1, QUEUED_CHUNKS);
    }

    /** Waits until the queue has room for this many passages; false if the pipeline stopped. */
    private boolean awaitRoom(int chunks) {
        try {
            while (!roomForChunks.tryAcquire(chunks, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped.get() || cancel.isCancelled()) { // nobody takes more after a cancel
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
            return false;
        }
    }

    /** Waits for the next item; END if the pipeline stopped or this thread was interrupted. */
    private Object take(BlockingQueue<Object> queue) {
        Object next;
        while ((next = poll(queue)) == null) {
            // keep waiting: the stage before is still working
        }
        return next;
    }

    /** Waits a little for the next item: null if none came, END if the pipeline stopped. */
    private Object poll(BlockingQueue<Object> queue) {
        try {
            Object next = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            return next == null && stopped.get() ? END : next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
            return END;
        }
    }

    /** Hands the item on, waiting for room; gives up only if the pipeline stopped. */
    private void handOff(BlockingQueue<Object> queue, Object item) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    return; // nobody will take it
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
        }
    }

    private void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
        }
    }
}
