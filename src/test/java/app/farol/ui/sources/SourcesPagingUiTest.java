package app.farol.ui.sources;

import static app.farol.ui.UiTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.chunk.Chunker;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.library.PassageContext;
import app.farol.core.library.PassageSection;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.text.Language;
import app.farol.ui.UiTestSupport;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources view in a real window on real files (Tika, the chunker and a Lucene index on disk):
 * a cited PDF page is paged with previous/next and the page number, zoomed with the buttons,
 * Ctrl+wheel and the keys, fitted to the width again, and stays within its pixel bound at the
 * largest zoom; a Markdown source shows the section it is in.
 */
@Tag("ui")
class SourcesPagingUiTest {
    private static final Duration DRAWN = Duration.ofSeconds(60);
    private static final Path PDF =
            Path.of("sample-docs", "coffee-machine-manual.pdf").toAbsolutePath();
    private static final Path MARKDOWN =
            Path.of("sample-docs", "home-network-notes.md").toAbsolutePath();

    @TempDir
    static Path temp;

    static LucenePassageStore store;
    static BackgroundExecutor executor;
    static JFrame frame;
    static SourcesPanel sources;
    static Robot robot;
    static List<StoredPassage> pdfPassages;
    static List<StoredPassage> markdownPassages;

    @BeforeAll
    static void index_two_real_files_and_open_the_sources_view() throws Exception {
        Texts.use("en");
        store = LucenePassageStore.openForWriting(temp.resolve("index"), "test");
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            pdfPassages = index(parser, PDF, "pdf");
            markdownPassages = index(parser, MARKDOWN, "md");
        }
        executor = new BackgroundExecutor("test", 2);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        onEdt(() -> {
            sources = new SourcesPanel(executor);
            sources.setLookup(new PassageLookup() {
                @Override
                public PassageContext find(String path, int start, int end) {
                    return PassageContext.around(store, path, start, end);
                }

                @Override
                public List<String> section(String path, int start) {
                    return PassageSection.of(store, path, start);
                }
            });
            frame = new JFrame("sources");
            frame.setContentPane(sources);
            frame.setSize(640, 900);
            frame.setVisible(true);
            return null;
        });
        robot.waitForIdle();
    }

    private static List<StoredPassage> index(TikaDocumentParser parser, Path file, String type) {
        ChunkedDocument doc = new Chunker(s -> s.split("\\s+").length, 200)
                .chunk(((ParseOutcome.Parsed) parser.parse(file)).document());
        String path = file.toString();
        float[] unit = new float[384];
        unit[0] = 1;
        List<StoredPassage> stored = doc.chunks().stream()
                .map(c -> new StoredPassage(
                        path,
                        "T",
                        type,
                        Language.ENGLISH,
                        c.ordinal(),
                        c.text(),
                        c.page(),
                        c.headings(),
                        c.startOffset(),
                        c.endOffset(),
                        unit))
                .toList();
        store.replaceFile(
                new FileRecord(path, 1, 1, "h", FileStatus.INDEXED, Reason.NONE, stored.size(), "T", type), stored);
        return stored;
    }

    @AfterAll
    static void close() {
        if (robot != null) {
            robot.cleanUp();
        }
        if (executor != null) {
            executor.shutdown();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void should_page_and_zoom_a_cited_pdf_page_and_place_other_sources_by_their_section() throws Exception {
        int pages;
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(4);
        StoredPassage cited = pdfPassages.stream()
                .filter(p -> p.page() == 3 && p.text().contains("Descale"))
                .findFirst()
                .orElseThrow();
        String sentence = cited.text().substring(cited.text().indexOf("Descale"));
        int start = cited.startOffset() + cited.text().indexOf("Descale");
        onEdt(() -> {
            sources.show(new SourceRequest(PDF, 3, start, start + 60, sentence, "descale"));
            return null;
        });
        PageViewer viewer = find("sources.pageViewer");
        JLabel note = find("sources.pageNote");
        awaitState(viewer, "page 3 of " + pages + ", zoom 100%");
        assertThat(onEdt(note::getText)).isEqualTo(Texts.format("sources.pageShown", 3));
        JLabel number = find("sources.pageNumber");
        assertThat(onEdt(number::getText)).isEqualTo("Page 3 of " + pages);
        int fit = width(viewer);
        assertThat(fit).isGreaterThan(300);

        // Next and previous page; the note says where the cited passage is.
        click("sources.next");
        awaitState(viewer, "page 4 of " + pages);
        assertThat(onEdt(note::getText)).isEqualTo(Texts.format("sources.passageOn", 3));
        click("sources.previous");
        click("sources.previous");
        awaitState(viewer, "page 2 of " + pages);
        click("sources.previous");
        awaitState(viewer, "page 1 of " + pages);
        assertThat(onEdt(() -> ((JButton) find("sources.previous")).isEnabled()))
                .as("no page before the first")
                .isFalse();
        onEdt(() -> {
            viewer.goTo(pages);
            return null;
        });
        awaitState(viewer, "page " + pages + " of " + pages);
        assertThat(onEdt(() -> ((JButton) find("sources.next")).isEnabled()))
                .as("no page after the last")
                .isFalse();
        onEdt(() -> {
            viewer.goTo(3);
            return null;
        });
        awaitState(viewer, "page 3 of " + pages);
        assertThat(onEdt(note::getText)).isEqualTo(Texts.format("sources.pageShown", 3));

        // Zoom: the + button, Ctrl+wheel, the - key, then Fit width.
        click("sources.zoomIn");
        awaitZoom(viewer, 125, fit * 1.25);
        JLabel page = find("sources.page");
        robot.click(page, MouseButton.LEFT_BUTTON); // focus on the page, for the keys
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.rotateMouseWheel(page, -1);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        awaitZoom(viewer, 150, fit * 1.5);
        robot.pressAndReleaseKey(KeyEvent.VK_MINUS);
        awaitZoom(viewer, 125, fit * 1.25);
        assertThat(onEdt(() -> ((JLabel) find("sources.zoomShown")).getText())).isEqualTo("125 %");
        click("sources.fitWidth");
        awaitState(viewer, "zoom 100%");
        int refit = width(viewer);
        int room = onEdt(() -> ((javax.swing.JScrollPane)
                        SwingUtilities.getAncestorOfClass(javax.swing.JScrollPane.class, find("sources.page")))
                .getWidth());
        assertThat(refit).as("fit width fills the page's panel").isBetween(room - 40, room);

        // The largest zoom stays within the page renderer's pixel bound.
        for (int i = 0; i < PageViewer.ZOOMS.length; i++) {
            click("sources.zoomIn");
        }
        awaitState(viewer, "zoom 400%");
        long pixels = onEdt(() -> {
            javax.swing.Icon icon = page.getIcon();
            return (long) icon.getIconWidth() * icon.getIconHeight();
        });
        assertThat(pixels).isPositive().isLessThanOrEqualTo(PdfPageImage.MAX_PIXELS);
        assertThat(onEdt(() -> ((JButton) find("sources.zoomIn")).isEnabled())).isFalse();

        // A Markdown source has no pages: the header names its section instead.
        StoredPassage router = markdownPassages.stream()
                .filter(p -> p.text().contains("Admin page"))
                .findFirst()
                .orElseThrow();
        onEdt(() -> {
            sources.show(new SourceRequest(
                    MARKDOWN, 0, router.startOffset(), router.endOffset(), router.text(), "router admin page"));
            return null;
        });
        javax.swing.text.JTextComponent section = find("sources.section");
        await("the section", () -> section.isShowing() && !section.getText().isBlank());
        assertThat(onEdt(() -> section.getText())).startsWith("Section: ").contains("Router");
        JTabbedPane tabs = find("sources.tabs");
        assertThat(onEdt(() -> tabs.isEnabledAt(1)))
                .as("no Page tab for Markdown")
                .isFalse();
    }

    private static int width(PageViewer viewer) {
        String state = onEdt(viewer::state);
        return Integer.parseInt(state.substring(state.lastIndexOf(' ') + 1));
    }

    private static void click(String name) {
        JButton b = find(name);
        robot.click(b, MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    /** Waits for a zoom and an image width within two pixels of {@code width} (rounding). */
    private static void awaitZoom(PageViewer viewer, int percent, double width) {
        await(
                "zoom " + percent + "% at width " + Math.round(width) + " (now: " + onEdt(viewer::state) + ")",
                () -> viewer.state().contains("zoom " + percent + "%") && Math.abs(width(viewer) - width) <= 2);
    }

    private static void awaitState(PageViewer viewer, String part) {
        await(
                "the page viewer to show '" + part + "' (now: " + onEdt(viewer::state) + ")",
                () -> viewer.state().contains(part));
    }

    private static void await(String what, Callable<Boolean> condition) {
        UiTestSupport.await(what, DRAWN, condition);
    }

    private static <T extends java.awt.Component> T find(String name) {
        return UiTestSupport.find(frame.getContentPane(), name);
    }
}
