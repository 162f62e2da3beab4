package app.farol.ui.sources;

import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The Page tab of the sources view: a PDF page drawn in the background (bounded pixels, a
 * deadline: {@link PageRenderer}) with the cited passage marked, previous/next page, and zoom
 * (+/-, Ctrl+wheel, fit width). Zoom is relative to the width that fits the tab; a new zoom is
 * drawn once the user stops changing it for a moment, so a spun wheel draws one page, not ten.
 * Event thread only.
 */
final class PageViewer extends JPanel {
    /** Zoom steps, as parts of the width that fits. */
    static final double[] ZOOMS = {0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4};

    private static final int FIT = 2;

    private final BackgroundExecutor executor;
    private final PageRenderer pages = new PageRenderer(java.time.Duration.ofSeconds(10));
    private final JLabel pageImage = new JLabel();
    private final JLabel pageNote = new JLabel(" ");
    private final JScrollPane pageScroll = new JScrollPane(pageImage);
    private final JButton previous = button("sources.previous", "sources.previousTooltip");
    private final JButton next = button("sources.next", "sources.nextTooltip");
    private final JLabel pageNumber = new JLabel(" ");
    private final JButton zoomOut = button("sources.zoomOut", "sources.zoomOutTooltip");
    private final JButton zoomIn = button("sources.zoomIn", "sources.zoomInTooltip");
    private final JLabel zoomShown = new JLabel(Texts.format("sources.zoom", 100));
    private final JButton fitWidth = button("sources.fitWidth", "sources.fitWidthTooltip");
    private final Timer zoomSettled = new Timer(250, e -> draw());
    private final java.util.function.IntConsumer onPageShown;
    private BackgroundExecutor.Task rendering;
    private SourceRequest request;
    private app.farol.core.ocr.OcrSettings ocr;
    /** The page the passage was found on (the cited one, or the next); 0 before the first drawing. */
    private int citedPage;

    private int page;
    private int pageCount;
    /** The page and zoom step of the image shown now (the ones asked for may still be drawing). */
    private int shownPage;

    private int shownZoom = FIT;
    private int zoom = FIT;
    private int fitWidthPixels = 300;

