package app.farol.core.ingest;

import app.farol.core.ocr.OcrCache;
import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.Tesseract;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads scanned pages with OCR, in the parse worker: a PDF's pages without a text layer are
 * rendered (PDFBox, at the scan's resolution within 200-300 dpi, at most {@link PageImage#MAX_PIXELS}) and an image file's
 * pages decoded (a TIFF's every page; a JPEG turned upright as its EXIF says); each is read by
 * {@link Tesseract} unless the page cache has it. Page images stay in memory: they reach
 * Tesseract through a pipe. Thread-safe.
 */
final class ScanReader {
    private static final Logger log = LoggerFactory.getLogger(ScanReader.class);
    /** Enough to tell a blank page from one with a word on it. */
    private static final float BLANK_CHECK_DPI = 40;

    /** One page's reading: the words, or why there are none. */
    record PageRead(int page, OcrPage ocr, String failure, boolean timedOut) {
        boolean read() {
            return ocr != null;
        }
    }

    private final OcrSettings settings;
    private final OcrCache cache;
    private volatile Tesseract tesseract;

    ScanReader(OcrSettings settings) {
        this.settings = settings;
        this.cache = settings.cache() == null ? null : new OcrCache(settings.cache());
    }

    /** Tesseract, looked for again each time until it is found (it may be installed while Farol runs). */
    Optional<Tesseract> tesseract() {
        Tesseract t = tesseract;
        if (t == null) {
            t = Tesseract.find(settings).orElse(null);
            tesseract = t;
        }
        return Optional.ofNullable(t);
    }

    /** Of these 1-based pages, those with something on them (a page left blank needs no OCR). */
    static List<Integer> inkedPages(PDDocument pdf, List<Integer> pages) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<Integer> inked = new ArrayList<>();
        for (int page : pages) {
            BufferedImage small = renderer.renderImageWithDPI(page - 1, BLANK_CHECK_DPI, ImageType.GRAY);
            if (!PageImage.of(small, 0).blank()) {
                inked.add(page);
            }
        }
        return inked;
    }

    /** Reads these 1-based pages of a PDF, in order, until {@code control} says stop. */
    List<PageRead> readPdfPages(PDDocument pdf, List<Integer> pages, Tesseract t, ParseControl control)
            throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<PageRead> reads = new ArrayList<>();
        for (int page : pages) {
            PageImage image = PageImage.of(renderer.renderImageWithDPI(page - 1, dpi(pdf, page), ImageType.GRAY), 0);
            reads.add(read(page, image, t));
            if (!control.pageRead(reads.size(), pages.size())) {
                break;
            }
        }
        return reads;
    }

    /** The resolution a PDF page is rendered at for OCR: its scan's ({@link ScanDpi}), within {@link PageImage#MAX_PIXELS}. */
    static float dpi(PDDocument pdf, int page) {
        PDPage pdPage = pdf.getPage(page - 1);
        PDRectangle box = pdPage.getCropBox();
        double squareInches = Math.max(1e-3, (box.getWidth() / 72.0) * (box.getHeight() / 72.0));
        return (float) Math.min(ScanDpi.of(pdPage), Math.sqrt(PageImage.MAX_PIXELS / squareInches));
    }

    /**
     * The key under which the page cache keeps a PDF page's words: the page rendered exactly as
     * for OCR, hashed with the languages.
     */
    static String cacheKey(PDDocument pdf, int page, String languages) throws IOException {
        PageImage image =
                PageImage.of(new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi(pdf, page), ImageType.GRAY), 0);
        return OcrCache.key(image.pixels(), languages);
    }

    /**
     * Reads an image file's pages (one, or a TIFF's every page). A format Java cannot decode
     * (WebP) goes to Tesseract as it is, as one page.
     */
    List<PageRead> readImageFile(Path file, Tesseract t, ParseControl control) throws IOException {
        List<PageRead> reads = new ArrayList<>();
        int turns = ExifOrientation.quarterTurns(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                reads.add(readEncoded(1, Files.readAllBytes(file), t));
                control.pageRead(1, 1);
                return reads;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                for (int i = 0; i < count; i++) {
                    PageImage image = PageImage.of(reader.read(i), turns);
                    reads.add(
                            image.blank()
                                    ? new PageRead(i + 1, new OcrPage(0, 0, List.of()), "", false)
                                    : read(i + 1, image, t));
                    if (!control.pageRead(reads.size(), count)) {
                        break;
                    }
                }
            } finally {
                reader.dispose();
            }
        }
        return reads;
    }

    private PageRead read(int page, PageImage image, Tesseract t) {
        String key = cache == null ? null : OcrCache.key(image.pixels(), t.languages());
        if (cache != null) {
            Optional<OcrPage> known = cache.get(key);
            if (known.isPresent()) {
                return new PageRead(page, known.get(), "", false);
            }
        }
        PageRead read = readEncoded(page, image.pgm(), t);
        if (cache != null && read.read()) {
            cache.put(key, read.ocr());
        }
        return read;
    }

    private PageRead readEncoded(int page, byte[] image, Tesseract t) {
        long start = System.nanoTime();
        try {
            OcrPage ocr = t.read(image, settings.pageTimeout());
            log.debug(
                    "OCR page {}: {} words in {} ms",
                    page,
                    ocr.words().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return new PageRead(page, ocr, "", false);
        } catch (Tesseract.Failure e) {
            return new PageRead(page, null, e.getMessage(), e.timedOut());
        }
    }
}
