package app.farol.core.ingest;

import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.Tesseract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * @param pages the counts of pages that needed OCR, read, not read and doubtful
     * @param blankPages pages without a text layer that were left alone because they are blank
     * @param pagesRead the pages whose text is now OCR's, ascending
     */
    record Result(Reason reason, ScanPages pages, int blankPages, List<Integer> pagesRead) {
        static final Result NONE = new Result(Reason.NONE, ScanPages.NONE, 0, List.of());

        /** Scanned pages none of which were read (they wait, or Tesseract is missing). */
        Result(Reason reason, int scannedPages) {
            this(reason, new ScanPages(scannedPages, 0, 0, 0, ""), 0, List.of());
        }

        Result withPagesRead(List<Integer> read) {
            return new Result(reason, pages, blankPages, read);
        }

        int scannedPages() {
            return pages.scanned();
        }

        boolean scanned() {
            return pages.any();
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
                return new Result(Reason.NONE, ScanPages.NONE, candidates.size(), List.of());
            }
            Optional<Result> notNow = notNow(
                    scanned.size(),
                    handler.pageCount(),
                    scanned.size() >= handler.pageCount() ? Cause.ScanShape.WHOLE : Cause.ScanShape.SOME_PAGES);
            if (notNow.isPresent()) {
                return notNow.get();
            }
            Tesseract tesseract = reader.tesseract().orElseThrow();
            List<ScanReader.PageRead> reads = reader.readPdfPages(pdf, scanned, tesseract, control);
            List<Integer> replaced = new ArrayList<>();
            for (ScanReader.PageRead r : reads) {
                if (r.read() && r.ocr().letters() > letters.getOrDefault(r.page(), 0)) {
                    handler.replacePage(r.page(), r.ocr().paragraphs());
                    replaced.add(r.page());
                }
            }
            return summary(scanned.size(), reads, tesseract.languages()).withPagesRead(replaced);
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
            return new Result(Reason.of(Cause.SCAN_STOPPED), new ScanPages(1, 0, 1, 0, ""), 0, List.of());
        }
        Tesseract tesseract = reader.tesseract().orElseThrow();
        List<ScanReader.PageRead> reads = reader.readImageFile(file, tesseract, control);
        List<Integer> replaced = new ArrayList<>();
        for (ScanReader.PageRead r : reads) {
            if (r.read()) {
                handler.replacePage(r.page(), r.ocr().paragraphs());
                replaced.add(r.page());
            }
        }
        return summary(reads.size(), reads, tesseract.languages()).withPagesRead(replaced);
    }

    /**
     * Reads the pictures of an office document whose own text is nearly empty (a scan pasted
     * into a letter, ADR 0009): their words follow the document's own text; each picture counts
     * as a page of progress, numbered in the document's order in the note.
     */
    Result embedded(List<Path> images, StructuredTextHandler handler) throws IOException {
        Optional<Result> notNow = notNow(
                images.size(), images.size(), images.size() == 1 ? Cause.ScanShape.PICTURE : Cause.ScanShape.PICTURES);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        Tesseract tesseract = reader.tesseract().orElseThrow();
        List<ScanReader.PageRead> reads = new ArrayList<>();
        Set<Integer> undecodable = new HashSet<>();
        for (Path image : images) {
            if (!control.pageRead(0, 1)) {
                break;
            }
            List<ScanReader.PageRead> one;
            try {
                one = reader.readImageFile(image, tesseract, control);
            } catch (IOException | RuntimeException e) {
                // a damaged picture is one picture not read, not a document that cannot be read
                undecodable.add(reads.size() + 1);
                one = List.of(new ScanReader.PageRead(1, null, "", false));
            }
            for (ScanReader.PageRead r : one) {
                if (r.read()) {
                    handler.addScannedParagraphs(r.ocr().paragraphs());
                }
                reads.add(new ScanReader.PageRead(reads.size() + 1, r.ocr(), r.failure(), r.timedOut()));
            }
        }
        Result summary = summary(images.size(), reads, tesseract.languages(), undecodable);
        boolean anyRead = reads.stream().anyMatch(r -> r.read() && r.ocr().letters() > 0);
        return summary.withPagesRead(anyRead ? List.of(0) : List.of());
    }

    /** The note when the scanned pages are not read now: no Tesseract, or the indexer reads scans later. */
    private Optional<Result> notNow(int scanned, int pages, Cause.ScanShape shape) {
        if (reader.tesseract().isEmpty()) {
            return Optional.of(new Result(Reason.of(Cause.NEEDS_TESSERACT, shape.ordinal(), scanned, pages), scanned));
        }
        if (!control.readScans()) {
            return Optional.of(new Result(Reason.of(Cause.WAITS_FOR_OCR, shape.ordinal(), scanned, pages), scanned));
        }
        return Optional.empty();
    }

    /** The pages of a PDF or an image file. */
    private static Result summary(int scanned, List<ScanReader.PageRead> reads, String languages) {
        return summary(scanned, reads, languages, null);
    }

    /**
     * @param undecodable null for pages; for the pictures of an office file, those that could not
     *     be decoded (the notes then say "picture")
     */
    private static Result summary(
            int scanned, List<ScanReader.PageRead> reads, String languages, Set<Integer> undecodable) {
        List<String> failed = new ArrayList<>();
        ScanReader.PageRead firstFailure = null;
        List<String> doubtful = new ArrayList<>();
        int read = 0;
        for (ScanReader.PageRead r : reads) {
            if (!r.read()) {
                failed.add(String.valueOf(r.page()));
                firstFailure = firstFailure == null ? r : firstFailure;
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
        ScanPages pages = new ScanPages(
                scanned, read, failed.size() + Math.max(0, stopped), doubtful.size(), reads.isEmpty() ? "" : languages);
        boolean pictures = undecodable != null;
        Reason reason;
        if (firstFailure != null) {
            String failure = String.valueOf(firstFailure.failure());
            reason = pictures
                    ? Reason.of(
                            Cause.SCAN_PICTURES_UNREAD,
                            none,
                            failed.size(),
                            String.join(", ", failed),
                            failure,
                            undecodable.contains(firstFailure.page()) ? 1 : 0)
                    : Reason.of(Cause.SCAN_PAGES_UNREAD, none, failed.size(), String.join(", ", failed), failure);
        } else if (stopped > 0) {
            reason = Reason.of(pictures ? Cause.SCAN_PICTURES_STOPPED : Cause.SCAN_PAGES_STOPPED, none, stopped);
        } else if (!doubtful.isEmpty()) {
            reason = Reason.of(
                    pictures ? Cause.LOW_CONFIDENCE_PICTURES : Cause.LOW_CONFIDENCE,
                    doubtful.size(),
                    String.join(", ", doubtful));
        } else {
            reason = Reason.NONE;
        }
        return new Result(reason, pages, 0, List.of());
    }
}
