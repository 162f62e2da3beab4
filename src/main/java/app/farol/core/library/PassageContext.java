package app.farol.core.library;

import app.farol.core.store.PassageStore;
import app.farol.core.store.StoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A cited or found passage with the text around it, for the sources view.
 *
 * @param path the file
 * @param title the document's title
 * @param page 1-based page of the passage, 0 when the format has none
 * @param text the passage with up to one neighbouring passage on each side
 * @param highlightStart start of the passage (or cited sentence) within {@code text}
 * @param highlightEnd exclusive end within {@code text}
 */
public record PassageContext(String path, String title, int page, String text, int highlightStart, int highlightEnd) {

    /**
     * Finds the stored passages that hold [{@code start}, {@code end}) of the document's text (a
     * citation may span several) and joins them with one neighbour on each side (passages may
     * overlap; the overlap is shown once).
     *
     * @return null when the file is no longer in the index
     */
    public static PassageContext around(PassageStore store, String path, int start, int end) {
        List<StoredPassage> all = store.passagesOf(path).stream()
                .sorted(Comparator.comparingInt(StoredPassage::ordinal))
                .toList();
        if (all.isEmpty()) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            StoredPassage p = all.get(i);
            if (p.startOffset() < Math.max(end, start + 1) && start < p.endOffset()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            first = 0;
            last = 0;
        }
        int hit = first;
        String part = all.get(hit).part();
        // Neighbours from the same document of the file only (a mailbox's next message is another document).
        List<StoredPassage> window = all.subList(Math.max(0, first - 1), Math.min(all.size(), last + 2)).stream()
                .filter(p -> p.part().equals(part))
                .toList();
        StringBuilder text = new StringBuilder();
        List<int[]> pieces = new ArrayList<>(); // {document offset, offset in text, length}
        int reached = window.getFirst().startOffset();
        for (StoredPassage p : window) {
            if (p.endOffset() <= reached) {
                continue;
            }
            int skip = Math.max(0, reached - p.startOffset());
            if (p.startOffset() > reached && !text.isEmpty()) {
                // A gap in the offsets (the blank line between paragraphs, a heading that is not a
                // passage): inside the citation it is rebuilt as the answer's passage has it, one
                // line break per character, so the marked characters are exactly the cited ones.
                // Elsewhere two line breaks keep the passages apart.
                int gap = p.startOffset() - reached;
                boolean cited = reached >= start && p.startOffset() <= Math.max(end, start);
                text.append("\n".repeat(cited ? gap : Math.min(gap, 2)));
            }
            String body = body(p);
            int from = Math.min(skip, body.length());
            pieces.add(new int[] {p.startOffset() + from, text.length(), body.length() - from});
            text.append(body, from, body.length());
            reached = p.endOffset();
        }
        int from = position(pieces, start, true);
        int to = Math.max(from, position(pieces, Math.max(end, start), false));
        StoredPassage center = all.get(hit);
        return new PassageContext(path, center.title(), center.page(), text.toString(), from, to);
    }

    /** The passage's own text, without the lead-in lines a passage inside a list repeats on top. */
    private static String body(StoredPassage p) {
        int length = p.endOffset() - p.startOffset();
        return length > 0 && length < p.text().length()
                ? p.text().substring(p.text().length() - length)
                : p.text();
    }

    /**
     * Where a document offset lies in the joined text. The text is not the document's: the gaps
     * between passages are shortened, so an offset is mapped through the piece that holds it (an
     * offset in a gap goes to the next piece's start, or the previous piece's end).
     */
    private static int position(List<int[]> pieces, int offset, boolean start) {
        int[] last = pieces.getFirst();
        if (offset <= last[0]) {
            return last[1];
        }
        for (int[] piece : pieces) {
            if (offset < piece[0]) {
                return start ? piece[1] : last[1] + last[2];
            }
            if (offset <= piece[0] + piece[2]) {
                return piece[1] + offset - piece[0];
            }
            last = piece;
        }
        return last[1] + last[2];
    }
}
