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
    void should_say_stopped_after_a_cancel_and_paused_while_paused() {
        Locale.setDefault(Locale.ENGLISH);
        FolderTableModel model = new FolderTableModel();
        FolderSummary half = new FolderSummary(Path.of("/docs"), true, 388, 388, 0, 0);
        IndexReport cancelled = new IndexReport(388, 0, 0, 0, 0, 388, 0, 900, 30.0, List.of(), List.of(), true);
        model.set(List.of(half), new LibraryState(LibraryState.Phase.IDLE, null, cancelled, ""));
        int status = model.getColumnCount() - 1;
        assertThat(model.getValueAt(0, status)).isEqualTo("Stopped: 388 files indexed so far (Re-index to finish)");

        model.setState(new LibraryState(LibraryState.Phase.PAUSED, null, cancelled, ""));
        assertThat(model.getValueAt(0, status)).isEqualTo("Paused");

        IndexReport done = new IndexReport(171, 388, 0, 0, 0, 171, 0, 400, 20.0, List.of(), List.of(), false);
        model.setState(new LibraryState(LibraryState.Phase.IDLE, null, done, ""));
        assertThat(model.getValueAt(0, status)).isEqualTo("Indexed");
    }
}
