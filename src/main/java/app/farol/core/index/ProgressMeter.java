package app.farol.core.index;

import java.time.Duration;

/**
 * Counts work done and estimates time left from the share of input bytes already embedded: file
 * counts mislead when the large files come last (559 files, "2 s left" for two minutes). A large
 * file's bytes count as its passages are embedded, slice by slice, so the estimate moves while
 * it is read instead of standing still until it is stored.
 */
final class ProgressMeter {
    /**
     * What reading one file costs besides its bytes (parsing it in the worker, storing it), in
     * bytes of text embedded in the same time: without it a folder of small files before a large
     * one was estimated 2-3 times too long (about 2 KB measured on the project's 2-core machine
     * under load, LibraryCountsUiTest).
     */
    static final long FILE_COST_BYTES = 2_048;

    /**
     * How much of the work must be seen done before a time left is said: progress comes a batch
     * at a time, and the speed of the first one or two batches alone was off by 2-3 times.
     */
    static final double MEASURED_SHARE = 0.1;

    private volatile int filesTotal;
    private final long bytesTotal;
    private final long startNanos = System.nanoTime();
    volatile String current = "";
    volatile long bytesPrepared;
    long bytesWritten;
    /** Bytes whose passages are embedded (a file's share per passage); written by the embed stage only. */
    volatile double bytesEmbedded;

    int filesDone;
    long chunksDone;
    volatile int scanPages;
    volatile long scanNanos;
    private long scanStart;
    /** When the first work was seen done, and how much: the estimate's speed is measured from there. */
    private long firstNanos;

    private double firstDone;
    private volatile int filePagesRead;
    private volatile int filePagesTotal;
    private int fileDocumentBase;

    ProgressMeter(int filesTotal, long bytesTotal) {
        this.filesTotal = filesTotal;
        this.bytesTotal = Math.max(1, bytesTotal);
    }

    /** One more unit of work: a file's scans, read after the files with text. */
    void addFile() {
        filesTotal++;
    }

    void scanStarted() {
        scanStart = System.nanoTime();
    }

    /** Another file begins: its scanned pages are counted from none. */
    void fileStarted() {
        filePagesRead = 0;
        filePagesTotal = 0;
        fileDocumentBase = 0;
    }

    /**
     * Where the current file's OCR is: {@code done} of {@code total} pages of one document in it
     * (an archive's scanned members come one after the other; their pages add up).
     */
    void filePages(int done, int total) {
        if (done == 0) {
            fileDocumentBase = filePagesRead;
        }
        filePagesRead = fileDocumentBase + done;
        filePagesTotal = fileDocumentBase + total;
    }

    /** A scanned page was read; the time since the last one (or the start of the file's scans) is OCR time. */
    void scanPageRead() {
        long now = System.nanoTime();
        scanNanos += now - scanStart;
        scanStart = now;
        scanPages++;
    }

    void bytesPrepared(long bytes) {
        bytesPrepared += bytes;
    }

    IndexProgress snapshot() {
        long now = System.nanoTime();
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? chunksDone / seconds : 0;
        double share = filesTotal == 0 ? 1 : (double) filesDone / filesTotal;
        // More written than the total: the sizes are not the total's bytes (a caller that counts
        // documents); count files then.
        double byteShare = (Math.max(bytesWritten, bytesEmbedded) + (double) filesDone * FILE_COST_BYTES)
                / (bytesTotal + (double) filesTotal * FILE_COST_BYTES);
        double done = bytesTotal > 1 && byteShare <= 1 ? byteShare : Math.min(share, 1);
        Duration eta = estimate(now, done);
        double scanRate = scanNanos > 0 ? scanPages / (scanNanos / 1e9) : 0;
        return new IndexProgress(
                filesDone,
                filesTotal,
                chunksDone,
                rate,
                eta,
                current,
                scanPages,
                scanRate,
                filePagesRead,
                filePagesTotal);
    }

    /**
     * The time left at the speed since the first work was done: the seconds before it (the
     * parser's and the model's first use, the walk) say nothing about the speed, and counted
     * in they made the first estimates minutes too long. Null until a tenth of the work is seen done.
     */
    private Duration estimate(long now, double done) {
        if (firstNanos == 0) {
            if (done > 0) {
                firstNanos = now;
                firstDone = done;
            }
            return null;
        }
        double seconds = (now - firstNanos) / 1e9;
        double progressed = done - firstDone;
        if (seconds < 1 || progressed < MEASURED_SHARE) {
            return null;
        }
        return Duration.ofMillis((long) ((1 - done) / (progressed / seconds) * 1000));
    }
}
