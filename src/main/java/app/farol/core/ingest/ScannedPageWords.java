package app.farol.core.ingest;

import app.farol.core.ocr.OcrCache;
import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.Tesseract;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The words OCR read on a scanned PDF page, with their boxes, for showing where a citation is on
 * the page image: taken from the page cache (never read again here: no OCR outside the parse
 * workers). The page is rendered as the worker rendered it, so that it hashes to the same key.
 */
public final class ScannedPageWords {
    /**
     * @param ocr the words, their boxes in pixels of the image OCR read
     * @param dpi the resolution of that image: a box's pixels times 72 / dpi are PDF points
     */
    public record Found(OcrPage ocr, float dpi) {}

    private ScannedPageWords() {}

    /** The cached words of the 1-based page, or empty (not a scanned page, no cache, or not read yet). */
    public static Optional<Found> of(PDDocument pdf, int page, OcrSettings settings) throws IOException {
        if (settings.cache() == null || page < 1 || page > pdf.getNumberOfPages()) {
            return Optional.empty();
        }
        String languages =
                Tesseract.find(settings).map(Tesseract::languages).orElse(String.join("+", settings.languages()));
        return new OcrCache(settings.cache())
                .get(ScanReader.cacheKey(pdf, page, languages))
                .map(words -> new Found(words, ScanReader.dpi(pdf, page)));
    }
}
