package app.farol.core.ingest;

import app.farol.core.text.Language;
import java.util.List;

/**
 * The text of one document with its structure, as the chunker needs it.
 *
 * @param title the document's title (metadata, first heading, or file name)
 * @param mediaType detected media type, e.g. "application/pdf"
 * @param language "pt", "en" or "other"
 * @param blocks the text in reading order
 * @param truncation why extraction stopped early (a size or time limit) or a note on its scanned
 *     pages, {@link Reason#NONE} when it was read whole
 * @param scannedPages the pages whose text OCR read from a scan, ascending (citations say so)
 * @param scan how its scanned pages went (the Library shows it per file)
 */
public record ParsedDocument(
        String title,
        String mediaType,
        Language language,
        List<TextBlock> blocks,
        Reason truncation,
        List<Integer> scannedPages,
        ScanPages scan) {
    public ParsedDocument {
        blocks = List.copyOf(blocks);
        scannedPages = List.copyOf(scannedPages);
        scan = scan == null ? ScanPages.NONE : scan;
    }

    public ParsedDocument(
            String title,
            String mediaType,
            Language language,
            List<TextBlock> blocks,
            Reason truncation,
            List<Integer> scannedPages) {
        this(title, mediaType, language, blocks, truncation, scannedPages, ScanPages.NONE);
    }

    public ParsedDocument(
            String title, String mediaType, Language language, List<TextBlock> blocks, Reason truncation) {
        this(title, mediaType, language, blocks, truncation, List.of());
    }

    /** A document read whole. */
    public ParsedDocument(String title, String mediaType, Language language, List<TextBlock> blocks) {
        this(title, mediaType, language, blocks, Reason.NONE);
    }

    /** {@link ReasonKind#TOO_LARGE}, {@link ReasonKind#TIMED_OUT} or a scan's kind when truncated, else NONE. */
    public ReasonKind truncationKind() {
        return truncation.kind();
    }

    public boolean truncated() {
        return !truncation.isEmpty();
    }

    public int characterCount() {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
