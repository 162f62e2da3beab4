package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.Main;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few SIGKILLs here; {@code ./farol bench crash} runs thirty and prints the figure. */
@Tag("slow")
class CrashDrillTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_the_index_clean_whole_and_resumable_when_indexing_is_killed_at_random_moments() throws Exception {
        long seed = System.nanoTime();
        System.out.println("crash drill seed " + seed);
        CrashDrill.Result r = new CrashDrill(
                        Main.class, temp, new CrashDrill.Settings(4, Duration.ofSeconds(9), seed), System.out)
                .run();

        assertThat(r.problems()).isEmpty();
        assertThat(r.kills()).isEqualTo(4);
        assertThat(r.cleanChecks()).isEqualTo(r.kills() + r.finishedFirst());
        assertThat(r.rereadCommitted()).isZero();
        assertThat(r.finalRunComplete())
                .as("the last, unkilled run indexed every file at its last version")
                .isTrue();
    }
}
