package app.farol.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void should_fold_accents_drop_stop_words_and_match_plurals() {
        assertThat(Terms.of("Qual foi a receita em 2023?")).containsExactly("receita", "2023");
        assertThat(Terms.overlap(Terms.of("receitas de exportação"), Terms.of("A receita da exportacao")))
                .isEqualTo(1.0);
    }
}
