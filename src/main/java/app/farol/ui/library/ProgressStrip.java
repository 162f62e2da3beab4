package app.farol.ui.library;

import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;
import app.farol.core.library.LibraryService;
import app.farol.core.library.LibraryState;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * The indexing status line at the bottom of the window: a progress bar, files, chunks per second
 * and time left, with Pause/Resume and Cancel; when idle, what the last run did.
 */
public final class ProgressStrip extends JPanel {
    private final JProgressBar bar = new JProgressBar();
    private final JLabel label = new JLabel(Texts.get("library.opening"));
    private final JButton pause = new JButton(Texts.get("library.pause"));
    private final JButton cancel = new JButton(Texts.get("library.cancel"));
    private final JButton resumeIndexing = new JButton(Texts.get("library.resumeIndexing"));
    private LibraryService library;
    private LibraryState state = LibraryState.idle();
    private int problems = -1; // files the Library lists as problems; -1 until it has read them
    private int files = -1; // files the Library lists in its folders; -1 until it has read them

    public ProgressStrip() {
        super(new BorderLayout(10, 0));
        setName("library.strip");
        bar.setName("library.progress");
        label.setName("library.progressText");
        pause.setName("library.pause");
        cancel.setName("library.cancel");
        resumeIndexing.setName("library.resumeIndexing");
        resumeIndexing.setToolTipText(Texts.get("library.resumeIndexingTooltip"));
        resumeIndexing.putClientProperty("JButton.buttonType", "borderless");
        resumeIndexing.addActionListener(e -> library.resumeIndexing());
        label.putClientProperty("html.disable", Boolean.TRUE);
        setBorder(BorderFactory.createCompoundBorder(
                ThemeColours.topLine(), BorderFactory.createEmptyBorder(4, 12, 4, 8)));
        bar.setPreferredSize(new java.awt.Dimension(180, 8));
        pause.setToolTipText(Texts.get("library.pauseTooltip"));
        cancel.setToolTipText(Texts.get("library.cancelTooltip"));
        pause.putClientProperty("JButton.buttonType", "borderless");
        cancel.putClientProperty("JButton.buttonType", "borderless");
        pause.addActionListener(e -> togglePause());
        cancel.addActionListener(e -> library.cancel());
        JPanel barBox = new JPanel(new java.awt.GridBagLayout());
        barBox.add(bar);
        add(barBox, BorderLayout.WEST);
        add(label, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        buttons.add(pause);
        buttons.add(cancel);
        buttons.add(resumeIndexing);
        add(buttons, BorderLayout.EAST);
        show(LibraryState.idle());
        bar.setIndeterminate(true);
    }

    /**
     * As tall as with its buttons, even while they are hidden: the line keeps one height whether
     * indexing runs or not, so the views above it do not jump.
     */
    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension d = super.getPreferredSize();
        java.awt.Insets in = getInsets();
        int buttons = Math.max(pause.getPreferredSize().height, cancel.getPreferredSize().height);
        d.height = Math.max(d.height, buttons + in.top + in.bottom);
        return d;
    }

    public void attach(LibraryService library) {
        this.library = library;
    }

    /** Shows that the library could not be opened: nothing runs, the message says why. */
    public void showFailure(String message) {
        bar.setIndeterminate(false);
        bar.setVisible(false);
        pause.setVisible(false);
        cancel.setVisible(false);
        label.setText(Texts.format("library.failedRun", message));
    }

    /** Shows a state; call on the event thread. */
    public void show(LibraryState s) {
        state = s;
        boolean running = s.running();
        pause.setVisible(running);
        cancel.setVisible(running);
        resumeIndexing.setVisible(!running && library != null && unread(s) > 0);
        bar.setVisible(running || library == null);
        pause.setText(Texts.get(s.phase() == LibraryState.Phase.PAUSED ? "library.resume" : "library.pause"));
        IndexProgress p = s.progress();
        if (running && p != null && p.filesTotal() > 0) {
            bar.setIndeterminate(false);
            bar.setMaximum(p.filesTotal());
            bar.setValue(p.filesDone());
        } else {
            bar.setIndeterminate(running || library == null);
        }
        if (library == null) {
            return;
        }
        label.setText(text(s, problems, files));
    }

    /**
     * The counts the Library view shows now, from one reading of the index: the line's "with
     * problems" is the number of rows in its problem list (not the last run's new failures: a run
     * sees unchanged failed files as unchanged), and after a cancel "N of M files" counts the
     * files of its folder table.
     */
    public void showCounts(LibraryCounts counts) {
        problems = counts.problems();
        files = counts.files();
        if (library != null) {
            label.setText(text(state, problems, files));
        }
    }

    private static int unread(LibraryState s) {
        return s.lastReport() == null ? 0 : s.lastReport().notRead().size();
    }

    static String text(LibraryState s, int problems) {
        return text(s, problems, -1);
    }

    static String text(LibraryState s, int problems, int files) {
        IndexProgress p = s.progress();
        if (s.phase() == LibraryState.Phase.PAUSED) {
            return p == null
                    ? Texts.get("library.paused")
                    : Texts.format("library.pausedAt", p.filesDone(), p.filesTotal());
        }
        if (s.running()) {
            if (p == null) {
                return Texts.get("library.scanning");
            }
            String scans = p.scanPagesRead() > 0 ? " · " + Texts.format("library.scanPages", p.scanPagesRead()) : "";
            if (p.eta() == null || p.chunksPerSecond() <= 0) {
                return Texts.format("library.progressStart", p.filesDone(), p.filesTotal()) + scans;
            }
            return Texts.format(
                            "library.progress",
                            p.filesDone(),
                            p.filesTotal(),
                            Math.round(p.chunksPerSecond()),
                            duration(p.eta()))
                    + scans;
        }
        if (!s.error().isEmpty()) {
            return Texts.format("library.failedRun", s.error());
        }
        IndexReport r = s.lastReport();
        if (r == null) {
            return Texts.get("library.ready");
        }
        if (unread(s) > 0 && files >= 0) {
            return Texts.format("library.cancelledOf", files, files + unread(s));
        }
        String done = Texts.format(
                r.cancelled() ? "library.cancelled" : "library.done",
                r.indexed(),
                r.unchanged(),
                r.removed(),
                problems >= 0 ? problems : r.skipped() + r.failed());
        return r.readAgain() > 0 ? done + Texts.format("library.readAgain", r.readAgain()) : done;
    }

    /**
     * An estimate, said as one: "about 25 s", "about 3 min". Rounded to the nearest 5 s under a
     * minute (to the second under 10 s) and to the nearest minute above, never up to the next.
     */
    static String duration(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s < 10) {
            return Texts.format("library.seconds", s);
        }
        if (s < 58) {
            return Texts.format("library.seconds", Math.max(10, Math.round(s / 5.0) * 5));
        }
        return Texts.format("library.minutes", Math.max(1, Math.round(s / 60.0)));
    }

    private void togglePause() {
        if (state.phase() == LibraryState.Phase.PAUSED || library.isPaused()) {
            library.resume();
        } else {
            library.pause();
        }
    }
}
