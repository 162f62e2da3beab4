package app.farol.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HitRendererTest {
    @Test
    void should_end_a_cut_snippet_with_an_ellipsis_and_leave_a_whole_sentence() {
        assertThat(HitRenderer.withEllipsis("Descale the <b>Corvina</b> every three months with"))
                .endsWith("with…");
        assertThat(HitRenderer.withEllipsis("never use <b>vinegar</b>, which damages the seals."))
                .isEqualTo("never use <b>vinegar</b>, which damages the seals.");
        assertThat(HitRenderer.withEllipsis("the water tank <b>limescale</b>"))
                .isEqualTo("the water tank <b>limescale</b>…");
    }
}
