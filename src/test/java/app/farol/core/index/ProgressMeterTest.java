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
        Thread.sleep(300); // the walk and the first parse: no speed can be told from them
        meter.filesDone = 1;
        meter.bytesWritten = small;
        assertThat(meter.snapshot().eta()).as("one point is no speed").isNull();
        long t0 = System.nanoTime();
        Thread.sleep(1_100);
        meter.filesDone = 9; // nine small files done, the large one still to embed
        meter.bytesWritten = 9 * small;
        long elapsedAtLeast = System.nanoTime() - t0;
        Duration eta = meter.snapshot().eta();
        // 8 small files (16% of the bytes) took the time since: about 5 times as long is left.
        // Counting files (90% done) said a ninth of the time so far.
        assertThat(eta).isNotNull();
        assertThat(eta.toNanos()).isGreaterThanOrEqualTo(4 * elapsedAtLeast);
    }

    @Test
    void should_move_the_estimate_while_a_large_file_is_embedded() throws InterruptedException {
        ProgressMeter meter = new ProgressMeter(2, 1_000_000);
        meter.bytesEmbedded = 100_000; // the small file
        meter.snapshot();
        Thread.sleep(1_100);
        meter.bytesEmbedded = 300_000; // a fifth of the large file's passages embedded, nothing stored yet
        Duration before = meter.snapshot().eta();
        Thread.sleep(1_100);
        meter.bytesEmbedded = 500_000;
        Duration after = meter.snapshot().eta();
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isLessThan(before);
    }
}
