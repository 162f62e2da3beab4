package app.farol.core.answer;

import app.farol.core.text.Language;
import java.nio.file.Path;

/**
 * A numbered piece of context given to the answerer: one search hit, possibly merged with its
 * neighbouring chunks.
 *
 * @param n the number the answer cites it by, from 1
 * @param path the file it comes from
 * @param title the document title
 * @param page 1-based page where it starts, 0 when the format has no pages
 * @param startOffset offset of its first character in the document's extracted text
 * @param endOffset end offset (exclusive) in the same text
 * @param text the text shown to the model
 * @param relevance similarity of the passage to the question (cosine of their embeddings)
 * @param language its document's language as the index read it ("en", "pt" or "other")
 * @param part the document inside the file it is from, "" when the file is one document
 * @param scanned whether OCR read its text from a scanned page
 */
public record Passage(
        int n,
        Path path,
        String title,
        int page,
        int startOffset,
        int endOffset,
        String text,
        double relevance,
        Language language,
        String part,
        boolean scanned) {

    /** Words a citation of a scanned page carries, so that a reader knows OCR may have misread it. */
    public static final String FROM_A_SCAN = "read from a scan";

    public Passage(
            int n,
            Path path,
            String title,
            int page,
            int startOffset,
            int endOffset,
            String text,
            double relevance,
            Language language,
            String part) {
        this(n, path, title, page, startOffset, endOffset, text, relevance, language, part, false);
    }

    public Passage(
            int n,
            Path path,
            String title,
            int page,
            int startOffset,
            int endOffset,
            String text,
            double relevance,
            Language language) {
        this(n, path, title, page, startOffset, endOffset, text, relevance, language, "");
    }

    /** The file's name, with the document inside it when there is one: "letters.zip › May/bill.pdf". */
    public String fileName() {
        String name = path.getFileName().toString();
        return part.isEmpty() ? name : name + " › " + part;
    }

    /** "report.pdf, page 3", or just the file name when there are no pages; "(read from a scan)" after OCR text. */
    public String source() {
        String where = page > 0 ? fileName() + ", page " + page : fileName();
        return scanned ? where + " (" + FROM_A_SCAN + ")" : where;
    }

    public Passage withNumber(int number) {
        return new Passage(number, path, title, page, startOffset, endOffset, text, relevance, language, part, scanned);
    }
}
