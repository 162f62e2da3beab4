package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a PDF's text its headings back from the PDF's outline (its bookmarks).
 *
 * <p>Tika reads a PDF as paragraphs without fonts, so a heading comes out as plain text, often
 * glued to the first sentence under it ("Descaling Descale the machine every 90 days"). Most
 * PDFs made by a word processor or LaTeX carry an outline that lists those same headings in
 * reading order, with their levels. Each outline title is looked for, in order, at the start of
 * the next paragraphs; where found it becomes a heading block and the paragraphs after it get
 * it in their heading path, as HTML or Word headings do.
 */
final class PdfOutlineHeadings {
    /** How many outline entries may be missing from the text (a title worded differently) before the next is found. */
    private static final int LOOK_AHEAD = 4;

    /** One bookmark: its nesting level (1 = top) and title. */
    record Entry(int level, String title) {}

    private PdfOutlineHeadings() {}

    /** The blocks with headings found from the outline; the blocks unchanged if none is found. */
    static List<TextBlock> apply(List<TextBlock> blocks, List<Entry> outline) {
        List<TextBlock> result = new ArrayList<>(blocks.size() + outline.size());
        List<String> path = new ArrayList<>();
        int next = 0;
        int found = 0;
        for (TextBlock block : blocks) {
            String text = block.text();
            int match;
            // A paragraph may start with several headings in a row ("Part II Clause 3 The rent ...").
            while (!text.isEmpty() && (match = next < outline.size() ? find(text, outline, next) : -1) >= 0) {
                Entry entry = outline.get(match);
                while (path.size() >= entry.level()) {
                    path.removeLast();
                }
                path.add(entry.title());
                result.add(new TextBlock(entry.title(), block.page(), path, true));
                text = text.substring(entry.title().length()).strip();
                next = match + 1;
                found++;
            }
            if (!text.isEmpty()) {
                result.add(found == 0 ? block : block.with(text, path));
            }
        }
        return found == 0 ? blocks : result;
    }

    /** The first of the next few outline entries whose title starts the text as whole words; -1 if none. */
    private static int find(String lines, List<Entry> outline, int from) {
        String text = lines.replace('\n', ' '); // a title may wrap onto a second line
        for (int i = from; i < Math.min(outline.size(), from + LOOK_AHEAD); i++) {
            String title = outline.get(i).title();
            if (!title.isEmpty()
                    && text.startsWith(title)
                    && (text.length() == title.length() || text.charAt(title.length()) == ' ')) {
                return i;
            }
        }
        return -1;
    }
}
