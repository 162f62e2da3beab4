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
 * @param tableRow whether this block is one row of a table that the parser could only see as
 *     lines of text (a PDF's specifications table): the chunker keeps such rows in small passages
 */
public record TextBlock(String text, int page, List<String> headings, boolean heading, boolean tableRow) {
    public TextBlock {
        headings = List.copyOf(headings);
    }

    public TextBlock(String text, int page, List<String> headings, boolean heading) {
        this(text, page, headings, heading, false);
    }

    /** The same kind of block with other text under another heading path. */
    public TextBlock with(String newText, List<String> newHeadings) {
        return new TextBlock(newText, page, newHeadings, heading, tableRow);
    }
}
