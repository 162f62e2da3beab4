package app.farol.core.answer.extractive;

import app.farol.core.answer.Passage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lead-in of a list item: the line that says what the items are ("II – facultativos para:"
 * above "b) os maiores de setenta anos"). Alone, the item does not say it; with its lead-in it
 * is one citable unit, for the answer's ranking and for the model's context alike.
 */
public final class LeadIns {
    private static final Pattern LIST_ITEM =
            Pattern.compile("^\\s*([-•*▪–]|\\d{1,3}[.)]|[a-z]\\)|[IVXLC]{1,6}\\s*[–-]|§)", Pattern.CASE_INSENSITIVE);
    /** How far back a lead-in is looked for, in units: a list longer than this is read without it. */
    private static final int REACH = 12;

    private LeadIns() {}

    /** Whether the unit is a list item (a bullet, a number, an alínea, an inciso, a §). */
    public static boolean isListItem(String unit) {
        return LIST_ITEM.matcher(unit).find();
    }

    /**
     * The nearest earlier unit ending in ':' across the items before it, else the lead-in lines
     * the passage repeats on top (a passage cut inside a list); "" when there is none.
     *
     * @param units the passage's units ({@link Sentences#split} of its text)
     * @param index the item's place among them
     */
    public static String of(Passage source, List<Sentences.Sentence> units, int index) {
        for (int i = index - 1; i >= 0 && i >= index - REACH; i--) {
            Sentences.Sentence s = units.get(i);
            if (s.text().endsWith(":")) {
                return s.text();
            }
            if (!isListItem(s.text())) {
                break;
            }
        }
        int repeated = repeatedLength(source);
        return repeated > 0 ? source.text().substring(0, repeated).strip() : "";
    }

    /** Characters of lead-in lines a passage inside a list repeats above its own text. */
    public static int repeatedLength(Passage p) {
        return Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
    }
}
