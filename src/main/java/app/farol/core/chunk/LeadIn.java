package app.farol.core.chunk;

import app.farol.core.ingest.StructuredLines;
import app.farol.core.ingest.TextBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The lines that introduce a list item: "a) os analfabetos;" means nothing alone, under "Art. 14.
 * A soberania popular será exercida ...", "§ 1º O alistamento eleitoral e o voto são:" and "II –
 * facultativos para:" it says who may vote. A passage that starts inside a list repeats them on
 * top, so it reads right alone: to a person, to the embedder and to the model. The parents are
 * the nearest earlier items of a lower level ({@link StructuredLines#level}), up to the article, or
 * the paragraph ending in ':' that opens a plain list.
 */
final class LeadIn {
    private static final int MEMORY = 64;
    private static final int ARTICLE = 2;
    private static final int FIRST_ITEM = 3;

    private final Deque<TextBlock> recent = new ArrayDeque<>();

    /** Whether a block is an item under a lead-in: a §, inciso, alínea or numbered or bulleted item. */
    static boolean isItem(TextBlock block) {
        return !block.heading() && StructuredLines.level(block.text()) >= FIRST_ITEM;
    }

    void add(TextBlock block) {
        recent.addFirst(block);
        if (recent.size() > MEMORY) {
            recent.removeLast();
        }
    }

    void clear() {
        recent.clear();
    }

    /** The lead-in lines of an item about to be added, outermost first, within the token limit; "" if none. */
    String linesFor(TextBlock item, ToIntFunction<String> tokens, int maxTokens) {
        List<String> lines = new ArrayList<>();
        int need = StructuredLines.level(item.text());
        for (Iterator<TextBlock> it = recent.iterator(); it.hasNext(); ) {
            TextBlock p = it.next();
            int level = StructuredLines.level(p.text());
            if (level == 0) {
                if (p.text().endsWith(":") && !p.tableRow()) {
                    lines.addFirst(p.text());
                }
                break;
            }
            if (level < ARTICLE) {
                break;
            }
            if (level < need) {
                lines.addFirst(p.text());
                need = level;
                if (level == ARTICLE) {
                    break;
                }
            }
        }
        while (lines.size() > 1 && tokens.applyAsInt(String.join("\n", lines)) > maxTokens) {
            lines.removeFirst(); // the nearest parent says most
        }
        if (lines.size() == 1 && tokens.applyAsInt(lines.getFirst()) > maxTokens) {
            lines.set(0, shorten(lines.getFirst(), tokens, maxTokens));
        }
        return String.join("\n", lines);
    }

    /** A long lead-in's first words and its last (which usually say what the list is: "... mediante:"). */
    private static String shorten(String line, ToIntFunction<String> tokens, int maxTokens) {
        String[] words = line.split(" ");
        int head = words.length / 2;
        int tail = words.length - head;
        String s = line;
        while (head > 1 && tokens.applyAsInt(s) > maxTokens) {
            head = Math.max(1, head - 2);
            tail = Math.max(1, Math.min(tail, head));
            s = String.join(" ", java.util.Arrays.copyOfRange(words, 0, head)) + " … "
                    + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - tail, words.length));
        }
        return tokens.applyAsInt(s) > maxTokens ? "" : s;
    }
}
