package app.farol.ui.library;

import app.farol.core.index.IndexProgress;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScanPages;
import app.farol.core.library.LibraryState;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/**
 * The files with scanned pages, one row each: pages OCR read (of those that needed it), pages it
 * could not read, pages read with low confidence, and where the file is: waiting for OCR, being
 * read ("Reading page 3 of 12…", from the run's progress), read, read in part. The indexer's
 * sentence with the page numbers is each status cell's tooltip.
 */
final class ScanTableModel extends AbstractTableModel {
    static final int FILE = 0;
    static final int READ = 1;
    static final int UNREAD = 2;
    static final int DOUBTFUL = 3;
    static final int STATUS = 4;
    private static final Set<ReasonKind> SCAN_KINDS =
            Set.of(ReasonKind.SCANNED, ReasonKind.SCAN_UNREAD, ReasonKind.SCAN_DOUBTFUL);
    private static final String[] COLUMNS = {
        "library.col.file",
        "library.col.pagesRead",
        "library.col.pagesUnread",
        "library.col.pagesDoubtful",
        "library.col.status"
    };

    private List<FileRecord> rows = List.of();
    private LibraryState state = LibraryState.idle();

    /** Whether the file belongs in this list: it has scanned pages, read or not. */
    static boolean scanned(FileRecord r) {
        return r.scan().any() || SCAN_KINDS.contains(r.kind());
    }

    void set(List<FileRecord> all) {
        rows = all.stream()
                .filter(ScanTableModel::scanned)
                .sorted(Comparator.comparing(FileRecord::path))
                .toList();
        fireTableDataChanged();
    }

    /** The run's progress: the row of the file being read shows its page; only that row changes. */
    void setState(LibraryState library) {
        String before = reading(state);
        state = library;
        String now = reading(library);
        for (int r = 0; r < rows.size(); r++) {
            String path = rows.get(r).path();
            if (path.equals(before) || path.equals(now)) {
                fireTableCellUpdated(r, STATUS);
            }
        }
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
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int c) {
        return Texts.get(COLUMNS[c]);
    }

    @Override
    public Object getValueAt(int r, int c) {
        FileRecord f = rows.get(r);
        ScanPages s = f.scan();
        return switch (c) {
            case FILE -> DisplayNames.safe(Path.of(f.path()).getFileName());
            case READ -> s.any() ? Texts.format("library.scan.pages", s.read(), s.scanned()) : "";
            case UNREAD -> s.any() ? String.valueOf(s.unread()) : "";
            case DOUBTFUL -> s.any() ? String.valueOf(s.doubtful()) : "";
            default -> status(f);
        };
    }

    /** The cell's tooltip: the full path for the name, the indexer's sentence (with the pages) for the rest. */
    String tooltip(int r, int c) {
        FileRecord f = rows.get(r);
        if (c == FILE) {
            return DisplayNames.safe(Path.of(f.path()));
        }
        return f.reason().isEmpty() ? status(f) : ReasonText.detail(f.reason());
    }

    private String status(FileRecord f) {
        IndexProgress p = state.progress();
        if (state.running() && p != null && f.path().equals(p.currentFile()) && p.filePagesTotal() > 0) {
            int page = Math.min(p.filePagesRead() + 1, p.filePagesTotal());
            return Texts.format("library.scan.reading", page, p.filePagesTotal());
        }
        return Texts.get(
                switch (f.kind()) {
                    case SCANNED -> needsTesseract(f.reason()) ? "library.scan.install" : "library.scan.waiting";
                    case SCAN_UNREAD ->
                        f.status() == FileStatus.INDEXED ? "library.scan.readInPart" : "library.scan.notRead";
                    case SCAN_DOUBTFUL -> "library.scan.readDoubtful";
                    default -> "library.scan.read";
                });
    }

    /** Whether the scans wait for Tesseract to be installed (not for the OCR pass), here or in a document inside. */
    private static boolean needsTesseract(Reason reason) {
        for (Reason r = reason; r != null; r = r.inner()) {
            if (r.cause() == Cause.NEEDS_TESSERACT) {
                return true;
            }
        }
        return false;
    }

    private static String reading(LibraryState s) {
        IndexProgress p = s.progress();
        return s.running() && p != null && p.filePagesTotal() > 0 ? p.currentFile() : "";
    }
}
