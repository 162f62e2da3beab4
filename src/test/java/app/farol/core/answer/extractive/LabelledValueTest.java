package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.retrieval.AnswerType;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import app.farol.core.text.WordCoverage;
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
    void should_read_a_label_in_the_other_language_through_the_glossary() {
        String asked = "Qual é a pressão do pneu traseiro da bicicleta?";
        WordCoverage words = WordCoverage.of(asked, Language.PORTUGUESE);

        assertThat(LabelledValue.answers(
                        "Front: 75 psi | Rear: 85 psi",
                        Terms.of(asked),
                        words,
                        Language.ENGLISH,
                        AnswerType.PRESSURE::foundIn))
                .as("\"Rear\" is \"traseiro\"")
                .isTrue();
        assertThat(LabelledValue.answers(
                        "Front: 75 psi", Terms.of(asked), words, Language.ENGLISH, AnswerType.PRESSURE::foundIn))
                .isFalse();
    }

    @Test
    void should_find_the_person_under_the_role_a_who_question_asks_about() {
        String asked = "Who is the landlord of the apartment?";
        var person = PersonAnswer.answer(asked).orElseThrow();
        WordCoverage words = WordCoverage.of(asked, Language.ENGLISH);

        assertThat(LabelledValue.answers(
                        "LOCADOR: Marcelo Augusto Pimentel, brasileiro, engenheiro civil.",
                        Terms.of(asked),
                        words,
                        Language.PORTUGUESE,
                        person))
                .isTrue();
        assertThat(LabelledValue.answers(
                        "LOCATÁRIA: Juliana Ferreira Campos, brasileira, designer gráfica.",
                        Terms.of(asked),
                        words,
                        Language.PORTUGUESE,
                        person))
                .as("the tenant is under another role")
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
