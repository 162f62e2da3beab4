package app.farol.ui.sources;

import app.farol.core.ingest.ScannedPageWords;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.OcrWord;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Renders one PDF page with a passage highlighted on it. The passage is found among the page's
 * characters by comparing letters and digits only, so differences in spacing, hyphens and line
 * breaks between the extracted text and the page do not matter. Runs in the background; the
 * result is a plain image. Rendering reads only the file: PDFBox fetches nothing from outside.
 * The image is bounded in pixels whatever the page's size; {@link PageRenderer} bounds the time.
 */
public final class PdfPageImage {
    private static final int NEEDLE = 40;
    /** At most this many pixels per page image (about 64 MB as RGB): a tall page cannot ask for gigabytes. */
    static final long MAX_PIXELS = 16_000_000L;
    /** ... and at most this many on either side. */
    static final int MAX_SIDE = 16_384;

    /**
     * The page shown (1-based), its image, the highlighted areas on it (in image pixels), and how
     * many pages the file has (for paging).
     */
    public record Rendered(int page, BufferedImage image, List<Rectangle> highlights, int pageCount) {
        public boolean found() {
            return !highlights.isEmpty();
        }
    }

    private PdfPageImage() {}

    /**
     * Renders the page where the passage is: {@code page}, or the next one when the passage only
     * starts at the foot of {@code page} (a page number, a last line) and its words are over the
     * page break. Shows {@code page} without highlights when the passage is on neither.
     *
     * @param page 1-based page number the passage starts on
     * @param passage the text to highlight; may be empty
     * @param width width of the image in pixels: the page is scaled to fit it
     */
    public static Rendered render(Path file, int page, String passage, int width) throws IOException {
        return render(file, page, passage, width, null);
    }

