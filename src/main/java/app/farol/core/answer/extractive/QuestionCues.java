package app.farol.core.answer.extractive;

import app.farol.core.text.Terms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues the ranking of units reads from the question once, beyond its words and its kind: the
 * things it names, its words in order (two of them side by side in a unit, "plano de saúde", say
 * more than the same two apart), and whether it asks for a total ("ao todo", "in total").
 * Immutable.
 */
final class QuestionCues {
    private static final Pattern ASKS_TOTAL =
            Pattern.compile("\\b(ao todo|no total|em total|in total|altogether|all together|total)\\b");
    /** A line or cell that is a total: "Total: 42 caixas", "Despesa: Total | ...", "**Total** 1755 €". */
    private static final Pattern TOTAL_LINE =
            Pattern.compile("(^|[|:]\\s*)\\**(total|grand total|total geral)\\**\\s*(\\||:|$|\\d|r\\$|[£€$])");
    /** A unit that names its subject by a pronoun, maybe after a preposition ("Contra eles, ..."). */
    private static final Pattern ANAPHOR = Pattern.compile("^(\\p{L}+\\s+)?(it|its|this|these|they|them|their"
            + "|ele|ela|eles|elas|isso|isto|estes|estas|esses|essas|o mesmo|a mesma)\\b[^.]");

    private final Set<String> names;
    private final List<String> terms;
    private final boolean asksTotal;

    private QuestionCues(Set<String> names, List<String> terms, boolean asksTotal) {
        this.names = names;
        this.terms = terms;
        this.asksTotal = asksTotal;
    }

    static QuestionCues of(String question) {
        Set<String> named = Names.of(question);
        return new QuestionCues(
                named.size() <= RelevanceGate.MAX_NAMES ? named : Set.of(),
                new ArrayList<>(Terms.of(question)),
                ASKS_TOTAL.matcher(plain(question)).find());
    }

    /** The things the question names, folded as {@link Terms} folds them. */
    Set<String> names() {
        return names;
    }

    /** How many pairs of the question's words, side by side in the question, are side by side in the unit. */
    int phrases(String unit) {
        List<String> words = new ArrayList<>(Terms.of(unit));
        int found = 0;
        for (int i = 0; i + 1 < terms.size(); i++) {
            int at = words.indexOf(terms.get(i));
            if (at >= 0 && at + 1 < words.size() && words.get(at + 1).equals(terms.get(i + 1))) {
                found++;
            }
        }
        return found;
    }

    /** Whether the question asks for a total and the unit is a total's line or cell. */
    boolean totalLine(String unit) {
        return asksTotal && TOTAL_LINE.matcher(plain(unit.strip())).find();
    }

    /** Whether the unit names its subject by a pronoun, so that the sentence before says what it is about. */
    static boolean anaphoric(String unit) {
        return ANAPHOR.matcher(plain(unit.strip())).find();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
