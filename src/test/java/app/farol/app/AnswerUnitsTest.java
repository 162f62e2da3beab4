package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Answer;
import app.farol.core.answer.Citation;
import app.farol.ui.ask.AskResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerUnitsTest {
    private static final Path PDF = Path.of("/docs/manual.pdf");

    @Test
    void should_give_each_unit_exactly_its_own_characters_when_two_share_a_passage() {
        // Two units of one passage: the citation covers both (and the words between them).
        String passage = "Descale every 90 days. Use the tablets. Rinse twice [3] before use.";
        Citation c = new Citation(1, PDF, 3, 1000, 1000 + passage.length(), passage);
        String text = "Rinse twice [3] before use. [1] Descale every 90 days. [1]";
        Answer a = new Answer(text, Answer.Mode.EXTRACTIVE, true, List.of(c), List.of(), true);
        List<AskResult.Unit> units = AnswerUnits.of(a);
        assertThat(units).hasSize(2);
        AskResult.Unit first = units.getFirst();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("Rinse twice [3] before use.");
        assertThat(first.cited().startOffset()).isEqualTo(1000 + passage.indexOf("Rinse"));
        assertThat(first.cited().endOffset()).isEqualTo(1000 + passage.length());
        AskResult.Unit second = units.get(1);
        assertThat(second.cited().text()).isEqualTo("Descale every 90 days.");
        assertThat(second.cited().startOffset()).isEqualTo(1000);
        assertThat(second.cited().endOffset()).isEqualTo(1000 + "Descale every 90 days.".length());
    }

    @Test
    void should_leave_a_models_answer_whole() {
        Citation c = new Citation(1, PDF, 3, 0, 10, "Descale it");
        Answer a = new Answer("Descale it often [1].", Answer.Mode.LLM, true, List.of(c), List.of(), true);
        assertThat(AnswerUnits.of(a)).isEmpty();
    }
}
