package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.Main;
import app.farol.workspace.FarolPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few damaged copies of the sample documents; {@code ./farol bench fuzz} takes thousands of the real corpus. */
@Tag("slow")
class FuzzDrillTest {
    @TempDir
    Path temp;

    @Test
    void should_index_damaged_copies_through_the_real_indexer_and_account_for_every_one() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (String name : List.of(
                "coffee-machine-manual.pdf",
                "choir-committee-minutes-2024-03-14.docx",
                "neighbourhood-walks.odt",
                "horta-na-varanda.epub",
                "nap-study-summary.html",
                "bike-maintenance-log.txt")) {
            Files.copy(FarolPaths.sampleDocs().resolve(name), corpus.resolve(name));
        }
        FuzzDrill.Result r = new FuzzDrill(
                        Main.class,
                        Files.createDirectories(temp.resolve("work")),
                        new FuzzDrill.Settings(corpus, 24, 5, Duration.ofMinutes(6)),
                        System.out)
                .run();
        System.out.println(r);

        assertThat(r.files()).isEqualTo(24);
        assertThat(r.sources()).isEqualTo(6);
        assertThat(r.byMutation().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(24);
        assertThat(r.byOutcome().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(24);
        assertThat(r.byOutcome()).doesNotContainKey("no record");
        assertThat(r.appCrashes()).isZero();
        assertThat(r.appHangs()).isZero();
        assertThat(r.runs()).isEqualTo(1);
        assertThat(r.unexplained()).isEmpty();
    }
}
