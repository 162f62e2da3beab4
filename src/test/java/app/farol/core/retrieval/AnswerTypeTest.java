package app.farol.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {

    @Test
    void should_tell_questions_that_ask_for_a_number_or_a_date_in_english_and_portuguese() {
        assertThat(AnswerType.of("How many people took part in the study?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("Quanto custou o passeio de barco?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("E quantas caixas foram?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("When is the spring concert?")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("Até quando vale o contrato?")).isEqualTo(AnswerType.END_DATE);
        assertThat(AnswerType.of("Until when is the warranty valid?")).isEqualTo(AnswerType.END_DATE);
        assertThat(AnswerType.of("When does our broadband contract end?")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("By what date should Priya remind the members?")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("Which binoculars are best for a beginner?")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("Posso ter um cachorro no apartamento?")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("Does the quantum effect matter?")).isEqualTo(AnswerType.ANY);
    }

    @Test
    void should_find_numbers_and_dates_in_passages() {
        assertThat(AnswerType.NUMBER.foundIn("about 20 minutes is enough")).isTrue();
        assertThat(AnswerType.NUMBER.foundIn("keep it short and set an alarm")).isFalse();
        assertThat(AnswerType.NUMBER.foundIn("precisam de seis horas de sol direto")).isTrue();
        assertThat(AnswerType.NUMBER.foundIn("groggy for up to half an hour")).isFalse();
        assertThat(AnswerType.NUMBER.foundIn("dez para as onze")).isFalse();
        assertThat(AnswerType.DATE.foundIn("com término em 31 de agosto de 2026")).isTrue();
        assertThat(AnswerType.DATE.foundIn("a vacina foi dada em Março")).isTrue();
        assertThat(AnswerType.DATE.foundIn("on 25/05 at the town hall")).isTrue();
        assertThat(AnswerType.DATE.foundIn("the tank holds 1.8 litres and 250 g of beans")).isFalse();
        assertThat(AnswerType.END_DATE.foundIn("com início em 1º de março de 2024 e término em 31 de agosto de 2026")).isTrue();
        assertThat(AnswerType.END_DATE.foundIn("regido pela Lei nº 8.245/1991")).isFalse();
        assertThat(AnswerType.END_DATE.foundIn("antes do término do prazo")).isFalse();
        assertThat(AnswerType.ANY.foundIn("anything")).isTrue();
    }
}
