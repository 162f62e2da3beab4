package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionCuesTest {
    @Test
    void should_count_question_words_that_stand_side_by_side_in_the_unit_too() {
        QuestionCues cues = QuestionCues.of("Quanto a família Nogueira gasta por mês com plano de saúde?");

        assertThat(cues.phrases("Plano de saúde familiar | R$ 890,00")).isEqualTo(1);
        assertThat(cues.phrases("Migrar os celulares para um plano família, economizando R$ 42,00 por mês."))
                .isZero();
    }

    @Test
    void should_find_a_total_line_only_when_the_question_asks_for_a_total() {
        QuestionCues total = QuestionCues.of("Quanto gastámos ao todo na viagem?");

        assertThat(total.totalLine("Despesa: Total | Total para duas pessoas: 1755 €"))
                .isTrue();
        assertThat(total.totalLine("Total: 42 caixas numeradas.")).isTrue();
        assertThat(total.totalLine("Despesa: Refeições | Total para duas pessoas: 387 €"))
                .as("a column headed 'Total' is not the total's row")
                .isFalse();
        assertThat(QuestionCues.of("Quanto custou o alojamento?").totalLine("Total: 42 caixas"))
                .isFalse();
    }

    @Test
    void should_read_a_unit_that_opens_with_a_pronoun_as_anaphoric() {
        assertThat(QuestionCues.anaphoric("Contra eles, pulverize as plantas com sabão potássico."))
                .isTrue();
        assertThat(QuestionCues.anaphoric("It lasts two years.")).isTrue();
        assertThat(QuestionCues.anaphoric("Pulverize as plantas com sabão potássico."))
                .isFalse();
    }

    @Test
    void should_want_a_person_or_an_organisation_for_a_who_question() {
        var person = PersonAnswer.answer("Who is the landlord?").orElseThrow();

        assertThat(person.test("LOCADOR: Marcelo Augusto Pimentel, brasileiro, engenheiro civil."))
                .isTrue();
        assertThat(person.test("New brake pads front and rear at Spokes & Co. Pads plus labour."))
                .isTrue();
        assertThat(person.test("The rent is due on the fifth of each month.")).isFalse();
        assertThat(person.test("Qualquer obra dependerá de autorização escrita do LOCADOR."))
                .as("a role in capitals is not who holds it")
                .isFalse();
        assertThat(PersonAnswer.answer("Quem é o locador?")).isPresent();
        assertThat(PersonAnswer.answer("What is the rent?")).isEmpty();
    }

    @Test
    void should_not_take_the_question_s_own_name_or_a_product_label_for_the_person_asked_for() {
        var mayor = PersonAnswer.answer("Who is the mayor of the city of Ponta Delgada?")
                .orElseThrow();
        assertThat(mayor.test("We picked up the car at the airport in Ponta Delgada."))
                .isFalse();
        assertThat(mayor.test("A cidade de Ponta Delgada tem como presidente da câmara Pedro Nascimento Cabral."))
                .isTrue();

        var landlord = PersonAnswer.answer("Who is the landlord?").orElseThrow();
        assertThat(landlord.test(
                        "Device: Home Assistant box | Address: 192.168.50.30 | Notes: Runs the heating schedule"))
                .as("a name followed by the kind of thing it is labels a product")
                .isFalse();
        assertThat(landlord.test("Role: Landlord | Name: Marcelo Augusto Pimentel | Phone: 48 9999"))
                .isTrue();
    }

    @Test
    void should_want_the_deed_stated_when_a_question_asks_who_did_it() {
        var inventor = PersonAnswer.answer("Who invented the telephone?").orElseThrow();
        assertThat(inventor.test("Kit d’administration de Connection Manager: un numéro de téléphone."))
                .isFalse();
        assertThat(inventor.test("Alexander Graham Bell invented the telephone in 1876."))
                .isTrue();
        assertThat(PersonAnswer.role("Who is the mayor of the city of Ponta Delgada?"))
                .contains("mayor");
        assertThat(PersonAnswer.role("Quem é o tesoureiro do coro?")).contains("tesoureiro");
        assertThat(PersonAnswer.role("Who invented the telephone?")).isEmpty();
    }
}
