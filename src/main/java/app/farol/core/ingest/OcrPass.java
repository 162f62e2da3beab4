package app.farol.core.ingest;

import app.farol.core.ocr.OcrPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The OCR step of one file's parse: which pages need it, reading them, and the note that says
 * how it went. A PDF page needs OCR when its text layer holds fewer than {@link #USABLE_LETTERS}
 * letters and it is not blank; pages with text keep it. Not thread-safe: one file.
 *
 * @see ScanReader
 */
final class OcrPass {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OcrPass.class);
    /** A page whose text layer has fewer letters and digits than this is read as a scan. */
    static final int USABLE_LETTERS = 10;

    /**
     * How the scanned pages of a file went.
     *
     * @param reason the note for the file's record, {@link Reason#NONE} when every page that needed
     *     OCR was read well
     * @param scannedPages pages that needed OCR (0 when none did)
     * @param readPages pages OCR read text on
     * @param blankPages pages without a text layer that were left alone because they are blank
     * @param pagesRead the pages whose text is now OCR's, ascending
     */
    record Result(Reason reason, int scannedPages, int readPages, int blankPages, List<Integer> pagesRead) {
        static final Result NONE = new Result(Reason.NONE, 0, 0, 0, List.of());

        Result(Reason reason, int scannedPages, int readPages) {
            this(reason, scannedPages, readPages, 0, List.of());
        }

        Result withPagesRead(List<Integer> pages) {
            return new Result(reason, scannedPages, readPages, blankPages, pages);
        }

        boolean scanned() {
            return scannedPages > 0;
        }
    }

    private final ScanReader reader;
    private final ParseControl control;

    OcrPass(ScanReader reader, ParseControl control) {
        this.reader = reader;
        this.control = control;
    }

    /** Reads a PDF's scanned pages into {@code handler}, which holds what Tika read of its text layer. */
    Result pdf(Path file, StructuredTextHandler handler, int pageCount) throws IOException {
        Map<Integer, Integer> letters = handler.lettersByPage();
        List<Integer> candidates = new ArrayList<>();
        for (int p = 1; p <= Math.max(pageCount, handler.pageCount()); p++) {
            if (letters.getOrDefault(p, 0) < USABLE_LETTERS) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return Result.NONE;
        }
        if (!control.pageRead(0, candidates.size())) { // the scans begin: from now on time is counted by page
            return Result.NONE;
        }
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
            List<Integer> scanned = ScanReader.inkedPages(pdf, candidates);
            if (scanned.isEmpty()) {
                return new Result(Reason.NONE, 0, 0, candidates.size(), List.of());
            }
            Optional<Result> notNow = notNow(
                    scanned.size(),
                    handler.pageCount(),
                    scanned.size() >= handler.pageCount() ? Cause.ScanShape.WHOLE : Cause.ScanShape.SOME_PAGES);
            if (notNow.isPresent()) {
                return notNow.get();
            }
            List<ScanReader.PageRead> reads =
                    reader.readPdfPages(pdf, scanned, reader.tesseract().orElseThrow(), control);
            List<Integer> replaced = new ArrayList<>();
            for (ScanReader.PageRead r : reads) {
                if (r.read() && r.ocr().letters() > letters.getOrDefault(r.page(), 0)) {
                    handler.replacePage(r.page(), r.ocr().paragraphs());
                    replaced.add(r.page());
                }
            }
            return summary(scanned.size(), reads).withPagesRead(replaced);
        } catch (IOException e) {
            // Tika read the file, PDFBox on its own cannot render it: its text is what there is
            log.debug("{}: pages not rendered for OCR: {}", file, e.getMessage());
            return Result.NONE;
        }
    }

    /** Reads an image file (a TIFF's every page) into {@code handler}. */
    Result image(Path file, StructuredTextHandler handler) throws IOException {
        Optional<Result> notNow = notNow(1, 1, Cause.ScanShape.IMAGE);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        if (!control.pageRead(0, 1)) {
            return new Result(Reason.of(Cause.SCAN_STOPPED), 1, 0);
        }
        List<ScanReader.PageRead> reads =
                reader.readImageFile(file, reader.tesseract().orElseThrow(), control);
        List<Integer> replaced = new ArrayList<>();
        for (ScanReader.PageRead r : reads) {
            if (r.read()) {
                handler.replacePage(r.page(), r.ocr().paragraphs());
                replaced.add(r.page());
            }
        }
        return summary(reads.size(), reads).withPagesRead(replaced);
    }

    /** The note when the scanned pages are not read now: no Tesseract, or the indexer reads scans later. */
    private Optional<Result> notNow(int scanned, int pages, Cause.ScanShape shape) {
        if (reader.tesseract().isEmpty()) {
            return Optional.of(
                    new Result(Reason.of(Cause.NEEDS_TESSERACT, shape.ordinal(), scanned, pages), scanned, 0));
        }
        if (!control.readScans()) {
            return Optional.of(new Result(Reason.of(Cause.WAITS_FOR_OCR, shape.ordinal(), scanned, pages), scanned, 0));
        }
        return Optional.empty();
    }

    private static Result summary(int scanned, List<ScanReader.PageRead> reads) {
        List<String> failed = new ArrayList<>();
        String firstFailure = "";
        List<String> doubtful = new ArrayList<>();
        int read = 0;
        for (ScanReader.PageRead r : reads) {
            if (!r.read()) {
                failed.add(String.valueOf(r.page()));
                firstFailure = firstFailure.isEmpty() ? String.valueOf(r.failure()) : firstFailure;
            } else if (r.ocr().letters() > 0) {
                read++;
                if (r.ocr().confidence() < OcrPage.LOW_CONFIDENCE) {
                    doubtful.add(String.format(
                            Locale.ROOT, "%d (%.0f %%)", r.page(), r.ocr().confidence()));
                }
            }
        }
        int stopped = scanned - reads.size();
        int none = read == 0 ? 1 : 0;
        Reason reason;
        if (!failed.isEmpty()) {
            reason = Reason.of(Cause.SCAN_PAGES_UNREAD, none, failed.size(), String.join(", ", failed), firstFailure);
        } else if (stopped > 0) {
            reason = Reason.of(Cause.SCAN_PAGES_STOPPED, none, stopped);
        } else if (!doubtful.isEmpty()) {
            reason = Reason.of(Cause.LOW_CONFIDENCE, doubtful.size(), String.join(", ", doubtful));
        } else {
            reason = Reason.NONE;
        }
        return new Result(reason, scanned, read);
    }
}
