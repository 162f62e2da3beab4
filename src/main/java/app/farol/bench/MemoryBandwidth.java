package app.farol.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/** Measures memory read bandwidth by summing a large array on every core; and the process's peak memory. */
final class MemoryBandwidth {
    private MemoryBandwidth() {}

    /** Bytes per second read by {@code threads} threads summing a {@code bytes}-sized array, best of a few passes. */
    static double readBytesPerSecond(long bytes, int threads) {
        long[] data = new long[(int) (bytes / 8)];
        for (int i = 0; i < data.length; i += 512) {
            data[i] = i;
        }
        double best = 0;
        long sink = 0;
        for (int pass = 0; pass < 5; pass++) {
            long t = System.nanoTime();
            int slice = data.length / threads;
            sink += IntStream.range(0, threads)
                    .parallel()
                    .mapToLong(k -> {
                        long s = 0;
                        int end = k == threads - 1 ? data.length : (k + 1) * slice;
                        for (int i = k * slice; i < end; i++) {
                            s += data[i];
                        }
                        return s;
                    })
                    .sum();
            double seconds = (System.nanoTime() - t) / 1e9;
            best = Math.max(best, data.length * 8.0 / seconds);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }

    /** Peak resident memory of this process (Linux VmHWM), or -1 when unknown. */
    static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
