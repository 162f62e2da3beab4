package app.farol.core.chunk;

import java.util.List;

/**
 * A passage of a document: the unit that is embedded, searched and cited.
 *
 * @param ordinal position in the document, 0-based
 * @param text the passage
 * @param embeddingText what the embedder reads: the passage with its title and heading path in
 *     front, within the embedder's token limit
 * @param page 1-based PDF page the passage is on, 0 for formats without pages
 * @param headings heading path, outermost first
 * @param startOffset offset of the passage in the document text ({@link ChunkedDocument#text()})
 * @param endOffset exclusive end offset in the same text
 */
public record Chunk(
        int ordinal,
        String text,
        String embeddingText,
        int page,
        List<String> headings,
        int startOffset,
        int endOffset) {
    public Chunk {
        headings = List.copyOf(headings);
    }
}
