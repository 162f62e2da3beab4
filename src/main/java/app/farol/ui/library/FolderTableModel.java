package app.farol.ui.library;

import app.farol.core.index.IndexProgress;
import app.farol.core.library.FolderSummary;
import app.farol.core.library.LibraryState;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The library's folders with their counts and a status in words. */
final class FolderTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {
        "library.col.folder",
        "library.col.files",
        "library.col.indexed",
        "library.col.skipped",
        "library.col.failed",
        "library.col.status"
    };
    private List<FolderSummary> rows = List.of();
    private LibraryState state = LibraryState.idle();

    void set(List<FolderSummary> summaries, LibraryState library) {
        rows = List.copyOf(summaries);
        state = library;
        fireTableDataChanged();
    }

    void setState(LibraryState library) {
        if (!phaseOf(state).equals(phaseOf(library)) && !rows.isEmpty()) {
            state = library;
            // Only the status column changes, in place: "data changed" would drop the selected
            // folder, and a Remove clicked a moment later would then do nothing.
            fireTableRowsUpdated(0, rows.size() - 1);
        }
        state = library;
    }

    /** What the status column depends on: running, paused, or files a cancel left unread. */
    private static String phaseOf(LibraryState s) {
        return s.phase() + "/"
                + (s.lastReport() == null ? 0 : s.lastReport().notRead().size());
    }

    Path folderAt(int row) {
        return rows.get(row).folder();
    }

    FolderSummary summaryAt(int row) {
        return rows.get(row);
    }

    /** The model row of a folder, or -1. */
    int rowOf(Path folder) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).folder().equals(folder)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int c) {
        return Texts.get(COLUMNS[c]);
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return c >= 1 && c <= 4 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int r, int c) {
        FolderSummary s = rows.get(r);
        return switch (c) {
            case 0 -> s.folder().toString();
            case 1 -> s.files();
            case 2 -> s.indexed();
            case 3 -> s.skipped();
            case 4 -> s.failed();
            default -> status(s);
        };
    }

    /**
     * Whether the run reads (or paused at) a file of this folder: only that folder reads
     * "Indexing…"; the others keep what they are. While the run still scans, any folder may be.
     */
    private boolean readingNow(java.nio.file.Path folder) {
        IndexProgress p = state.progress();
        if (p == null || p.currentFile() == null || p.currentFile().isEmpty()) {
            return true;
        }
        return java.nio.file.Path.of(p.currentFile()).startsWith(folder);
    }

    private String status(FolderSummary s) {
        if (!s.exists()) {
            return Texts.get("library.status.missing");
        }
        if (state.running() && readingNow(s.folder())) {
            return Texts.get(
                    state.phase() == LibraryState.Phase.PAUSED ? "desktop.status.paused" : "library.status.indexing");
        }
        if (state.running() && s.files() == 0) {
            return Texts.get("library.status.waiting"); // not reached yet in this run
        }
        int unread = state.lastReport() == null ? 0 : state.lastReport().notReadUnder(s.folder());
        if (unread > 0) {
            // Cancelled before this folder was read whole: what is there is kept, the rest is still to do.
            return Texts.format("desktop.status.stopped", s.files(), s.files() + unread);
        }
        if (s.files() == 0) {
            return Texts.get("library.status.empty");
        }
        return s.failed() > 0
                ? Texts.format("library.status.someFailed", s.failed())
                : Texts.get("library.status.indexed");
    }
}
