package app.farol.core.index;

import java.time.Duration;

/**
 * Counts work done and estimates time left from the share of input bytes already written: file
 * counts mislead when the large files come last (559 files, "2 s left" for two minutes), and a
 * file's bytes are only done once its passages are embedded and stored.
 */
final class ProgressMeter {
    private volatile int filesTotal;
    private final long bytesTotal;
    private final long startNanos = System.nanoTime();
    volatile String current = "";
    volatile long bytesPrepared;
    long bytesWritten;
    int filesDone;
    long chunksDone;
    volatile int scanPages;
    volatile long scanNanos;
    private long scanStart;
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
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? chunksDone / seconds : 0;
        Duration eta = null;
        double share = filesTotal == 0 ? 1 : (double) filesDone / filesTotal;
        // More written than the total: the sizes are not the total's bytes (a caller that counts
        // documents); count files then.
        double byteShare = (double) bytesWritten / bytesTotal;
        double done = bytesTotal > 1 && byteShare <= 1 ? byteShare : Math.min(share, 1);
        if (done > 0.01 && seconds > 1) {
            eta = Duration.ofMillis((long) (seconds * (1 - done) / done * 1000));
        }
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
}
