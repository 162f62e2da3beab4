package app.farol.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextTextTest {
    @Test
    void should_mark_only_the_questions_content_words() {
        assertThat(ContextText.terms("Can I use vinegar to remove limescale from the Corvina machine?"))
                .contains("vinegar", "remove", "limescale", "corvina", "machine")
                .doesNotContain("can", "i", "to", "the");
        assertThat(ContextText.terms("Qual é o tipo sanguíneo da Helena?"))
                .containsExactlyInAnyOrder("tipo", "sanguineo", "helena"); // not "qual", "é", "o", "da"
    }
}
