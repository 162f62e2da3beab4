package app.farol.ui.library;

import app.farol.core.index.FileRecord;
import app.farol.core.library.FolderSummary;
import app.farol.core.library.LibraryListener;
import app.farol.core.library.LibraryService;
import app.farol.core.library.LibraryState;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The Library view: folders with counts and status, add/remove/re-index, and the files that could
 * not be indexed with their reasons. The library itself lives in {@link LibraryService}; this view
 * reads its summaries in the background and refreshes at most twice a second while indexing.
 */
public final class LibraryPanel extends JPanel {
    private final BackgroundExecutor executor;
    private final FolderTableModel folders = new FolderTableModel();
    private final ProblemTableModel problems = new ProblemTableModel();
    private final JTable folderTable = new CellTipTable(folders);
    private final JTable problemTable = new CellTipTable(problems);
    private final JButton add = new JButton(Texts.get("library.add"));
    private final JButton remove = new JButton(Texts.get("library.remove"));
    private final JButton reindex = new JButton(Texts.get("library.reindex"));
    private final JLabel problemsTitle = new JLabel(Texts.get("library.problems"));
    private final Timer refresh = new Timer(500, e -> reload());
    private LibraryService library;
    private Consumer<List<Path>> foldersChanged = f -> {};
    private Consumer<List<FileRecord>> filesLoaded = f -> {};

    public LibraryPanel(BackgroundExecutor executor) {
        super(new BorderLayout());
        this.executor = executor;
        setName("library");
        folderTable.setName("library.folders");
        problemTable.setName("library.problems");
        add.setName("library.add");
        remove.setName("library.remove");
        reindex.setName("library.reindex");
        add.setToolTipText(Texts.get("library.addTooltip"));
        remove.setToolTipText(Texts.get("library.removeTooltip"));
        reindex.setToolTipText(Texts.get("library.reindexTooltip"));
        refresh.setRepeats(false);
        add.addActionListener(e -> chooseFolder());
        remove.addActionListener(e -> removeSelected());
        reindex.addActionListener(e -> library.rescan());
        remove.setEnabled(false);
        folderTable
                .getSelectionModel()
                .addListSelectionListener(e -> remove.setEnabled(folderTable.getSelectedRow() >= 0));
        int[] widths = {300, 60, 70, 70, 60, 200};
        for (int c = 0; c < widths.length; c++) {
            folderTable.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        problemTable.getColumnModel().getColumn(0).setPreferredWidth(200);
        problemTable.getColumnModel().getColumn(1).setPreferredWidth(70);
        problemTable.getColumnModel().getColumn(2).setPreferredWidth(460);
        folderTable.setFillsViewportHeight(true);
        problemTable.setFillsViewportHeight(true);

        JPanel head = new JPanel(new BorderLayout());
        head.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        JLabel title = new JLabel(Texts.get("library.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        head.add(title, BorderLayout.WEST);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(reindex);
        head.add(buttons, BorderLayout.EAST);
        add(head, BorderLayout.NORTH);

        JPanel lower = new JPanel(new BorderLayout());
        problemsTitle.putClientProperty("FlatLaf.styleClass", "h4");
        problemsTitle.setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
        lower.add(problemsTitle, BorderLayout.NORTH);
        lower.add(new JScrollPane(problemTable), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(folderTable), lower);
        split.setResizeWeight(0.4);
        split.setBorder(BorderFactory.createEmptyBorder(0, 12, 12, 12));
        add(split, BorderLayout.CENTER);
    }

    /** Connects the library; the view follows its events from now on. */
    public void attach(LibraryService library) {
        this.library = library;
        library.addListener(new LibraryListener() {
            @Override
            public void onState(LibraryState state) {
                SwingUtilities.invokeLater(() -> {
                    folders.setState(state);
                    if (!refresh.isRunning()) {
                        refresh.start();
                    }
                });
            }

            @Override
            public void onFilesChanged() {
                SwingUtilities.invokeLater(LibraryPanel.this::reload);
            }
        });
        reload();
    }

    /** Called with the new folder list after the user added or removed one (to save it). */
    public void onFoldersChanged(Consumer<List<Path>> handler) {
        this.foldersChanged = handler;
    }

    /** Called with all file records whenever they were re-read (the search filters use them). */
    public void onFilesLoaded(Consumer<List<FileRecord>> handler) {
        this.filesLoaded = handler;
    }

    /** The number of problem files in the list, each time it was re-read. */
    public static int problemCount(List<FileRecord> files) {
        return (int) ProblemTableModel.count(files);
    }

    private record Snapshot(List<FolderSummary> summaries, List<FileRecord> files) {}

    private void reload() {
        LibraryService l = library;
        if (l == null) {
            return;
        }
        executor.submit(
                "library summary",
                c -> {
                    List<FileRecord> files = l.files();
                    return new Snapshot(
                            l.folders().stream()
                                    .map(f -> FolderSummary.of(f, files))
                                    .toList(),
                            files);
                },
                s -> {
                    folders.set(s.summaries(), l.state());
                    problems.set(s.files());
                    problemsTitle.setText(Texts.format("library.problemsCount", problems.getRowCount()));
                    filesLoaded.accept(s.files());
                },
                message -> problemsTitle.setText(message));
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(Texts.get("library.addTitle"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            List<Path> next = new ArrayList<>(library.folders());
            next.add(chooser.getSelectedFile().toPath());
            change(next);
        }
    }

    private void removeSelected() {
        int row = folderTable.getSelectedRow();
        if (row < 0) {
            return;
        }
        Path folder = folders.folderAt(folderTable.convertRowIndexToModel(row));
        int answer = JOptionPane.showConfirmDialog(
                this,
                Texts.format("library.removeConfirm", folder),
                Texts.get("library.remove"),
                JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            List<Path> next = new ArrayList<>(library.folders());
            next.remove(folder);
            change(next);
        }
    }

    /** Adds or removes folders; the library walks them to watch them, so this runs in the background. */
    public void change(List<Path> next) {
        LibraryService l = library;
        executor.submit(
                "library folders",
                c -> {
                    l.setFolders(next);
                    return l.folders();
                },
                f -> {
                    foldersChanged.accept(f);
                    reload();
                },
                message -> JOptionPane.showMessageDialog(this, message));
    }
}