    /** @param onPageShown told the page the passage is on when it is not the one asked for (it was on the next) */
    PageViewer(BackgroundExecutor executor, java.util.function.IntConsumer onPageShown) {
        super(new BorderLayout());
        this.executor = executor;
        this.onPageShown = onPageShown;
        setName("sources.pageViewer");
        pageImage.setName("sources.page");
        pageImage.setHorizontalAlignment(SwingConstants.CENTER);
        pageImage.setVerticalAlignment(SwingConstants.TOP);
        pageImage.setFocusable(true);
        pageScroll.getVerticalScrollBar().setUnitIncrement(16);
        pageScroll.getHorizontalScrollBar().setUnitIncrement(16);
        pageNote.setName("sources.pageNote");
        pageNumber.setName("sources.pageNumber");
        zoomShown.setName("sources.zoomShown");
        ThemeColours.foreground(pageNote, "Farol.muted");
        pageNote.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        zoomSettled.setRepeats(false);

        previous.addActionListener(e -> goTo(page - 1));
        next.addActionListener(e -> goTo(page + 1));
        zoomIn.addActionListener(e -> zoomTo(zoom + 1));
        zoomOut.addActionListener(e -> zoomTo(zoom - 1));
        fitWidth.addActionListener(e -> zoomTo(FIT));
        // Ctrl+wheel zooms; the plain wheel scrolls as before (the label would otherwise swallow it).
        pageImage.addMouseWheelListener(e -> {
            if (e.isControlDown()) {
                zoomTo(zoom + (e.getWheelRotation() < 0 ? 1 : -1));
            } else {
                pageScroll.dispatchEvent(SwingUtilities.convertMouseEvent(pageImage, e, pageScroll));
            }
        });
        pageImage.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                pageImage.requestFocusInWindow(); // so that + and - reach the page
            }
        });
        keys();

        JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEFT, 4, 2));
        bar.setName("sources.pageBar");
        bar.add(previous);
        bar.add(pageNumber);
        bar.add(next);
        bar.add(javax.swing.Box.createHorizontalStrut(8));
        bar.add(zoomOut);
        bar.add(zoomShown);
        bar.add(zoomIn);
        bar.add(fitWidth);
        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(2, 4, 0, 4));
        top.add(bar, BorderLayout.NORTH);
        top.add(pageNote, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(pageScroll, BorderLayout.CENTER);
        enableControls();
    }

    private void keys() {
        bind("zoomIn", () -> zoomTo(zoom + 1), "typed +", "typed =", "ctrl PLUS", "ctrl EQUALS", "ctrl ADD");
        bind("zoomOut", () -> zoomTo(zoom - 1), "typed -", "ctrl MINUS", "ctrl SUBTRACT");
        bind("fitWidth", () -> zoomTo(FIT), "ctrl 0");
        bind("previousPage", () -> goTo(page - 1), "PAGE_UP", "alt LEFT");
        bind("nextPage", () -> goTo(page + 1), "PAGE_DOWN", "alt RIGHT");
    }

    private void bind(String name, Runnable action, String... strokes) {
        for (String s : strokes) {
            getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(s), name);
        }
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Clears the page; with {@code rendering}, says that a page is on its way. */
    void clear(boolean rendering) {
        cancel();
        request = null;
        shownPage = 0;
        enableControls();
        pageImage.setIcon(null);
        pageNote.setText(rendering ? Texts.get("sources.rendering") : " ");
    }

    /**
     * Shows the request's page, drawn to fit {@code width} logical pixels at the zoom chosen so
     * far, in the background.
     *
     * @param ocr where words read from scans are kept, or null
     */
    void show(SourceRequest request, int width, app.farol.core.ocr.OcrSettings ocr) {
        this.request = request;
        this.ocr = ocr;
        this.fitWidthPixels = width;
        this.citedPage = 0;
        this.page = request.page();
        this.pageCount = 0;
        pageNumber.setText(Texts.format("sources.pageNumber", page));
        draw();
    }

    /** Goes to another page of the file shown; out of range does nothing. */
    void goTo(int target) {
        if (request == null || target < 1 || (pageCount > 0 && target > pageCount) || target == page) {
            return;
        }
        page = target;
        pageNumber.setText(Texts.format("sources.pageOf", page, pageCount));
        draw();
    }

    /** Sets the zoom step (clamped); the page is drawn again once the zoom settles. */
    void zoomTo(int step) {
        int z = Math.max(0, Math.min(ZOOMS.length - 1, step));
        if (z == zoom && step != FIT) {
            return;
        }
        if (z == FIT && request != null) {
            fitWidthPixels = fitNow(); // this tab is laid out now: fit what it shows
        }
        zoom = z;
        zoomShown.setText(Texts.format("sources.zoom", Math.round(ZOOMS[zoom] * 100)));
        enableControls();
        if (request != null) {
            zoomSettled.restart();
        }
    }

    private void draw() {
        zoomSettled.stop();
        cancel();
        enableControls();
        SourceRequest r = request;
        int asked = page;
        int z = zoom;
        boolean cited = citedPage == 0 || asked == citedPage;
        double scale = getGraphicsConfiguration() == null
                ? 1
                : getGraphicsConfiguration().getDefaultTransform().getScaleX();
        int width = (int) Math.round(fitWidthPixels * ZOOMS[zoom] * scale);
        app.farol.core.ocr.OcrSettings o = ocr;
        if (pageImage.getIcon() == null) {
            pageNote.setText(Texts.get("sources.rendering"));
        }
        rendering = executor.submit(
                "render page",
                c -> PageIcon.of(pages.render(r.path(), asked, cited ? r.text() : "", width, o, c), scale),
                p -> showPage(p, cited, z),
                pageNote::setText);
    }

    /** Room for the page beside the vertical scroll bar, in a panel {@code panelWidth} wide. */
    int widthIn(int panelWidth) {
        return Math.max(300, panelWidth - 24 - pageScroll.getVerticalScrollBar().getPreferredSize().width);
    }

    /** The width the scroll pane shows now, beside a vertical scroll bar. */
    private int fitNow() {
        java.awt.Insets in = pageScroll.getInsets();
        int w = pageScroll.getWidth()
                - in.left
                - in.right
                - pageScroll.getVerticalScrollBar().getPreferredSize().width
                - 4;
        return w > 100 ? w : fitWidthPixels;
    }

    private void showPage(PageIcon p, boolean cited, int drawnZoom) {
        PdfPageImage.Rendered r = p.rendered();
        boolean newPage = r.page() != shownPage || pageImage.getIcon() == null || citedPage == 0;
        double down = fraction();
        if (cited && citedPage == 0) {
            citedPage = r.page();
            if (r.page() != request.page()) {
                onPageShown.accept(r.page());
            }
        }
        page = r.page();
        pageCount = r.pageCount();
        shownPage = page;
        shownZoom = drawnZoom;
        pageNumber.setText(Texts.format("sources.pageOf", page, pageCount));
        if (page == citedPage) {
            pageNote.setText(r.found() ? Texts.format("sources.pageShown", page) : Texts.get("sources.notOnPage"));
        } else {
            pageNote.setText(Texts.format("sources.passageOn", citedPage));
        }
        pageImage.setIcon(p.icon());
        pageImage.revalidate();
        enableControls();
        if (newPage && r.found()) {
            Rectangle first = p.logical(r.highlights().getFirst());
            first.grow(0, 120); // some lines above and below the passage
            SwingUtilities.invokeLater(() -> pageImage.scrollRectToVisible(first));
        } else if (newPage) {
            SwingUtilities.invokeLater(() -> pageScroll.getVerticalScrollBar().setValue(0));
        } else {
            // A new zoom of the same page: stay at the same place on it.
            SwingUtilities.invokeLater(() -> {
                javax.swing.JScrollBar bar = pageScroll.getVerticalScrollBar();
                bar.setValue((int) Math.round(down * bar.getMaximum()));
            });
        }
    }

    private double fraction() {
        javax.swing.JScrollBar bar = pageScroll.getVerticalScrollBar();
        return bar.getMaximum() <= 0 ? 0 : (double) bar.getValue() / bar.getMaximum();
    }

    private void enableControls() {
        boolean any = request != null;
        previous.setEnabled(any && page > 1);
        next.setEnabled(any && pageCount > 0 && page < pageCount);
        zoomOut.setEnabled(any && zoom > 0);
        zoomIn.setEnabled(any && zoom < ZOOMS.length - 1);
        fitWidth.setEnabled(any);
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

    /** The page, pages, zoom and image width as shown now: for tests. */
    String state() {
        return String.format(
                Locale.ROOT,
                "page %d of %d, zoom %d%%, width %d",
                shownPage,
                pageCount,
                Math.round(ZOOMS[shownZoom] * 100),
                pageImage.getIcon() == null ? 0 : pageImage.getIcon().getIconWidth());
    }

    private static JButton button(String text, String tooltip) {
        JButton b = new JButton(Texts.get(text));
        b.setName(text);
        b.setToolTipText(Texts.get(tooltip));
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        return b;
    }
}
