package app.farol.core.ingest;

import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.Tesseract;
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
     * @param kind {@link ReasonKind#NONE} when every page that needed OCR was read well
     * @param note the sentence for the file's record, "" with {@link ReasonKind#NONE}
     * @param pages the counts of pages that needed OCR, read, not read and doubtful
     * @param blankPages pages without a text layer that were left alone because they are blank
     * @param pagesRead the pages whose text is now OCR's, ascending
     */
    record Result(ReasonKind kind, String note, ScanPages pages, int blankPages, List<Integer> pagesRead) {
        static final Result NONE = new Result(ReasonKind.NONE, "", ScanPages.NONE, 0, List.of());

        /** Scanned pages none of which were read (they wait, or Tesseract is missing). */
        Result(ReasonKind kind, String note, int scannedPages) {
            this(kind, note, new ScanPages(scannedPages, 0, 0, 0, ""), 0, List.of());
        }

        Result withPagesRead(List<Integer> read) {
            return new Result(kind, note, pages, blankPages, read);
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
                return new Result(ReasonKind.NONE, "", ScanPages.NONE, candidates.size(), List.of());
            }
            Optional<Result> notNow = notNow(scanned.size(), handler.pageCount());
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
            return summary(scanned.size(), reads, tesseract.languages(), "page").withPagesRead(replaced);
        } catch (IOException e) {
            // Tika read the file, PDFBox on its own cannot render it: its text is what there is
            log.debug("{}: pages not rendered for OCR: {}", file, e.getMessage());
            return Result.NONE;
        }
    }

    /** Reads an image file (a TIFF's every page) into {@code handler}. */
    Result image(Path file, StructuredTextHandler handler) throws IOException {
        Optional<Result> notNow = notNow(1, 1);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        if (!control.pageRead(0, 1)) {
            return new Result(
                    ReasonKind.SCAN_UNREAD,
                    "scan not read: the reading was stopped",
                    new ScanPages(1, 0, 1, 0, ""),
                    0,
                    List.of());
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
        return summary(reads.size(), reads, tesseract.languages(), "page").withPagesRead(replaced);
    }

    /**
     * Reads the pictures of an office document whose own text is nearly empty (a scan pasted
     * into a letter, ADR 0009): their words follow the document's own text; each picture counts
     * as a page of progress, numbered in the document's order in the note.
     */
    Result embedded(List<Path> images, StructuredTextHandler handler) throws IOException {
        String what = images.size() == 1 ? "a picture of text in it" : images.size() + " pictures of text in it";
        Optional<Result> notNow = notNow(images.size(), images.size());
        if (notNow.isPresent()) {
            Result later = notNow.get();
            return new Result(
                    later.kind(), later.note().replace("scanned: ", "scanned: " + what + "; "), images.size());
        }
        Tesseract tesseract = reader.tesseract().orElseThrow();
        List<ScanReader.PageRead> reads = new ArrayList<>();
        for (Path image : images) {
            if (!control.pageRead(0, 1)) {
                break;
            }
            List<ScanReader.PageRead> one;
            try {
                one = reader.readImageFile(image, tesseract, control);
            } catch (IOException | RuntimeException e) {
                // a damaged picture is one picture not read, not a document that cannot be read
                one = List.of(new ScanReader.PageRead(1, null, "it could not be decoded", false));
            }
            for (ScanReader.PageRead r : one) {
                if (r.read()) {
                    handler.addScannedParagraphs(r.ocr().paragraphs());
                }
                reads.add(new ScanReader.PageRead(reads.size() + 1, r.ocr(), r.failure(), r.timedOut()));
            }
        }
        Result summary = summary(images.size(), reads, tesseract.languages(), "picture");
        boolean anyRead = reads.stream().anyMatch(r -> r.read() && r.ocr().letters() > 0);
        return summary.withPagesRead(anyRead ? List.of(0) : List.of());
    }

    /** The note when the scanned pages are not read now: no Tesseract, or the indexer reads scans later. */
    private Optional<Result> notNow(int scanned, int pages) {
        String which = scanned >= pages ? "" : scanned + " of its " + pages + " pages are images without text; ";
        if (reader.tesseract().isEmpty()) {
            return Optional.of(new Result(ReasonKind.SCANNED, "scanned: " + which + Tesseract.INSTALL_HINT, scanned));
        }
        if (!control.readScans()) {
            return Optional.of(new Result(
                    ReasonKind.SCANNED, "scanned: " + which + "waits for OCR, after the files with text", scanned));
        }
        return Optional.empty();
    }

    /** @param unit what a page is called in the note: "page", or "picture" inside an office file */
    private static Result summary(int scanned, List<ScanReader.PageRead> reads, String languages, String unit) {
        List<String> failed = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        int read = 0;
        for (ScanReader.PageRead r : reads) {
            if (!r.read()) {
                failed.add(unit + " " + r.page() + " (" + r.failure() + ")");
            } else if (r.ocr().letters() > 0) {
                read++;
                if (r.ocr().confidence() < OcrPage.LOW_CONFIDENCE) {
                    doubtful.add(String.format(
                            Locale.ROOT,
                            "%s %d (%.0f %%)",
                            unit,
                            r.page(),
                            r.ocr().confidence()));
                }
            }
        }
        int stopped = scanned - reads.size();
        ScanPages pages = new ScanPages(
                scanned, read, failed.size() + Math.max(0, stopped), doubtful.size(), reads.isEmpty() ? "" : languages);
        if (stopped > 0) {
            failed.add(stopped + " " + unit + (stopped == 1 ? "" : "s") + " not read: the reading was stopped");
        }
        if (failed.isEmpty() && doubtful.isEmpty()) {
            return new Result(ReasonKind.NONE, "", pages, 0, List.of());
        }
        StringBuilder note = new StringBuilder();
        ReasonKind kind;
        if (!failed.isEmpty()) {
            kind = ReasonKind.SCAN_UNREAD;
            note.append(read == 0 ? "scan not read: " : "scan not read in part: ")
                    .append(String.join(", ", failed));
            if (!doubtful.isEmpty()) {
                note.append("; read with low confidence: ").append(String.join(", ", doubtful));
            }
        } else {
            kind = ReasonKind.SCAN_DOUBTFUL;
            note.append("scan read with low confidence: ").append(String.join(", ", doubtful));
        }
        return new Result(kind, note.toString(), pages, 0, List.of());
    }
}
