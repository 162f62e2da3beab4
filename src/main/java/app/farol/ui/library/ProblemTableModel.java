package app.farol.ui.library;

import app.farol.core.index.FileRecord;
import app.farol.core.index.FileStatus;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** Files that were skipped or failed, with their reason in the window's language ({@link ReasonText}). */
final class ProblemTableModel extends AbstractTableModel {
    private List<FileRecord> rows = List.of();

    /** The files listed as problems: every file the index knows that is not indexed. */
    static long count(List<FileRecord> all) {
        return all.stream().filter(r -> r.status() != FileStatus.INDEXED).count();
    }

    void set(List<FileRecord> all) {
        rows = all.stream()
                .filter(r -> r.status() != FileStatus.INDEXED)
                .sorted(Comparator.comparing(FileRecord::status).thenComparing(FileRecord::path))
                .toList();
        fireTableDataChanged();
    }

    FileRecord at(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int c) {
        return Texts.get(
                switch (c) {
                    case 0 -> "library.col.file";
                    case 1 -> "library.col.status";
                    default -> "library.col.reason";
                });
    }

    @Override
    public Object getValueAt(int r, int c) {
        FileRecord f = rows.get(r);
        return switch (c) {
            case 0 -> DisplayNames.safe(Path.of(f.path()).getFileName());
            case 1 -> Texts.get(f.status() == FileStatus.FAILED ? "library.status.failed" : "library.status.skipped");
            default -> ReasonText.render(f.kind(), f.reason());
        };
    }
}
