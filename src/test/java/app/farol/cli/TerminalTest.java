package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void should_print_a_snippet_as_the_text_it_came_from() {
        // As Lucene's HTML encoder writes it: the search command once printed "8.245&#x2F;1991".
        String snippet =
                "nos termos da Lei nº 8.245&#x2F;1991 &amp; do art. 4º: &lt;b&gt; &quot;x&quot; it&#x27;s &#233; &#x1F600; &#x110000;";
        assertThat(Terminal.unescape(snippet))
                .isEqualTo("nos termos da Lei nº 8.245/1991 & do art. 4º: <b> \"x\" it's é 😀 &#x110000;");
    }
}
