package app.farol.core.answer;

import java.util.List;

/**
 * The final answer to a question.
 *
 * @param text the answer, with [n] markers that all point to {@link #citations()}
 * @param mode whether a language model wrote it or sentences were extracted from the passages
 * @param grounded true when the answer rests on cited passages; false when nothing relevant was
 *     found (then {@link #passages()} holds the closest passages, for the user to judge)
 * @param citations the passages the answer cites, in order of first citation
 * @param passages the passages the answer was made from, or the closest ones when not grounded
 * @param complete false when generation was stopped by the user or a cap before the model finished
 */
public record Answer(
        String text, Mode mode, boolean grounded, List<Citation> citations, List<Passage> passages, boolean complete) {

    public enum Mode {
        LLM,
        EXTRACTIVE
    }

    public Answer {
        citations = List.copyOf(citations);
        passages = List.copyOf(passages);
    }
}
