package app.farol.ui.sources;

import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * The Page tab of the sources view: a PDF page drawn in the background (bounded pixels, a
 * deadline: {@link PageRenderer}) with the cited passage marked. Event thread only.
 */
final class PageViewer extends JPanel {
    private final BackgroundExecutor executor;
    private final PageRenderer pages = new PageRenderer(java.time.Duration.ofSeconds(10));
    private final JLabel pageImage = new JLabel();
    private final JLabel pageNote = new JLabel(" ");
    private final JScrollPane pageScroll = new JScrollPane(pageImage);
    private final java.util.function.IntConsumer onPageShown;
    private BackgroundExecutor.Task rendering;

    /** @param onPageShown told the page shown when it is not the one asked for (the passage was on the next) */
    PageViewer(BackgroundExecutor executor, java.util.function.IntConsumer onPageShown) {
        super(new BorderLayout());
        this.executor = executor;
        this.onPageShown = onPageShown;
        pageImage.setName("sources.page");
        pageImage.setHorizontalAlignment(SwingConstants.CENTER);
        pageImage.setVerticalAlignment(SwingConstants.TOP);
        pageScroll.getVerticalScrollBar().setUnitIncrement(16);
        pageNote.setName("sources.pageNote");
        pageNote.setForeground(UIManager.getColor("Farol.muted"));
        pageNote.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(pageNote, BorderLayout.NORTH);
        add(pageScroll, BorderLayout.CENTER);
    }

    /** Clears the page; with {@code rendering}, says that a page is on its way. */
    void clear(boolean rendering) {
        cancel();
        pageImage.setIcon(null);
        pageNote.setText(rendering ? Texts.get("sources.rendering") : " ");
    }

    /**
     * Draws the request's page at {@code width} logical pixels, in the background.
     *
     * @param ocr where words read from scans are kept, or null
     */
    void show(SourceRequest request, int width, app.farol.core.ocr.OcrSettings ocr) {
        clear(true);
        double scale = getGraphicsConfiguration() == null
                ? 1
                : getGraphicsConfiguration().getDefaultTransform().getScaleX();
        rendering = executor.submit(
                "render page",
                c -> PageIcon.of(
                        pages.render(
                                request.path(),
                                request.page(),
                                request.text(),
                                (int) Math.round(width * scale),
                                ocr,
                                c),
                        scale),
                p -> showPage(request, p),
                pageNote::setText);
    }

    /** Room for the page beside the vertical scroll bar, in a panel {@code panelWidth} wide. */
    int widthIn(int panelWidth) {
        return Math.max(300, panelWidth - 24 - pageScroll.getVerticalScrollBar().getPreferredSize().width);
    }

    private void showPage(SourceRequest request, PageIcon p) {
        PdfPageImage.Rendered r = p.rendered();
        pageNote.setText(r.found() ? Texts.format("sources.pageShown", r.page()) : Texts.get("sources.notOnPage"));
        if (r.page() != request.page()) {
            onPageShown.accept(r.page());
        }
        pageImage.setIcon(p.icon());
        if (r.found()) {
            Rectangle first = p.logical(r.highlights().getFirst());
            first.grow(0, 120); // some lines above and below the passage
            pageImage.revalidate();
            javax.swing.SwingUtilities.invokeLater(() -> pageImage.scrollRectToVisible(first));
        }
    }

    /** Shows a line above the page (an error). */
    void note(String message) {
        pageNote.setText(message);
    }

    void cancel() {
        if (rendering != null) {
            rendering.cancel();
        }
    }
}
