package app.farol.ui.library;

import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * Files that were skipped or failed: name, folder, status and the reason in plain words in the
 * window's language ({@link ReasonText}); the technical detail is each row's tooltip.
 */
final class ProblemTableModel extends AbstractTableModel {
    static final int FILE = 0;
    static final int FOLDER = 1;
    static final int STATUS = 2;
    static final int REASON = 3;

    private List<FileRecord> rows = List.of();
    private List<Path> roots = List.of();

    /** The files listed as problems: every file the index knows that is not indexed. */
    static long count(List<FileRecord> all) {
        return all.stream().filter(r -> r.status() != FileStatus.INDEXED).count();
    }

    /** @param libraryFolders the library's folders, which the folder column is relative to */
    void set(List<FileRecord> all, List<Path> libraryFolders) {
        roots = List.copyOf(libraryFolders);
        rows = all.stream()
                .filter(r -> r.status() != FileStatus.INDEXED)
                .sorted(Comparator.comparing(FileRecord::status).thenComparing(FileRecord::path))
                .toList();
        fireTableDataChanged();
    }

    FileRecord at(int row) {
        return rows.get(row);
    }

    Path pathAt(int row) {
        return Path.of(rows.get(row).path());
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 4;
    }

    @Override
    public String getColumnName(int c) {
        return Texts.get(
                switch (c) {
                    case FILE -> "library.col.file";
                    case FOLDER -> "library.col.folder";
                    case STATUS -> "library.col.status";
                    default -> "library.col.reason";
                });
    }

    @Override
    public Object getValueAt(int r, int c) {
        FileRecord f = rows.get(r);
        return switch (c) {
            case FILE -> DisplayNames.safe(Path.of(f.path()).getFileName());
            case FOLDER -> folder(Path.of(f.path()));
            case STATUS ->
                Texts.get(f.status() == FileStatus.FAILED ? "library.status.failed" : "library.status.skipped");
            default -> ReasonText.render(f.reason());
        };
    }

    /** The cell's tooltip: full path for name and folder, the technical detail for the reason. */
    String tooltip(int r, int c) {
        FileRecord f = rows.get(r);
        Path p = Path.of(f.path());
        return switch (c) {
            case FILE -> DisplayNames.safe(p);
            case FOLDER -> DisplayNames.safe(p.getParent());
            case STATUS -> null;
            default -> ReasonText.detail(f.reason());
        };
    }

    /** The file's folder as the library names it: its library folder's name, then the path below it. */
    private String folder(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return "";
        }
        for (Path root : roots) {
            if (parent.startsWith(root)) {
                Path name = root.getFileName() == null ? root : root.getFileName();
                Path below = root.relativize(parent);
                return DisplayNames.safe(below.toString().isEmpty() ? name : name.resolve(below));
            }
        }
        return DisplayNames.safe(parent);
    }
}
