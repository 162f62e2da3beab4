package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.retrieval.AnswerType;
import app.farol.core.text.Terms;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledValueTest {
    private final Set<String> question = Terms.of("What pressure should the rear tyre of the Kestrel be pumped to?");

    @Test
    void should_find_the_value_under_the_label_the_question_names() {
        assertThat(LabelledValue.answers(
                        "Front: 75 psi | Rear: 85 psi | (carrying panniers: add 5 psi at the rear)",
                        question,
                        AnswerType.PRESSURE::foundIn))
                .isTrue();
    }

    @Test
    void should_not_count_a_sentence_or_a_label_the_question_does_not_name() {
        assertThat(LabelledValue.answers(
                        "The rear tyre loses about 5 psi a week.", question, AnswerType.PRESSURE::foundIn))
                .isFalse();
        assertThat(LabelledValue.answers("Front: 75 psi", question, AnswerType.PRESSURE::foundIn))
                .isFalse();
    }

    @Test
    void should_let_a_code_of_the_question_vouch_for_a_passage_in_another_language() {
        List<String> codes = RelevanceGate.codes("O que significa o código de erro E07 na máquina de café?");
        assertThat(codes).containsExactly("e07");
        String row = "E07 Brew unit jammed Switch off, take out the brew unit";
        assertThat(RelevanceGate.codeAcrossLanguages(codes, row, List.of("E07", "code")))
                .isTrue();
        assertThat(RelevanceGate.codeAcrossLanguages(codes, row, List.of("E07")))
                .as("the code alone")
                .isFalse();
        assertThat(RelevanceGate.codeAcrossLanguages(codes, "E05 Brew unit missing", List.of("code")))
                .isFalse();
    }
}
