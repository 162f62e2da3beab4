package app.farol.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a scanned copy of a PDF, as a scanner would: each page rendered to a grey image (JPEG,
 * as scanners save them) and wrapped in a PDF page of the same size, with no text layer. Pages
 * may be left as they are (a mixed PDF) or turned (a page scanned sideways).
 */
public final class ScannedCopy {
    private ScannedCopy() {}

    /**
     * Writes the copy.
     *
     * @param pages the 1-based pages to scan (empty: all); the others are copied as they are
     * @param firstPage the first page of the original to copy, 1-based
     * @param lastPage the last page to copy, inclusive (0: the last page)
     * @param quarterTurns clockwise quarter turns of the scanned images (1: scanned sideways)
     */
    public static void write(
            Path pdf, Path out, int dpi, Set<Integer> pages, int firstPage, int lastPage, int quarterTurns)
            throws IOException {
        try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf));
                PDDocument copy = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            int last = lastPage == 0 ? source.getNumberOfPages() : Math.min(lastPage, source.getNumberOfPages());
            for (int n = firstPage; n <= last; n++) {
                if (!pages.isEmpty() && !pages.contains(n)) {
                    copy.importPage(source.getPage(n - 1));
                    continue;
                }
                BufferedImage image = turn(renderer.renderImageWithDPI(n - 1, dpi, ImageType.GRAY), quarterTurns);
                PDRectangle box = source.getPage(n - 1).getMediaBox();
                boolean swap = Math.floorMod(quarterTurns, 2) == 1;
                PDRectangle size = swap
                        ? new PDRectangle(box.getHeight(), box.getWidth())
                        : new PDRectangle(box.getWidth(), box.getHeight());
                PDPage page = new PDPage(size);
                copy.addPage(page);
                PDImageXObject scan = JPEGFactory.createFromImage(copy, image, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(copy, page)) {
                    content.drawImage(scan, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            copy.save(out.toFile());
        }
    }

    /** Copies pages {@code first} to {@code last} (1-based, inclusive) of a PDF as they are. */
    public static void copyPages(Path pdf, Path out, int first, int last) throws IOException {
        try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf));
                PDDocument copy = new PDDocument()) {
            for (int n = first; n <= Math.min(last, source.getNumberOfPages()); n++) {
                copy.importPage(source.getPage(n - 1));
            }
            copy.save(out.toFile());
        }
    }

    /** One page of a PDF as a grey image at this resolution (a photo or scan of the page). */
    public static BufferedImage render(Path pdf, int page, int dpi) throws IOException {
        try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf))) {
            return new PDFRenderer(source).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        }
    }

    /** The image turned clockwise by quarter turns. */
    public static BufferedImage turn(BufferedImage image, int quarterTurns) {
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns == 0) {
            return image;
        }
        boolean swap = turns % 2 == 1;
        int w = swap ? image.getHeight() : image.getWidth();
        int h = swap ? image.getWidth() : image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.translate(w / 2.0, h / 2.0);
            g.rotate(Math.PI / 2 * turns);
            g.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
