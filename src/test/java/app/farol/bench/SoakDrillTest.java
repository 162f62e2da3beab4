package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Twenty seconds of it; {@code ./farol bench soak --minutes 30} is the real run. */
@Tag("slow")
class SoakDrillTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_the_index_equal_to_a_watched_folder_that_changes_while_searched() throws Exception {
        SoakDrill.Result r = new SoakDrill(
                        temp, new SoakDrill.Settings(Duration.ofSeconds(20), Duration.ofMillis(300), 10, 9), System.out)
                .run();

        assertThat(r.errorMessages()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.changes()).as("changes made to the folder").isGreaterThan(10);
        assertThat(r.searches()).isPositive();
        assertThat(r.asks()).isPositive();
        assertThat(r.minutes()).hasSize(1);
        assertThat(r.minutes().getFirst().rssBytes()).isPositive();
        assertThat(r.libraryRuns()).as("runs started by the watcher").isGreaterThan(2);
        assertThat(r.mismatches()).isEmpty();
    }
}
