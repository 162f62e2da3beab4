package app.farol.core.retrieval;

import app.farol.core.text.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * One retrieved passage.
 *
 * @param path absolute path of the file the passage came from
 * @param title document title (file name when the document has none)
 * @param page 1-based PDF page the passage starts on, or 0 when the format has no pages
 * @param headings heading path from the document's top down to the passage, may be empty
 * @param startOffset character offset of the passage in the document's extracted text
 * @param endOffset end offset (exclusive) in the same text
 * @param chunkOrdinal position of the passage in its document (0-based), for neighbour lookup
 * @param language detected language code of the document ("pt", "en" or "other")
 * @param score fused score; higher is better, only comparable within one result list
 * @param text the passage text
 * @param snippet a short extract with matched words wrapped in {@code <b>...</b>}; the rest of
 *     the snippet is HTML-escaped, so it may be rendered as HTML
 * @param part the document inside the file ("Subject › bill.pdf", "folder/inner.pdf"), "" when
 *     the file is one document
 * @param scanned whether OCR read the passage's text from a scanned page
 */
public record SearchHit(
        Path path,
        String title,
        int page,
        List<String> headings,
        int startOffset,
        int endOffset,
        int chunkOrdinal,
        Language language,
        double score,
        String text,
        String snippet,
        String part,
        boolean scanned) {

    public SearchHit(
            Path path,
            String title,
            int page,
            List<String> headings,
            int startOffset,
            int endOffset,
            int chunkOrdinal,
            Language language,
            double score,
            String text,
            String snippet,
            String part) {
        this(
                path,
                title,
                page,
                headings,
                startOffset,
                endOffset,
                chunkOrdinal,
                language,
                score,
                text,
                snippet,
                part,
                false);
    }

    public SearchHit(
            Path path,
            String title,
            int page,
            List<String> headings,
            int startOffset,
            int endOffset,
            int chunkOrdinal,
            Language language,
            double score,
            String text,
            String snippet) {
        this(path, title, page, headings, startOffset, endOffset, chunkOrdinal, language, score, text, snippet, "");
    }

    /** The innermost heading, or an empty string. */
    public String heading() {
        return headings.isEmpty() ? "" : headings.getLast();
    }

    /** The file's name, and the document inside it when there is one: "letters.zip › May/bill.pdf". */
    public String fileName() {
        String name = path.getFileName().toString();
        return part.isEmpty() ? name : name + " › " + part;
    }
}
