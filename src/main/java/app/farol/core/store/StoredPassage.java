package app.farol.core.store;

import app.farol.core.text.Language;
import java.util.List;

/**
 * One passage as the store keeps it: its text, where it came from, and its vector.
 *
 * @param path absolute path of the file
 * @param title document title
 * @param type lower-case file extension
 * @param language "pt", "en" or "other"; chooses the text analyzer
 * @param ordinal position of the passage in its document
 * @param text the passage, shown to people and to the model
 * @param page 1-based PDF page, 0 when the format has none
 * @param headings heading path, outermost first
 * @param startOffset offset in the document's text
 * @param endOffset exclusive end offset
 * @param vector unit-length embedding of the passage with its title and headings
 * @param part the document inside the file the passage is from ("Subject › bill.pdf",
 *     "folder/inner.pdf"), "" when the file is one document
 * @param scanned whether OCR read the passage's text from a scanned page
 */
public record StoredPassage(
        String path,
        String title,
        String type,
        Language language,
        int ordinal,
        String text,
        int page,
        List<String> headings,
        int startOffset,
        int endOffset,
        float[] vector,
        String part,
        boolean scanned) {

    public StoredPassage(
            String path,
            String title,
            String type,
            Language language,
            int ordinal,
            String text,
            int page,
            List<String> headings,
            int startOffset,
            int endOffset,
            float[] vector,
            String part) {
        this(path, title, type, language, ordinal, text, page, headings, startOffset, endOffset, vector, part, false);
    }

    /** A passage of a file that is one document. */
    public StoredPassage(
            String path,
            String title,
            String type,
            Language language,
            int ordinal,
            String text,
            int page,
            List<String> headings,
            int startOffset,
            int endOffset,
            float[] vector) {
        this(path, title, type, language, ordinal, text, page, headings, startOffset, endOffset, vector, "");
    }
}
