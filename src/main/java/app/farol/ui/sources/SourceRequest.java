package app.farol.ui.sources;

import java.nio.file.Path;

/**
 * What the sources view should show: a passage of a file, and the words to highlight in it.
 *
 * @param path the file
 * @param page 1-based page, 0 when the format has none
 * @param startOffset start of the cited characters (a passage, or a cited unit of one) in the
 *     document's extracted text: the same coordinates as {@code StoredPassage.startOffset}, so
 *     the Passage tab marks exactly [startOffset, endOffset)
 * @param endOffset exclusive end, same coordinates
 * @param text the passage (or cited sentence), used to find it on a PDF page
 * @param query the question or search whose words are highlighted
 */
public record SourceRequest(Path path, int page, int startOffset, int endOffset, String text, String query) {

    public boolean isPdf() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
