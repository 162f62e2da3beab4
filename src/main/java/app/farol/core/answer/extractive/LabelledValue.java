package app.farol.core.answer.extractive;

import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import app.farol.core.text.WordCoverage;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A table row or a note's cells give values under labels ("Front: 75 psi | Rear: 85 psi",
 * "LOCADOR: Marcelo Augusto Pimentel, ..."). When a label is one of the question's words and its
 * value is of the kind asked for, the row states the very value asked about, where a sentence
 * that shares more words may only mention one ("The rear tyre loses about 5 psi a week"). A label
 * names a question word as typed, or, through the {@link WordCoverage}, as its stem or a glossary
 * word for it in the unit's language ("Rear" for "traseiro", "LOCADOR" for "landlord"). Stateless.
 */
final class LabelledValue {
    private LabelledValue() {}

    /** Whether a cell of the unit is "label: value" with a question word in the label and the kind asked for in the value. */
    static boolean answers(String unit, Set<String> questionTerms, Predicate<String> kind) {
        return answers(unit, questionTerms, null, Language.OTHER, kind);
    }

    /**
     * As {@link #answers(String, Set, Predicate)}, the label also read through the question's words
     * ({@code words}, may be null) in the unit's language.
     */
    static boolean answers(
            String unit, Set<String> questionTerms, WordCoverage words, Language unitLanguage, Predicate<String> kind) {
        for (String cell : unit.split("\\|")) {
            int colon = cell.indexOf(':');
            if (colon <= 0 || colon == cell.length() - 1) {
                continue;
            }
            String label = cell.substring(0, colon);
            boolean named = Terms.of(label).stream().anyMatch(questionTerms::contains)
                    || (words != null && !words.held(label, unitLanguage).isEmpty());
            if (named && kind.test(cell.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }
}
