package app.farol.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCoverageTest {
    private static final Language PT = Language.PORTUGUESE;
    private static final Language EN = Language.ENGLISH;

    @Test
    void should_count_the_glossary_words_of_an_english_question_in_a_portuguese_passage() {
        WordCoverage blood = WordCoverage.of("What is Helena's blood type?", EN);

        assertThat(blood.size())
                .as("helena, blood, type; 'what' and 'is' are left out")
                .isEqualTo(3);
        assertThat(blood.in("Nome: Helena Souza Prado. Tipo sanguíneo: A negativo", PT))
                .isEqualTo(1.0);
        assertThat(blood.in("O aluguel mensal é de R$ 2.350,00", PT)).isZero();
    }

    @Test
    void should_count_a_portuguese_question_in_an_english_passage() {
        WordCoverage tank = WordCoverage.of("Qual é a capacidade do reservatório de água?", PT);

        assertThat(tank.in("Water tank capacity 1.8 litres", EN)).isEqualTo(1.0);
        assertThat(tank.in("Bean hopper capacity 250 g", EN)).isGreaterThan(0).isLessThan(1.0);
    }

    @Test
    void should_count_a_synonym_in_the_same_language_and_inflected_forms() {
        assertThat(WordCoverage.of("cachorro", PT).in("É permitido um cão de até 10 kg.", PT))
                .isEqualTo(1.0);
        assertThat(WordCoverage.of("contratos", PT).in("O contrato vale por 30 meses.", PT))
                .isEqualTo(1.0);
    }

    @Test
    void should_count_a_word_by_the_stem_the_index_gives_it_in_one_language() {
        // The gate and the search floor read one language so too: Porter's stems, no hand plural rule.
        WordCoverage walks = WordCoverage.of("Which walks allow dogs?", EN);

        assertThat(walks.held("Dogs are allowed on this walk.", EN)).containsExactly("walks", "allow", "dogs");
        assertThat(walks.words()).doesNotContain("which");
    }

    @Test
    void should_have_no_words_for_a_question_of_stop_words_only() {
        WordCoverage empty = WordCoverage.of("What is it?", EN);

        assertThat(empty.size()).isZero();
        assertThat(empty.in("Anything at all", EN)).isZero();
    }
}
