package app.farol.ui.library;

import app.farol.core.index.IndexReport;
import app.farol.core.library.FolderSummary;
import app.farol.core.library.LibraryListener;
import app.farol.core.library.LibraryService;
import app.farol.core.library.LibraryState;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.FolderChooser;
import app.farol.ui.common.SystemApps;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The Library view: folders with counts and status, add/remove/re-index (of the selected folder),
 * and the files that could not be indexed, with their reasons in plain words, their folder, and
 * Open, Show in folder and Try again. The library itself lives in {@link LibraryService}; this
 * view reads its summaries in the background and refreshes at most twice a second while
 * indexing. What a re-index or a retry did is said in a line beside the buttons.
 */
public final class LibraryPanel extends JPanel {
    private final BackgroundExecutor executor;
    private final FolderTableModel folders = new FolderTableModel();
    private final ProblemTableModel problems = new ProblemTableModel();
    private final CellTipTable folderTable = new CellTipTable(folders);
    private final CellTipTable problemTable = new CellTipTable(problems);
    private final ScanTableModel scans = new ScanTableModel();
    private final CellTipTable scanTable = new CellTipTable(scans);
    private final JLabel scansTitle = new JLabel();
    private final JPanel scansPanel = new JPanel(new BorderLayout());
    private final JButton add = new JButton(Texts.get("library.add"));
    private final JButton remove = new JButton(Texts.get("library.remove"));
    private final JButton reindex = new JButton(Texts.get("library.reindex"));
    private final JButton open = new JButton(Texts.get("library.open"));
    private final JButton reveal = new JButton(Texts.get("library.reveal"));
    private final JButton retry = new JButton(Texts.get("library.retry"));
    private final JLabel problemsTitle = new JLabel(Texts.get("library.problems"));
    private final WrappingLabel said = new WrappingLabel("");
    private final Timer refresh = new Timer(500, e -> reload());
    private LibraryService library;
    private LibraryListener listener;
    private boolean detached;
    /** Says what a re-index or retry did once the run it asked for has ended; null when none is waiting. */
    private Consumer<IndexReport> afterRun;
    /** Whether the run asked for has not been seen starting yet (an idle state until then is an older run's). */
    private boolean awaitingStart;
    /** Runs once after the lists were next re-read (to report counts as they are after a run). */
    private Runnable afterReload;

    private Consumer<List<Path>> foldersChanged = f -> {};
    private Consumer<List<FileRecord>> filesLoaded = f -> {};
    private Consumer<LibraryCounts> countsShown = c -> {};

