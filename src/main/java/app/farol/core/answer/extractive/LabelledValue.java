package app.farol.core.answer.extractive;

import app.farol.core.text.Terms;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A table row or a note's cells give values under labels ("Front: 75 psi | Rear: 85 psi"). When a
 * label is one of the question's words and its value is of the kind asked for, the row states the
 * very value asked about, where a sentence that shares more words may only mention one ("The rear
 * tyre loses about 5 psi a week"). Stateless.
 */
final class LabelledValue {
    private LabelledValue() {}

    /** Whether a cell of the unit is "label: value" with a question word in the label and the measured kind asked for in the value. */
    static boolean answers(String unit, Set<String> questionTerms, Predicate<String> kind) {
        for (String cell : unit.split("\\|")) {
            int colon = cell.indexOf(':');
            if (colon <= 0 || colon == cell.length() - 1) {
                continue;
            }
            Set<String> label = Terms.of(cell.substring(0, colon));
            if (label.stream().anyMatch(questionTerms::contains) && kind.test(cell.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }
}
