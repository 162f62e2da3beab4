package app.farol.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.IndexReport;
import app.farol.core.library.FolderSummary;
import app.farol.core.library.LibraryState;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A folder's status says what happened to it: a cancelled run does not read "Indexed". */
class FolderTableModelTest {

    @Test
    void should_say_cancelled_with_its_counts_after_a_cancel_and_paused_while_paused() {
        Locale.setDefault(Locale.ENGLISH);
        FolderTableModel model = new FolderTableModel();
        FolderSummary half = new FolderSummary(Path.of("/docs"), true, 388, 380, 2, 6);
        FolderSummary whole = new FolderSummary(Path.of("/sample"), true, 16, 16, 0, 0);
        List<String> unread = java.util.stream.IntStream.range(0, 171)
                .mapToObj(i -> "/docs/late-" + i + ".pdf")
                .toList();
        IndexReport cancelled = new IndexReport(388, 0, 0, 0, 0, 388, 0, 900, 30.0, List.of(), List.of(), true, unread);
        model.set(List.of(half, whole), new LibraryState(LibraryState.Phase.IDLE, null, cancelled, ""));
        int status = model.getColumnCount() - 1;
        assertThat(model.getValueAt(0, status)).isEqualTo("Cancelled: 388 of 559 files");
        assertThat(model.getValueAt(1, status)).isEqualTo("Indexed"); // read whole before the cancel

        model.setState(new LibraryState(LibraryState.Phase.PAUSED, null, cancelled, ""));
        assertThat(model.getValueAt(0, status)).isEqualTo("Paused");

        IndexReport done = new IndexReport(171, 388, 0, 0, 0, 171, 0, 400, 20.0, List.of(), List.of(), false);
        model.setState(new LibraryState(LibraryState.Phase.IDLE, null, done, ""));
        assertThat(model.getValueAt(0, status)).isEqualTo("Indexed, 6 with problems");
    }

    @Test
    void should_say_indexing_only_for_the_folder_being_read() {
        Locale.setDefault(Locale.ENGLISH);
        FolderTableModel model = new FolderTableModel();
        FolderSummary reading = new FolderSummary(Path.of("/docs/corpus"), true, 120, 120, 0, 0);
        FolderSummary untouched = new FolderSummary(Path.of("/docs/sample"), true, 16, 15, 0, 1);
        FolderSummary waiting = new FolderSummary(Path.of("/docs/new"), true, 0, 0, 0, 0);
        app.farol.core.index.IndexProgress progress = new app.farol.core.index.IndexProgress(
                120, 559, 900, 10, java.time.Duration.ofMinutes(3), "/docs/corpus/a/report.pdf");
        model.set(
                List.of(reading, untouched, waiting),
                new LibraryState(LibraryState.Phase.INDEXING, progress, null, ""));
        int status = model.getColumnCount() - 1;
        assertThat(model.getValueAt(0, status)).isEqualTo("Indexing…");
        assertThat(model.getValueAt(1, status)).isEqualTo("Indexed, 1 with problems");
        assertThat(model.getValueAt(2, status)).isEqualTo("Waiting to be indexed");

        model.setState(new LibraryState(LibraryState.Phase.PAUSED, progress, null, ""));
        assertThat(model.getValueAt(0, status)).isEqualTo("Paused");
        assertThat(model.getValueAt(1, status)).isEqualTo("Indexed, 1 with problems");
    }

    @Test
    void should_keep_the_selected_folder_when_only_the_status_changes() throws Exception {
        FolderTableModel model = new FolderTableModel();
        model.set(
                List.of(
                        new FolderSummary(Path.of("/docs"), true, 10, 10, 0, 0),
                        new FolderSummary(Path.of("/more"), true, 60, 60, 0, 0)),
                LibraryState.idle());
        int[] selected = new int[1];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTable table = new javax.swing.JTable(model);
            table.setRowSelectionInterval(1, 1);
            model.setState(new LibraryState(LibraryState.Phase.INDEXING, null, null, ""));
            model.setState(LibraryState.idle());
            selected[0] = table.getSelectedRow();
        });
        assertThat(selected[0])
                .as("a Remove clicked now acts on the folder chosen")
                .isEqualTo(1);
    }
}