    public LibraryPanel(BackgroundExecutor executor) {
        super(new BorderLayout());
        this.executor = executor;
        setName("library");
        folderTable.setName("library.folders");
        problemTable.setName("library.problems");
        scanTable.setName("library.scans");
        scansTitle.setName("library.scansTitle");
        add.setName("library.add");
        remove.setName("library.remove");
        reindex.setName("library.reindex");
        open.setName("library.open");
        reveal.setName("library.reveal");
        retry.setName("library.retry");
        said.setName("library.said");
        ThemeColours.foreground(said, "Farol.muted");
        add.setToolTipText(Texts.get("library.addTooltip"));
        remove.setToolTipText(Texts.get("library.removeTooltip"));
        reindex.setToolTipText(Texts.get("library.reindexTooltip"));
        open.setToolTipText(Texts.get("library.openTooltip"));
        reveal.setToolTipText(Texts.get("library.revealTooltip"));
        retry.setToolTipText(Texts.get("library.retryTooltip"));
        refresh.setRepeats(false);
        add.addActionListener(e -> chooseFolder());
        remove.addActionListener(e -> removeSelected());
        reindex.addActionListener(e -> reindexSelected());
        open.addActionListener(e -> selectedProblem().ifPresent(p -> SystemApps.open(this, executor, p)));
        reveal.addActionListener(e -> selectedProblem().ifPresent(p -> SystemApps.reveal(this, executor, p)));
        retry.addActionListener(e -> retrySelected());
        folderTable.getSelectionModel().addListSelectionListener(e -> enableButtons());
        problemTable.getSelectionModel().addListSelectionListener(e -> enableButtons());
        folderTable.widths(300, 60, 70, 70, 60, 200);
        folderTable.tooltips(
                (r, c) -> c == 0 ? folders.folderAt(r).toString() : String.valueOf(folders.getValueAt(r, c)));
        problemTable.widths(180, 140, 70, 300);
        problemTable.tooltips(problems::tooltip);
        scanTable.widths(220, 90, 70, 90, 260);
        scanTable.tooltips(scans::tooltip);
        scanTable.setFillsViewportHeight(true);
        folderTable.setFillsViewportHeight(true);
        problemTable.setFillsViewportHeight(true);
        enableButtons();

        // Title above, buttons below it: a narrow window wraps the buttons instead of laying them over the title.
        JPanel head = new JPanel(new BorderLayout(0, 6));
        head.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        JLabel title = new JLabel(Texts.get("library.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        head.add(title, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 0));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(reindex);
        head.add(buttons, BorderLayout.CENTER);
        said.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 0));
        head.add(said, BorderLayout.SOUTH);
        add(head, BorderLayout.NORTH);

        JPanel lower = new JPanel(new BorderLayout());
        problemsTitle.putClientProperty("FlatLaf.styleClass", "h4");
        problemsTitle.setBorder(BorderFactory.createEmptyBorder(10, 0, 6, 0));
        lower.add(problemsTitle, BorderLayout.NORTH);
        lower.add(new JScrollPane(problemTable), BorderLayout.CENTER);
        JPanel fileButtons = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 0));
        fileButtons.setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
        fileButtons.add(open);
        fileButtons.add(reveal);
        fileButtons.add(retry);
        lower.add(fileButtons, BorderLayout.SOUTH);
        // Files with scanned pages, below the problems; only shown when there are some.
        scansTitle.putClientProperty("FlatLaf.styleClass", "h4");
        scansTitle.setBorder(BorderFactory.createEmptyBorder(10, 0, 6, 0));
        scansPanel.add(scansTitle, BorderLayout.NORTH);
        scansPanel.add(new JScrollPane(scanTable), BorderLayout.CENTER);
        scansPanel.setVisible(false);
        JSplitPane files = new JSplitPane(JSplitPane.VERTICAL_SPLIT, lower, scansPanel);
        files.setResizeWeight(0.5);
        files.setBorder(BorderFactory.createEmptyBorder());
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(folderTable), files);
        split.setResizeWeight(0.4);
        split.setBorder(BorderFactory.createEmptyBorder(0, 12, 12, 12));
        add(split, BorderLayout.CENTER);
    }

    /** Connects the library; the view follows its events from now on. */
    public void attach(LibraryService library) {
        this.library = library;
        listener = new LibraryListener() {
            @Override
            public void onState(LibraryState state) {
                SwingUtilities.invokeLater(() -> {
                    if (detached) {
                        return;
                    }
                    folders.setState(state);
                    scans.setState(state);
                    if (state.running()) {
                        awaitingStart = false;
                    } else if (!awaitingStart && afterRun != null && state.lastReport() != null) {
                        Consumer<IndexReport> then = afterRun;
                        afterRun = null;
                        then.accept(state.lastReport());
                    }
                    if (!refresh.isRunning()) {
                        refresh.start();
                    }
                });
            }

            @Override
            public void onFilesChanged() {
                SwingUtilities.invokeLater(LibraryPanel.this::reload);
            }
        };
        library.addListener(listener);
        reload();
    }

    /** Stops following the library (the window is closing): no more reads of it are started. */
    public void detach() {
        detached = true;
        refresh.stop();
        if (library != null && listener != null) {
            library.removeListener(listener);
        }
    }

    /** Called with the new folder list after the user added or removed one (to save it). */
    public void onFoldersChanged(Consumer<List<Path>> handler) {
        this.foldersChanged = handler;
    }

    /** Called with all file records whenever they were re-read (the search filters use them). */
    public void onFilesLoaded(Consumer<List<FileRecord>> handler) {
        this.filesLoaded = handler;
    }

    /** Called with the counts the lists show, each time they were re-read (the status line says the same). */
    public void onCounts(Consumer<LibraryCounts> handler) {
        this.countsShown = handler;
    }

    /** The number of problem files in the list, each time it was re-read. */
    public static int problemCount(List<FileRecord> files) {
        return (int) ProblemTableModel.count(files);
    }

    private record Snapshot(List<Path> roots, List<FolderSummary> summaries, List<FileRecord> files) {}

    private void reload() {
        LibraryService l = library;
        if (l == null || detached) {
            return;
        }
        executor.submit(
                "library summary",
                c -> {
                    List<FileRecord> files = l.files();
                    List<Path> roots = l.folders();
                    return new Snapshot(
                            roots,
                            roots.stream().map(f -> FolderSummary.of(f, files)).toList(),
                            files);
                },
                s -> {
                    if (detached) {
                        return;
                    }
                    Path folder = selectedFolder();
                    Path problem = selectedProblem().orElse(null);
                    folders.set(s.summaries(), l.state());
                    problems.set(s.files(), s.roots());
                    reselect(folder, problem);
                    problemsTitle.setText(Texts.format("library.problemsCount", problems.getRowCount()));
                    countsShown.accept(new LibraryCounts(
                            s.summaries().stream()
                                    .mapToInt(FolderSummary::files)
                                    .sum(),
                            problems.getRowCount()));
                    scans.set(s.files());
                    scans.setState(l.state());
                    scansTitle.setText(Texts.format("library.scans", scans.getRowCount()));
                    if (scansPanel.isVisible() != scans.getRowCount() > 0) {
                        scansPanel.setVisible(scans.getRowCount() > 0);
                        revalidate();
                    }
                    filesLoaded.accept(s.files());
                    if (afterReload != null && afterRun == null) {
                        Runnable then = afterReload;
                        afterReload = null;
                        then.run();
                    }
                },
                message -> problemsTitle.setText(message));
    }

    /** Selects the same folder and file again after the lists were re-read (twice a second while indexing). */
    private void reselect(Path folder, Path problem) {
        if (folder != null) {
            int row = folders.rowOf(folder);
            if (row >= 0) {
                int view = folderTable.convertRowIndexToView(row);
                folderTable.getSelectionModel().setSelectionInterval(view, view);
            }
        }
        if (problem != null) {
            for (int row = 0; row < problems.getRowCount(); row++) {
                if (problems.pathAt(row).equals(problem)) {
                    int view = problemTable.convertRowIndexToView(row);
                    problemTable.getSelectionModel().setSelectionInterval(view, view);
                }
            }
        }
    }

    private Path selectedFolder() {
        int row = folderTable.getSelectedRow();
        return row < 0 ? null : folders.folderAt(folderTable.convertRowIndexToModel(row));
    }

    private java.util.Optional<Path> selectedProblem() {
        int row = problemTable.getSelectedRow();
        return row < 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(problems.pathAt(problemTable.convertRowIndexToModel(row)));
    }

    private void enableButtons() {
        boolean folder = folderTable.getSelectedRow() >= 0;
        boolean file = problemTable.getSelectedRow() >= 0;
        remove.setEnabled(folder);
        reindex.setEnabled(folder);
        open.setEnabled(file);
        reveal.setEnabled(file);
        retry.setEnabled(file);
    }

    private void chooseFolder() {
        FolderChooser.choose(this, Texts.get("library.addTitle")).ifPresent(folder -> {
            List<Path> next = new ArrayList<>(library.folders());
            next.add(folder);
            change(next);
        });
    }

    /** Re-indexes the selected folder and, when the run has ended, says what it did. */
    private void reindexSelected() {
        Path folder = selectedFolder();
        if (folder == null || library == null) {
            return;
        }
        String name = DisplayNames.safe(folder.getFileName() == null ? folder : folder.getFileName());
        said.setText(Texts.format("library.reindexing", name));
        awaitingStart = true;
        // "With problems" is what the folder's row counts now: a run leaves unchanged failed files alone.
        afterRun = r -> afterReload = () -> {
            int row = folders.rowOf(folder);
            FolderSummary s = row < 0 ? null : folders.summaryAt(row);
            said.setText(Texts.format(
                    r.cancelled() ? "library.reindexCancelled" : "library.reindexed",
                    name,
                    r.indexed(),
                    r.unchanged(),
                    r.removed(),
                    s == null ? r.skipped() + r.failed() : s.skipped() + s.failed()));
        };
        library.rescan(folder);
    }

    /** Reads the selected problem file again and, when the run has ended, says how it went. */
    private void retrySelected() {
        Path file = selectedProblem().orElse(null);
        if (file == null || library == null) {
            return;
        }
        String name = DisplayNames.safe(file.getFileName());
        said.setText(Texts.format("library.retrying", name));
        LibraryService l = library;
        awaitingStart = true;
        afterRun = r -> executor.submit(
                "retry result",
                c -> l.files().stream()
                        .filter(f -> f.path().equals(file.toString()))
                        .findFirst(),
                record -> said.setText(
                        record.isEmpty()
                                ? Texts.format("library.retryGone", name)
                                : record.get().status() == FileStatus.INDEXED
                                        ? Texts.format("library.retryIndexed", name)
                                        : Texts.format(
                                                "library.retryFailed",
                                                name,
                                                ReasonText.render(record.get().reason()))),
                said::setText);
        l.retry(file);
    }

    private void removeSelected() {
        int row = folderTable.getSelectedRow();
        if (row < 0) {
            return;
        }
        FolderSummary s = folders.summaryAt(folderTable.convertRowIndexToModel(row));
        Path folder = s.folder();
        String name = DisplayNames.safe(folder.getFileName() == null ? folder : folder.getFileName());
        String[] options = {Texts.format("library.removeYes", name), Texts.get("library.removeNo")};
        int answer = JOptionPane.showOptionDialog(
                this,
                Texts.format("library.removeConfirm", name, s.files(), DisplayNames.safe(folder)),
                Texts.format("library.removeTitle", name),
                JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE,
                null,
                options,
                options[1]);
        if (answer == 0) {
            List<Path> next = new ArrayList<>(library.folders());
            next.remove(folder);
            change(next);
            said.setText(Texts.format("library.removed", name, s.files()));
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
