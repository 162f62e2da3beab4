package app.farol.core.index;

import java.time.Duration;

/** Counts work done and estimates time left from the share of input bytes already prepared. */
final class ProgressMeter {
    private final int filesTotal;
    private final long bytesTotal;
    private final long startNanos = System.nanoTime();
    volatile String current = "";
    volatile long bytesPrepared;
    int filesDone;
    long chunksDone;

    ProgressMeter(int filesTotal, long bytesTotal) {
        this.filesTotal = filesTotal;
        this.bytesTotal = Math.max(1, bytesTotal);
    }

    void bytesPrepared(long bytes) {
        bytesPrepared += bytes;
    }

    IndexProgress snapshot() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? chunksDone / seconds : 0;
        Duration eta = null;
        double share = filesTotal == 0 ? 1 : (double) filesDone / filesTotal;
        double byteShare = (double) bytesPrepared / bytesTotal;
        double done = Math.max(Math.min(share, 1), Math.min(byteShare, 1) * 0.5 + share * 0.5);
        if (done > 0.01 && seconds > 1) {
            eta = Duration.ofMillis((long) (seconds * (1 - done) / done * 1000));
        }
        return new IndexProgress(filesDone, filesTotal, chunksDone, rate, eta, current);
    }
}
