package app.farol.ui.sources;

import app.farol.core.library.PassageContext;
import app.farol.core.util.DisplayNames;
import app.farol.core.util.SystemOpen;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextPane;
import javax.swing.UIManager;

/**
 * The Sources view: the passage in context with the matched words highlighted, and for a PDF the
 * page itself with the passage marked on it; buttons open the file or its folder with the
 * system's own apps. Loading and rendering run in the background; a newer request makes an older
 * one's result be dropped.
 */
public final class SourcesPanel extends JPanel {

    private final BackgroundExecutor executor;
    private final JLabel title = new JLabel(Texts.get("sources.title"));
    private final JLabel where = new JLabel(" ");
    private final app.farol.ui.common.WrappingLabel section =
            app.farol.ui.common.ThemeColours.foreground(new app.farol.ui.common.WrappingLabel(""), "Farol.muted");
    private final JTextPane text = new JTextPane();
    private final PageViewer pageTab;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JButton open = new JButton(Texts.get("sources.open"));
    private final JButton reveal = new JButton(Texts.get("sources.reveal"));
    private PassageLookup lookup;
    private SourceRequest shown;
    private BackgroundExecutor.Task loading;
    /** Whether the passage asked for last is shown (false while it is looked up). */
    private boolean passageShown;

    public SourcesPanel(BackgroundExecutor executor) {
        super(new BorderLayout());
        this.executor = executor;
        setName("sources");
        title.setName("sources.title");
        where.setName("sources.where");
        section.setName("sources.section");
        section.setVisible(false);
        text.setName("sources.text");
        tabs.setName("sources.tabs");
        open.setName("sources.open");
        reveal.setName("sources.reveal");
        title.putClientProperty("html.disable", Boolean.TRUE);
        where.putClientProperty("html.disable", Boolean.TRUE);
        title.putClientProperty("FlatLaf.styleClass", "h3");
        where.setForeground(UIManager.getColor("Farol.muted"));
        open.setToolTipText(Texts.get("sources.openTooltip"));
        reveal.setToolTipText(Texts.get("sources.revealTooltip"));
        open.addActionListener(e -> desktop(false));
        reveal.addActionListener(e -> desktop(true));
        open.setVisible(false);
        reveal.setVisible(false);
        text.setText(Texts.get("sources.empty"));
        text.setForeground(UIManager.getColor("Farol.muted"));
        text.setEditable(false);
        text.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));

        JPanel header = new JPanel(new BorderLayout(0, 2));
        header.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        header.add(title, BorderLayout.NORTH);
        JPanel place = new JPanel(new BorderLayout());
        place.add(where, BorderLayout.NORTH);
        place.add(section, BorderLayout.SOUTH);
        header.add(place, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 4));
        buttons.add(open);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(reveal);
        header.add(buttons, BorderLayout.SOUTH);
        add(header, BorderLayout.NORTH);
        tabs.addTab(Texts.get("sources.passageTab"), new JScrollPane(text));
        pageTab = new PageViewer(executor, this::showPageNumber);
        tabs.addTab(Texts.get("sources.pageTab"), pageTab);
        tabs.setEnabledAt(1, false);
        add(tabs, BorderLayout.CENTER);
    }

    public void setLookup(PassageLookup lookup) {
        this.lookup = lookup;
    }

    /** The file shown now, or null. */
    public SourceRequest shown() {
        return shown;
    }

    /** The characters the Passage tab marks as cited (its soft background), "" when none: what a person sees marked. */
    public String citedText() {
        javax.swing.text.StyledDocument doc = text.getStyledDocument();
        StringBuilder cited = new StringBuilder();
        for (int i = 0; i < doc.getLength(); i++) {
            if (Boolean.TRUE.equals(doc.getCharacterElement(i).getAttributes().getAttribute(ContextText.CITED))) {
                try {
                    cited.append(doc.getText(i, 1));
                } catch (javax.swing.text.BadLocationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return cited.toString();
    }

    /** The words the Passage tab shows in bold (the question's words found there), in order: what a person sees stressed. */
    public java.util.List<String> highlightedWords() {
        javax.swing.text.StyledDocument doc = text.getStyledDocument();
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        try {
            for (int i = 0; i <= doc.getLength(); i++) {
                boolean bold = i < doc.getLength()
                        && javax.swing.text.StyleConstants.isBold(
                                doc.getCharacterElement(i).getAttributes());
                if (bold) {
                    run.append(doc.getText(i, 1));
                } else if (!run.isEmpty()) {
                    words.add(run.toString());
                    run.setLength(0);
                }
            }
        } catch (javax.swing.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return words;
    }

    /** Shows a passage; for a PDF, also renders its page and switches to it. */
    public void show(SourceRequest request) {
        if (lookup == null) {
            return;
        }
        shown = request;
        title.setText(DisplayNames.safe(request.path().getFileName()));
        where.setText(
                request.page() > 0
                        ? Texts.format("sources.page", request.page()) + "  ·  "
                                + DisplayNames.safe(request.path().getParent())
                        : DisplayNames.safe(request.path().getParent()));
        open.setVisible(true);
        reveal.setVisible(true);
        cancel();
        passageShown = false;
        PassageLookup l = lookup;
        loading = executor.submit(
                "passage",
                c -> l.find(request.path().toString(), request.startOffset(), request.endOffset()),
                context -> showContext(request, context),
                this::showError);
        boolean pdf = request.isPdf() && request.page() > 0;
        showSection(pdf ? null : l, request);
        tabs.setEnabledAt(1, pdf);
        pageTab.clear(pdf);
        tabs.setSelectedIndex(pdf ? 1 : 0);
        if (pdf) {
            // The panel's width, not the page tab's: that tab may not have been laid out yet.
            pageTab.show(request, pageTab.widthIn(getWidth()), lookup == null ? null : lookup.ocr());
        }
    }

    /** Whether the passage asked for last is still being looked up. */
    public boolean loadingPassage() {
        return !passageShown;
    }

    private void showContext(SourceRequest request, PassageContext context) {
        passageShown = true;
        text.setForeground(UIManager.getColor("TextPane.foreground"));
        if (context == null) {
            text.setText(Texts.get("sources.gone"));
            return;
        }
        ContextText.fill(text, context, request.query());
    }

    /** A source without pages is placed by its section ("Section: Care › Descaling"), found in the background. */
    private void showSection(PassageLookup l, SourceRequest request) {
        section.setVisible(false);
        if (l == null) {
            return;
        }
        executor.submit(
                "section",
                c -> l.section(request.path().toString(), request.startOffset()),
                headings -> {
                    if (request == shown && !headings.isEmpty()) {
                        section.setText(Texts.format("sources.section", String.join(" \u203a ", headings)));
                        section.setVisible(true);
                    }
                },
                message -> {});
    }

    /** The passage was on the next page: the header says the page shown. */
    private void showPageNumber(int page) {
        if (shown != null) {
            where.setText(Texts.format("sources.page", page) + "  ·  "
                    + DisplayNames.safe(shown.path().getParent()));
        }
    }

    private void showError(String message) {
        pageTab.note(message);
    }

    private void cancel() {
        if (loading != null) {
            loading.cancel();
        }
        pageTab.cancel();
    }

    /** Opens the file (or shows it in its folder) with the system's apps, off the event thread. */
    private void desktop(boolean folder) {
        if (shown == null) {
            return;
        }
        Path file = shown.path();
        if (!folder && !SystemOpen.isDocument(file)) {
            // Not a document type: opening it could run it (.js, .sh, .desktop) or let a browser
            // fetch from the network (.html, .svg). Offer the folder instead.
            int choice = javax.swing.JOptionPane.showConfirmDialog(
                    this,
                    Texts.format("safeapp.open.notDocument", DisplayNames.safe(file.getFileName())),
                    Texts.get("app.name"),
                    javax.swing.JOptionPane.OK_CANCEL_OPTION,
                    javax.swing.JOptionPane.WARNING_MESSAGE);
            if (choice == javax.swing.JOptionPane.OK_OPTION) {
                desktop(true);
            }
            return;
        }
        executor.submit(
                folder ? "show in folder" : "open file",
                c -> {
                    if (!Desktop.isDesktopSupported()) {
                        throw new app.farol.core.util.FarolException(Texts.get("sources.noDesktop"));
                    }
                    Desktop d = Desktop.getDesktop();
                    try {
                        if (folder && d.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                            d.browseFileDirectory(file.toFile());
                        } else if (d.isSupported(Desktop.Action.OPEN)) {
                            d.open(folder ? file.getParent().toFile() : file.toFile());
                        } else {
                            throw new app.farol.core.util.FarolException(Texts.get("sources.noDesktop"));
                        }
                    } catch (IOException e) {
                        throw new app.farol.core.util.FarolException(Texts.format(
                                "sources.openFailed", DisplayNames.safe(file.getFileName()), e.getMessage()));
                    }
                    return Boolean.TRUE;
                },
                ok -> {},
                message -> javax.swing.JOptionPane.showMessageDialog(
                        this, message, Texts.get("app.name"), javax.swing.JOptionPane.WARNING_MESSAGE));
    }
}
