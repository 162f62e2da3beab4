package app.farol.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {

    @Test
    void should_tell_questions_that_ask_for_a_number_or_a_date_in_english_and_portuguese() {
        assertThat(AnswerType.of("How many people took part in the study?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("Quanto custou o passeio de barco?")).isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("E quantas caixas foram?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("When is the spring concert?")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("Até quando vale o contrato?")).isEqualTo(AnswerType.END_DATE);
        assertThat(AnswerType.of("Until when is the warranty valid?")).isEqualTo(AnswerType.END_DATE);
        assertThat(AnswerType.of("When does our broadband contract end?")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("By what date should Priya remind the members?"))
                .isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("Which binoculars are best for a beginner?")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("Posso ter um cachorro no apartamento?")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("Does the quantum effect matter?")).isEqualTo(AnswerType.ANY);
    }

    @Test
    void should_tell_what_a_question_measures_when_it_names_it() {
        assertThat(AnswerType.of("How much water fits in the tank?")).isEqualTo(AnswerType.VOLUME);
        assertThat(AnswerType.of("What is the capacity of the bean hopper?")).isEqualTo(AnswerType.CAPACITY);
        assertThat(AnswerType.of("How much did the brake pads cost?")).isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("What is the monthly rent?")).isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("Quanto a família gasta por mês com o plano de saúde?"))
                .isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("Quanto tempo e em que temperatura se assa o bolo?"))
                .isEqualTo(AnswerType.TEMPERATURE);
        assertThat(AnswerType.of("How long should a nap be?")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("How long is the warranty of the coffee machine?"))
                .isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("How long is the Heronry Path?")).isEqualTo(AnswerType.DISTANCE);
        assertThat(AnswerType.of("By how much did the nap improve recall?")).isEqualTo(AnswerType.PERCENT);
        assertThat(AnswerType.of("How heavy is the machine?")).isEqualTo(AnswerType.WEIGHT);
        // The fine, not the rent it is charged on.
        assertThat(AnswerType.of("Qual é a multa se eu pagar o aluguel atrasado?"))
                .isEqualTo(AnswerType.CHARGE);
        // A measure word in a question that asks for no value says nothing.
        assertThat(AnswerType.of("Can I rent a bike at the station?")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("How many boxes were packed?")).isEqualTo(AnswerType.NUMBER);
    }

    @Test
    void should_answer_how_often_with_a_frequency_in_english_and_portuguese() {
        assertThat(AnswerType.of("How often should I descale the espresso machine?"))
                .isEqualTo(AnswerType.FREQUENCY);
        assertThat(AnswerType.of("Com que frequência devo descalcificar a máquina de café?"))
                .isEqualTo(AnswerType.FREQUENCY);
        assertThat(AnswerType.FREQUENCY.foundIn("Descale every 90 days.")).isTrue();
        assertThat(AnswerType.FREQUENCY.foundIn("O aluguel será reajustado a cada 12 (doze) meses."))
                .isTrue();
        assertThat(AnswerType.FREQUENCY.foundIn("Na varanda, a rega é diária.")).isTrue();
        assertThat(AnswerType.FREQUENCY.foundIn("The tank holds 1.8 litres.")).isFalse();
    }

    @Test
    void should_want_a_number_of_years_for_an_age() {
        assertThat(AnswerType.of("How old was Einstein when he died?")).isEqualTo(AnswerType.AGE);
        assertThat(AnswerType.of("Quantos anos tem o Papa?")).isEqualTo(AnswerType.AGE);
        assertThat(AnswerType.of("Qual é a idade mínima para votar?")).isEqualTo(AnswerType.AGE);
        assertThat(AnswerType.AGE.foundIn("os maiores de dezoito anos e os de 16 anos"))
                .isTrue();
        assertThat(AnswerType.AGE.foundIn("He died in 1955 in Princeton.")).isFalse();
        assertThat(AnswerType.DISTANCE.mayAnswerIn("The warranty lasts 2 years."))
                .isTrue();
        assertThat(AnswerType.DISTANCE.foundIn("The warranty lasts 2 years.")).isFalse();
        assertThat(AnswerType.of("Qual é a velocidade máxima de um guepardo?")).isEqualTo(AnswerType.SPEED);
        assertThat(AnswerType.SPEED.foundIn("runs at up to 110 km/h")).isTrue();
        assertThat(AnswerType.SPEED.foundIn("alíquotas máximas de 5 %")).isFalse();
    }

    @Test
    void should_find_quantities_with_their_units() {
        assertThat(AnswerType.VOLUME.foundIn("Water tank capacity 1.8 litres")).isTrue();
        assertThat(AnswerType.VOLUME.foundIn("a milk jug of 350 ml")).isTrue();
        assertThat(AnswerType.VOLUME.foundIn("Weight 7.2 kg")).isFalse();
        assertThat(AnswerType.WEIGHT.foundIn("Weight 7.2 kg")).isTrue();
        assertThat(AnswerType.MONEY.foundIn("O aluguel mensal é de R$ 2.350,00"))
                .isTrue();
        assertThat(AnswerType.MONEY.foundIn("tickets are £12 for adults")).isTrue();
        assertThat(AnswerType.MONEY.foundIn("O passeio custou 65 € por pessoa")).isTrue();
        assertThat(AnswerType.MONEY.foundIn("pago até o dia 5 de cada mês")).isFalse();
        assertThat(AnswerType.TEMPERATURE.foundIn("asse a 180 °C por 40 minutos"))
                .isTrue();
        assertThat(AnswerType.TEMPERATURE.foundIn("asse por 40 minutos")).isFalse();
        assertThat(AnswerType.DURATION.foundIn("asse por 40 minutos")).isTrue();
        assertThat(AnswerType.DURATION.foundIn("about 20 minutes is enough")).isTrue();
        assertThat(AnswerType.DURATION.foundIn("a 20-page booklet")).isFalse();
        assertThat(AnswerType.DURATION.foundIn("after the 20-minute nap")).isTrue();
        assertThat(AnswerType.CAPACITY.foundIn("Bean hopper capacity 250 g")).isTrue();
        assertThat(AnswerType.CAPACITY.foundIn("Rated power 1450 W")).isFalse();
        assertThat(AnswerType.PERCENT.foundIn("improved recall by about 14%")).isTrue();
        assertThat(AnswerType.CHARGE.foundIn("multa de 2% (dois por cento) sobre o valor devido"))
                .isTrue();
        assertThat(AnswerType.CHARGE.foundIn("a late fee of £5")).isTrue();
        assertThat(AnswerType.CHARGE.foundIn("pago até o dia 5 de cada mês")).isFalse();
    }

    @Test
    void should_find_numbers_and_dates_in_passages() {
        assertThat(AnswerType.NUMBER.foundIn("about 20 minutes is enough")).isTrue();
        assertThat(AnswerType.NUMBER.foundIn("keep it short and set an alarm")).isFalse();
        assertThat(AnswerType.NUMBER.foundIn("precisam de seis horas de sol direto"))
                .isTrue();
        assertThat(AnswerType.NUMBER.foundIn("groggy for up to half an hour")).isFalse();
        assertThat(AnswerType.NUMBER.foundIn("dez para as onze")).isFalse();
        assertThat(AnswerType.DATE.foundIn("com término em 31 de agosto de 2026"))
                .isTrue();
        assertThat(AnswerType.DATE.foundIn("a vacina foi dada em Março")).isTrue();
        assertThat(AnswerType.DATE.foundIn("on 25/05 at the town hall")).isTrue();
        assertThat(AnswerType.DATE.foundIn("the tank holds 1.8 litres and 250 g of beans"))
                .isFalse();
        assertThat(AnswerType.END_DATE.foundIn("com início em 1º de março de 2024 e término em 31 de agosto de 2026"))
                .isTrue();
        assertThat(AnswerType.END_DATE.foundIn("regido pela Lei nº 8.245/1991")).isFalse();
        assertThat(AnswerType.END_DATE.foundIn("antes do término do prazo")).isFalse();
        assertThat(AnswerType.ANY.foundIn("anything")).isTrue();
    }

    @Test
    void should_answer_an_address_question_only_with_a_street_and_number_or_a_postcode() {
        AnswerType address = AnswerType.of("Qual é o endereço do apartamento novo em Florianópolis?");
        assertThat(address).isEqualTo(AnswerType.ADDRESS);
        assertThat(AnswerType.of("What is the address of the clinic?")).isEqualTo(AnswerType.ADDRESS);
        assertThat(address.foundIn("Indo para: Rua Bocaiúva, 1120, apto 803, Centro, Florianópolis/SC"))
                .isTrue();
        assertThat(address.foundIn("CEP 88015-530")).isTrue();
        assertThat(address.foundIn("The clinic moved to 14 Harbour Road last spring."))
                .isTrue();
        assertThat(address.foundIn("Chaves do apartamento novo: retirar na imobiliária Ilha Sul no dia 16/01"))
                .isFalse();
        // An IP or e-mail address is no place.
        assertThat(AnswerType.of("What is the printer's IP address on the home network?"))
                .isNotEqualTo(AnswerType.ADDRESS);
        assertThat(AnswerType.of("Qual é o endereço de e-mail da escola?")).isNotEqualTo(AnswerType.ADDRESS);
    }
}
