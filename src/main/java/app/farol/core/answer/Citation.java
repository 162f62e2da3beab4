package app.farol.core.answer;

import java.nio.file.Path;

/**
 * A link from an answer to the passage it cites.
 *
 * @param n the marker number as shown in the answer ("[n]")
 * @param path the cited file
 * @param page 1-based page, 0 when the format has no pages
 * @param startOffset start of the cited text in the document's extracted text
 * @param endOffset end (exclusive) of the cited text
 * @param text the cited text (the passage, or the sentence for extractive answers)
 * @param part the document inside the file ("Subject › bill.pdf"), "" when the file is one document
 * @param scanned whether OCR read the cited text from a scanned page: front ends say "(read from a scan)"
 */
public record Citation(
        int n, Path path, int page, int startOffset, int endOffset, String text, String part, boolean scanned) {

    public Citation(int n, Path path, int page, int startOffset, int endOffset, String text, String part) {
        this(n, path, page, startOffset, endOffset, text, part, false);
    }

    public Citation(int n, Path path, int page, int startOffset, int endOffset, String text) {
        this(n, path, page, startOffset, endOffset, text, "");
    }

    public static Citation of(Passage p) {
        return new Citation(p.n(), p.path(), p.page(), p.startOffset(), p.endOffset(), p.text(), p.part(), p.scanned());
    }

    /** The file's name, with the document inside it when there is one: "letters.zip › May/bill.pdf". */
    public String fileName() {
        String name = path.getFileName().toString();
        return part.isEmpty() ? name : name + " › " + part;
    }
}
