package app.farol.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void should_fold_accents_drop_stop_words_and_match_plurals() {
        assertThat(Terms.of("Qual foi a receita em 2023?")).containsExactly("receita", "2023");
        assertThat(Terms.of("receitas de exportação")).isEqualTo(Terms.of("A receita da exportacao"));
    }

    @Test
    void should_keep_stop_words_when_reading_a_name() {
        assertThat(Terms.withStopWords("São Paulo")).containsExactly("sao", "paulo");
        assertThat(Terms.of("São Paulo")).containsExactly("paulo");
    }
}
