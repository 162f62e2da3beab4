package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.text.Language;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CountedThingTest {

    @Test
    void should_answer_a_count_of_things_only_with_a_number_of_those_things() {
        Predicate<String> boxes = CountedThing.answer(
                        "Quantas caixas foram embaladas para a mudança?", Language.PORTUGUESE)
                .orElseThrow();
        assertThat(boxes.test("Total: 42 caixas numeradas.")).isTrue();
        assertThat(boxes.test("O prédio novo só permite mudança de segunda a sábado, das 8h às 18h."))
                .isFalse();
        assertThat(boxes.test("A caixa 22 é a \"caixa da primeira noite\".")).isFalse();
    }

    @Test
    void should_answer_a_count_of_people_with_a_number_of_people_of_any_kind() {
        Predicate<String> people = CountedThing.answer(
                        "How many people took part in the afternoon nap study?", Language.ENGLISH)
                .orElseThrow();
        assertThat(people.test("The researchers recruited 64 healthy undergraduate students aged 18 to 26."))
                .isTrue();
        assertThat(people.test("If you nap to study better, keep it short: about 20 minutes is enough."))
                .isFalse();
        assertThat(CountedThing.answer("Quantas pessoas vieram à festa?", Language.PORTUGUESE)
                        .orElseThrow()
                        .test("Vieram 30 convidados."))
                .isFalse();
    }

    @Test
    void should_count_the_thing_in_the_other_language_through_the_glossary() {
        assertThat(CountedThing.answer("How many boxes were packed for the move?", Language.ENGLISH)
                        .orElseThrow()
                        .test("Total: 42 caixas numeradas."))
                .isTrue();
        assertThat(CountedThing.answer("Quantos estudantes participaram do estudo sobre a sesta?", Language.PORTUGUESE)
                        .orElseThrow()
                        .test("The researchers recruited 64 healthy undergraduate students aged 18 to 26."))
                .isTrue();
        assertThat(CountedThing.answer("How many boxes were packed for the move?", Language.ENGLISH)
                        .orElseThrow()
                        .test("Orçamento: R$ 4.780,00, com embalagem dos móveis"))
                .isFalse();
    }

    @Test
    void should_leave_other_questions_to_the_answer_type() {
        assertThat(CountedThing.answer("What is the monthly rent?", Language.ENGLISH))
                .isEmpty();
        assertThat(CountedThing.answer("Quantas vezes por semana devo regar?", Language.PORTUGUESE))
                .isEmpty();
    }
}
