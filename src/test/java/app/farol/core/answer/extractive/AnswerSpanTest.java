package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerSpanTest {

    private static String spanned(String question, String answer) {
        Optional<AnswerSpan.Span> span = AnswerSpan.of(question, answer);
        return span.map(s -> answer.substring(s.start(), s.end())).orElse(null);
    }

    @Test
    void should_mark_the_duration_amount_and_date_a_question_asks_for() {
        assertThat(spanned(
                        "How long is the warranty of the coffee machine?",
                        "The Corvina BD-450 is covered by a 24-month warranty from the date of purchase. [1]"))
                .isEqualTo("24-month");
        assertThat(
                        spanned(
                                "Qual é o valor do aluguel?",
                                "O aluguel mensal é de R$ 2.350,00 (dois mil, trezentos e cinquenta reais), a ser pago até o dia 5. [1]"))
                .isEqualTo("R$ 2.350,00");
        assertThat(
                        spanned(
                                "Até quando vale o contrato?",
                                "A locação é contratada pelo prazo de 30 (trinta) meses, com término em 31 de agosto de 2026. [1]"))
                .isEqualTo("31 de agosto de 2026");
        assertThat(spanned(
                        "When is the spring concert?",
                        "The concert will take place on Saturday 25 May 2024 at 19:00. [1]"))
                .isEqualTo("25 May 2024");
    }

    @Test
    void should_mark_an_age_a_count_a_name_and_a_place() {
        assertThat(spanned("How old must the President be?", "The President must be at least 35 years old. [1]"))
                .isEqualTo("35 years old");
        assertThat(spanned("How many boxes were packed?", "Ao todo foram 42 caixas, numeradas por cômodo. [1]"))
                .isEqualTo("42");
        assertThat(spanned(
                        "Who is the landlord of the apartment?",
                        "LOCADOR: João Carlos Mendes, brasileiro, engenheiro, residente em Curitiba. [1]"))
                .isEqualTo("João Carlos Mendes");
        assertThat(spanned(
                        "Where did we pick up the rental car?",
                        "We picked up the car at the airport in Ponta Delgada. [1]"))
                .isEqualTo("Ponta Delgada");
    }

    @Test
    void should_look_only_in_the_first_unit_and_give_nothing_for_a_question_of_no_kind() {
        // The duration is in the second unit only: the first does not answer, so nothing is marked.
        assertThat(spanned(
                        "How long is the warranty?",
                        "The warranty does not cover limescale. [1] It lasts 24 months. [2]"))
                .isNull();
        assertThat(spanned("Can I keep a dog in the flat?", "One small pet of up to 10 kg is allowed. [1]"))
                .isNull();
    }
}
