package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The time left follows the bytes still to do, so a large last file is not "2 s left". */
class ProgressMeterTest {

    @Test
    void should_estimate_from_bytes_when_the_large_file_comes_last() throws InterruptedException {
        long small = 20_000;
        long large = 800_000;
        ProgressMeter meter = new ProgressMeter(10, 9 * small + large);
        long t0 = System.nanoTime();
        Thread.sleep(1_100);
        meter.filesDone = 9; // nine small files done, the large one still to embed
        meter.bytesWritten = 9 * small;
        long elapsedAtLeast = System.nanoTime() - t0;
        Duration eta = meter.snapshot().eta();
        // 18% of the bytes took the time so far: about 4.4 times as long is left. Counting files
        // (90% done) said a ninth of the time so far.
        assertThat(eta).isNotNull();
        assertThat(eta.toNanos()).isGreaterThanOrEqualTo(2 * elapsedAtLeast);
    }
}