    /**
     * As {@link #render(Path, int, String, int)}; on a scanned page (no text layer) the passage is
     * found among the words OCR read there, as the page cache of {@code ocr} keeps them.
     *
     * @param ocr where the page cache is, or null to mark text layers only
     */
    public static Rendered render(Path file, int page, String passage, int width, OcrSettings ocr) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IOException("page " + page + " is not in " + file.getFileName());
            }
            int shown = page;
            float scale = boundedScale(doc.getPage(page - 1), width, file, page);
            List<Rectangle> boxes = locate(doc, page, passage, scale);
            if (boxes.isEmpty() && ocr != null) {
                boxes = locateScanned(doc, page, passage, scale, ocr);
            }
            if (boxes.isEmpty() && page < doc.getNumberOfPages()) {
                List<Rectangle> next = locate(doc, page + 1, passage, scale);
                if (!next.isEmpty()) {
                    shown = page + 1;
                    boxes = next;
                }
            }
            BufferedImage image = new PDFRenderer(doc).renderImage(shown - 1, scale, ImageType.RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(255, 200, 0, 90));
            boxes.forEach(g::fill);
            g.dispose();
            return new Rendered(shown, image, boxes, doc.getNumberOfPages());
        }
    }

    /**
     * The scale that fits the page to {@code width} pixels, lowered so that the image stays within
     * {@link #MAX_PIXELS} and {@link #MAX_SIDE}. The page's visible area is its crop box, turned
     * as the page says; a page of no size is refused.
     */
    static float boundedScale(PDPage p, int width, Path file, int page) throws IOException {
        PDRectangle box = p.getCropBox();
        boolean turned = p.getRotation() % 180 != 0;
        double w = turned ? box.getHeight() : box.getWidth();
        double h = turned ? box.getWidth() : box.getHeight();
        if (!(w >= 1 && h >= 1) || Double.isInfinite(w) || Double.isInfinite(h)) {
            throw new IOException("page " + page + " of " + file.getFileName() + " has no size to draw");
        }
        double fit = Math.max(0.5, width / w);
        double pixels = Math.sqrt(MAX_PIXELS / (w * h));
        double side = MAX_SIDE / Math.max(w, h);
        return (float) Math.min(fit, Math.min(pixels, side));
    }

    private static List<Rectangle> locate(PDDocument doc, int page, String passage, float scale) throws IOException {
        Collector c = new Collector();
        c.setStartPage(page);
        c.setEndPage(page);
        c.getText(doc);
        int[] found = find(c.chars.toString(), letters(passage), NEEDLE);
        return found == null ? List.of() : lines(c.positions.subList(found[0], found[1]), scale);
    }

    /**
     * Where the needle's letters are in the hay, as [start, end), or null. Tries the passage's
     * start, then later starting points: its first letters may be a page number or a line from
     * the page before (and, on a scan, a word OCR misread).
     */
    private static int[] find(String hay, String needle, int probe) {
        if (needle.isEmpty() || hay.isEmpty()) {
            return null;
        }
        for (int start : new int[] {0, 8, 24, 60, 120, 200, 300}) {
            int skip = start;
            if (skip >= needle.length()) {
                break;
            }
            int at = hay.indexOf(needle.substring(skip, Math.min(skip + probe, needle.length())));
            while (at > 0 && skip > 0 && hay.charAt(at - 1) == needle.charAt(skip - 1)) {
                at--; // take back the letters of the skipped start that are on this page
                skip--;
            }
            if (at >= 0) {
                return new int[] {at, Math.min(hay.length(), at + needle.length() - skip)};
            }
        }
        return null;
    }

    /** The passage among the words OCR read on a scanned page: one box per line of words. */
    private static List<Rectangle> locateScanned(PDDocument doc, int page, String passage, float scale, OcrSettings ocr)
            throws IOException {
        Optional<ScannedPageWords.Found> read = ScannedPageWords.of(doc, page, ocr);
        if (read.isEmpty()) {
            return List.of();
        }
        List<OcrWord> words = read.get().ocr().words();
        StringBuilder hay = new StringBuilder();
        List<Integer> wordOf = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String l = letters(words.get(i).text());
            hay.append(l);
            for (int k = 0; k < l.length(); k++) {
                wordOf.add(i);
            }
        }
        int[] found = find(hay.toString(), letters(passage), NEEDLE / 2);
        if (found == null || found[1] <= found[0]) {
            return List.of();
        }
        double factor = scale * 72.0 / read.get().dpi(); // image pixels -> page points -> shown pixels
        List<Rectangle> out = new ArrayList<>();
        OcrWord previous = null;
        Rectangle line = null;
        for (int i = wordOf.get(found[0]); i <= wordOf.get(found[1] - 1); i++) {
            OcrWord w = words.get(i);
            Rectangle r = new Rectangle(
                    (int) Math.floor(w.left() * factor) - 1,
                    (int) Math.floor(w.top() * factor) - 2,
                    (int) Math.ceil(w.width() * factor) + 2,
                    (int) Math.ceil(w.height() * factor) + 4);
            boolean sameLine = previous != null
                    && previous.block() == w.block()
                    && previous.paragraph() == w.paragraph()
                    && previous.line() == w.line();
            if (sameLine) {
                line.add(r);
            } else {
                line = r;
                out.add(line);
            }
            previous = w;
        }
        return out;
    }

    /** Joins the boxes of characters on the same line into one rectangle per line. */
    private static List<Rectangle> lines(List<TextPosition> chars, float scale) {
        List<Rectangle> out = new ArrayList<>();
        Rectangle line = null;
        float lineY = Float.NaN;
        for (TextPosition t : chars) {
            float h = Math.max(t.getHeightDir(), 6f);
            Rectangle r = new Rectangle(
                    Math.round(t.getXDirAdj() * scale),
                    Math.round((t.getYDirAdj() - h) * scale) - 2,
                    Math.max(1, Math.round(t.getWidthDirAdj() * scale)),
                    Math.round(h * scale) + 4);
            if (line != null && Math.abs(t.getYDirAdj() - lineY) < 2) {
                line.add(r);
            } else {
                line = r;
                lineY = t.getYDirAdj();
                out.add(line);
            }
        }
        return out;
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Keeps each letter or digit of the page with the position it was drawn at. */
    private static final class Collector extends PDFTextStripper {
        final StringBuilder chars = new StringBuilder();
        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            for (TextPosition t : textPositions) {
                String l = letters(t.getUnicode() == null ? "" : t.getUnicode());
                for (int i = 0; i < l.length(); i++) {
                    chars.append(l.charAt(i));
                    positions.add(t);
                }
            }
        }
    }
}
