package app.farol.core.chunk;

import app.farol.core.ingest.ParsedDocument;
import java.util.List;

/**
 * A parsed document cut into passages.
 *
 * @param document the parse it came from
 * @param text the document's text: its blocks joined by blank lines; chunk offsets point here
 * @param chunks the passages in document order; together they cover all non-heading text
 */
public record ChunkedDocument(ParsedDocument document, String text, List<Chunk> chunks) {
    public ChunkedDocument {
        chunks = List.copyOf(chunks);
    }
}
