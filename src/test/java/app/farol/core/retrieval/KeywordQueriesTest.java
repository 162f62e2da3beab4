package app.farol.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordQueriesTest {
    @Test
    void should_find_codes_made_of_letters_and_digits_and_nothing_else() {
        assertThat(KeywordQueries.codes("O que significa o erro E07 da BD-450 com IL-6, 1.8 litros e 2024?"))
                .containsExactly("E07", "BD-450", "IL-6");
        assertThat(KeywordQueries.codes("How much water fits in the tank?")).isEmpty();
    }

    @Test
    void should_build_nothing_for_a_question_of_stop_words() {
        assertThat(KeywordQueries.of("What is the of?").isEmpty()).isTrue();
    }
}
