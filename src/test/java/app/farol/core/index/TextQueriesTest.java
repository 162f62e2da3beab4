package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueriesTest {

    @Test
    void should_drop_the_portuguese_stop_words_of_a_portuguese_question_in_every_language_field() {
        String query = TextQueries.anyLanguage("O que significa o código de erro E07 na máquina?").toString();
        assertThat(query).contains("text_en:e07", "text_pt:e07", "text_other:e07", "text_pt:codig");
        assertThat(query).doesNotContain("text_en:o ", "text_en:de ", "text_en:na ", "text_other:que ", "text_other:de ");
    }

    @Test
    void should_drop_the_english_stop_words_of_an_english_question_in_every_language_field() {
        String query = TextQueries.anyLanguage("What is the monthly rent of the flat in São Paulo?").toString();
        assertThat(query).contains("text_pt:monthly", "text_other:rent", "text_en:rent");
        assertThat(query).doesNotContain("text_pt:the ", "text_other:is ", "text_other:of ");
    }

    @Test
    void should_find_codes_made_of_letters_and_digits_and_nothing_else() {
        assertThat(TextQueries.codes("O que significa o erro E07 da BD-450 com IL-6, 1.8 litros e 2024?"))
                .containsExactly("E07", "BD-450", "IL-6");
        assertThat(TextQueries.codes("How much water fits in the tank?")).isEmpty();
    }

    @Test
    void should_weigh_a_code_more_than_the_other_words_of_the_question() {
        String query = TextQueries.anyLanguage("O que significa o código de erro E07 na máquina?").toString();
        assertThat(query).contains("(text_en:e07)^2.0", "(text_pt:e07)^2.0");
        assertThat(query).doesNotContain("codig)^");
    }
}
