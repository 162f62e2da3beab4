package app.farol.core.ingest;

import java.util.List;

/**
 * A run of text that belongs together in the source: a paragraph, a list item, a heading, a
 * table row.
 *
 * @param text the text, whitespace normalised, never blank
 * @param page 1-based page for paged formats (PDF), 0 otherwise
 * @param headings the heading path in force at this block, outermost first
 * @param heading whether this block is itself a heading
 */
public record TextBlock(String text, int page, List<String> headings, boolean heading) {
    public TextBlock {
        headings = List.copyOf(headings);
    }
}
