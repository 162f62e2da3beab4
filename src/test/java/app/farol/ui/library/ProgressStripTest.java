package app.farol.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.library.LibraryState;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status line and the Library's problem list count the same files; the line keeps its height. */
class ProgressStripTest {

    @Test
    void should_count_the_problem_files_the_library_lists_not_the_runs_new_ones() {
        Locale.setDefault(Locale.ENGLISH);
        List<FileRecord> files = List.of(
                record("a.pdf", FileStatus.INDEXED),
                record("b.pdf", FileStatus.FAILED),
                record("c.png", FileStatus.SKIPPED));
        // A second run: the two problem files were unchanged, so the run itself failed nothing.
        IndexReport run = new IndexReport(0, 3, 0, 0, 0, 0, 0, 0, 1.0, List.of(), List.of(), false);
        LibraryState done = new LibraryState(LibraryState.Phase.IDLE, null, run, "");
        String line = ProgressStrip.text(done, LibraryPanel.problemCount(files));
        assertThat(line).endsWith("2 with problems");
    }

    @Test
    void should_say_how_many_of_the_librarys_files_a_cancel_left_read_and_the_time_left_as_an_estimate() {
        Locale.setDefault(Locale.ENGLISH);
        IndexReport cancelled = new IndexReport(
                12, 0, 0, 0, 0, 12, 0, 50, 9.0, List.of(), List.of(), true, List.of("/d/x.pdf", "/d/y.pdf"));
        LibraryState state = new LibraryState(LibraryState.Phase.IDLE, null, cancelled, "");
        assertThat(ProgressStrip.text(state, 1, 30))
                .isEqualTo("Indexing cancelled: 30 of 32 files read. Resume to finish.");
        assertThat(ProgressStrip.duration(Duration.ofSeconds(4))).isEqualTo("about 4 s");
        assertThat(ProgressStrip.duration(Duration.ofSeconds(23))).isEqualTo("about 25 s");
        assertThat(ProgressStrip.duration(Duration.ofSeconds(61))).isEqualTo("about 1 min"); // not "2 min"
        assertThat(ProgressStrip.duration(Duration.ofSeconds(155))).isEqualTo("about 3 min");
    }

    @Test
    void should_keep_one_height_whether_indexing_runs_or_not() throws Exception {
        int[] heights = new int[2];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            app.farol.ui.common.UiTheme.setup(app.farol.core.settings.Settings.Theme.LIGHT);
            ProgressStrip strip = new ProgressStrip();
            strip.show(LibraryState.idle()); // Pause and Cancel hidden
            heights[0] = strip.getPreferredSize().height;
            strip.show(new LibraryState(LibraryState.Phase.INDEXING, null, null, "")); // shown
            heights[1] = strip.getPreferredSize().height;
        });
        assertThat(heights[0]).isEqualTo(heights[1]);
    }

    @Test
    void should_count_the_scanned_pages_read_while_scans_are_read() {
        Locale.setDefault(Locale.ENGLISH);
        IndexProgress reading = new IndexProgress(3, 5, 40, 12.0, Duration.ofSeconds(30), "/docs/scan.pdf", 7, 0.5);
        String line = ProgressStrip.text(new LibraryState(LibraryState.Phase.INDEXING, reading, null, ""), 0);
        assertThat(line).startsWith("Indexing 3 of 5 files").endsWith(" · scanned pages read: 7");
        IndexProgress none = new IndexProgress(3, 5, 40, 12.0, Duration.ofSeconds(30), "/docs/a.txt");
        assertThat(ProgressStrip.text(new LibraryState(LibraryState.Phase.INDEXING, none, null, ""), 0))
                .doesNotContain("scanned");
    }

    private static FileRecord record(String name, FileStatus status) {
        return new FileRecord(
                "/docs/" + name,
                1,
                1,
                "h",
                status,
                status == FileStatus.INDEXED ? Reason.NONE : Reason.of(Cause.DAMAGED, "damaged"),
                0,
                name,
                "pdf",
                "");
    }
}
