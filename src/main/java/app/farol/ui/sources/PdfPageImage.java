package app.farol.ui.sources;

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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Renders one PDF page with a passage highlighted on it. The passage is found among the page's
 * characters by comparing letters and digits only, so differences in spacing, hyphens and line
 * breaks between the extracted text and the page do not matter. Runs in the background; the
 * result is a plain image. Rendering reads only the file: PDFBox fetches nothing from outside.
 */
public final class PdfPageImage {
    private static final int NEEDLE = 40;

    /** The page image, the highlighted areas on it (in image pixels), and whether the passage was found. */
    public record Rendered(BufferedImage image, List<Rectangle> highlights) {
        public boolean found() {
            return !highlights.isEmpty();
        }
    }

    private PdfPageImage() {}

    /**
     * @param page 1-based page number
     * @param passage the text to highlight; may be empty
     * @param width width of the image in pixels: the page is scaled to fit it
     */
    public static Rendered render(Path file, int page, String passage, int width) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IOException("page " + page + " is not in " + file.getFileName());
            }
            float scale = Math.max(0.5f, width / doc.getPage(page - 1).getMediaBox().getWidth());
            BufferedImage image = new PDFRenderer(doc).renderImage(page - 1, scale, ImageType.RGB);
            List<Rectangle> boxes = locate(doc, page, passage, scale);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(255, 200, 0, 90));
            boxes.forEach(g::fill);
            g.dispose();
            return new Rendered(image, boxes);
        }
    }

    private static List<Rectangle> locate(PDDocument doc, int page, String passage, float scale) throws IOException {
        Collector c = new Collector();
        c.setStartPage(page);
        c.setEndPage(page);
        c.getText(doc);
        String hay = c.chars.toString();
        String needle = letters(passage);
        if (needle.isEmpty() || hay.isEmpty()) {
            return List.of();
        }
        int at = hay.indexOf(needle.substring(0, Math.min(NEEDLE, needle.length())));
        if (at < 0) {
            return List.of();
        }
        int end = Math.min(hay.length(), at + needle.length());
        return lines(c.positions.subList(at, end), scale);
    }

    /** Joins the boxes of characters on the same line into one rectangle per line. */
    private static List<Rectangle> lines(List<TextPosition> chars, float scale) {
        List<Rectangle> out = new ArrayList<>();
        Rectangle line = null;
        float lineY = Float.NaN;
        for (TextPosition t : chars) {
            float h = Math.max(t.getHeightDir(), 6f);
            Rectangle r = new Rectangle(Math.round(t.getXDirAdj() * scale), Math.round((t.getYDirAdj() - h) * scale) - 2,
                    Math.max(1, Math.round(t.getWidthDirAdj() * scale)), Math.round(h * scale) + 4);
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
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
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
