package app.farol.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cited PDF page is drawn with bounded pixels and a deadline, whatever the file asks for. */
class PageRenderLimitsTest {
    @TempDir
    Path dir;

    @Test
    void should_draw_a_tall_thin_page_bounded_under_a_small_heap() throws Exception {
        Path pdf = page(dir.resolve("tall.pdf"), new PDRectangle(4, 14_400), "Tall");
        // A child JVM with a 128 MB heap: unbounded, this page asks for a 600 x 2,160,000 image.
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                DrawOnePage.class.getName(),
                pdf.toString(),
                "600");
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(p.exitValue()).as(out).isZero();
        String[] size = out.lines()
                .filter(l -> l.startsWith("size "))
                .findFirst()
                .orElseThrow()
                .split(" ");
        long w = Long.parseLong(size[1]);
        long h = Long.parseLong(size[2]);
        assertThat(w * h).isLessThanOrEqualTo(PdfPageImage.MAX_PIXELS);
        assertThat(Math.max(w, h)).isLessThanOrEqualTo(PdfPageImage.MAX_SIDE);
        assertThat(seconds).as("a child JVM's start included").isLessThan(30);
    }

    @Test
    void should_keep_a_normal_page_at_the_width_asked() throws Exception {
        Path pdf = page(dir.resolve("a4.pdf"), PDRectangle.A4, "Warranty of two years");
        PdfPageImage.Rendered r = PdfPageImage.render(pdf, 1, "Warranty of two years", 900);
        assertThat(r.image().getWidth()).isBetween(899, 900); // float scale
        assertThat(r.found()).isTrue();
    }

    @Test
    void should_give_up_a_page_that_never_opens_at_the_deadline_and_still_draw_the_next() throws Exception {
        Path fifo = fifo("never.pdf");
        Path good = page(dir.resolve("good.pdf"), PDRectangle.A4, "Rent is due on the fifth");
        PageRenderer renderer = new PageRenderer(Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> renderer.render(fifo, 1, "x", 600, CancelToken.none()))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("1");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        assertThat(renderer.running()).isEqualTo(1); // the stuck page's thread is left to end
        assertThat(stuckThreads()).allMatch(Thread::isDaemon); // ... and never holds the app's exit
        assertThat(renderer.render(good, 1, "Rent is due on the fifth", 600, CancelToken.none())
                        .found())
                .isTrue();
        release(fifo);
    }

    @Test
    void should_refuse_new_pages_while_two_are_stuck_and_stop_waiting_on_cancel() throws Exception {
        List<Path> fifos = List.of(fifo("a.pdf"), fifo("b.pdf"));
        PageRenderer renderer = new PageRenderer(Duration.ofMillis(300));
        for (Path f : fifos) {
            assertThatThrownBy(() -> renderer.render(f, 1, "x", 600, CancelToken.none()))
                    .isInstanceOf(FarolException.class);
        }
        Path good = page(dir.resolve("good.pdf"), PDRectangle.A4, "Rent");
        assertThatThrownBy(() -> renderer.render(good, 1, "Rent", 600, CancelToken.none()))
                .isInstanceOf(FarolException.class)
                .hasMessage(app.farol.ui.common.Texts.get("sources.busy"));
        for (Path f : fifos) {
            release(f);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (renderer.running() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(renderer.running()).isZero();
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThatThrownBy(() -> renderer.render(good, 1, "Rent", 600, cancel)).isInstanceOf(CancelledException.class);
    }

    private static List<Thread> stuckThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("farol-pdf-page-"))
                .toList();
    }

    private Path fifo(String name) throws Exception {
        Path f = dir.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", f.toString()).start().waitFor()).isZero();
        return f;
    }

    /**
     * Opens the FIFO for writing, so the reader blocked on it goes on (and fails on what it reads).
     * On a thread of its own: with no reader left, opening a FIFO for writing would wait forever.
     */
    private static void release(Path fifo) {
        Thread.ofPlatform().daemon().start(() -> {
            // WRITE only, never CREATE: once the test's folder is being deleted, a FIFO already gone
            // must not come back as a plain file that keeps the folder from being deleted.
            try (OutputStream out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
                out.write("not a pdf".getBytes(StandardCharsets.US_ASCII));
            } catch (java.io.IOException e) {
                // the reader gave up first, or the FIFO is gone: nothing to release
            }
        });
    }

    static Path page(Path file, PDRectangle size, String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(size);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), Math.min(12, size.getWidth() / 4));
                cs.newLineAtOffset(1, size.getHeight() - 40);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Draws one page in this (small-heap) JVM and prints the image's size. */
    public static final class DrawOnePage {
        public static void main(String[] args) throws Exception {
            PdfPageImage.Rendered r = PdfPageImage.render(Path.of(args[0]), 1, "Tall", Integer.parseInt(args[1]));
            System.out.println("size " + r.image().getWidth() + " " + r.image().getHeight());
        }
    }
}
