package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void should_split_sentences_and_keep_their_ranges() {
        String text = "Revenue grew. Dr. Silva approved it! Was it 7 million? Yes.";
        List<Sentences.Sentence> s = Sentences.split(text);

        assertThat(s)
                .extracting(Sentences.Sentence::text)
                .containsExactly("Revenue grew.", "Dr. Silva approved it!", "Was it 7 million?", "Yes.");
        for (Sentences.Sentence x : s) {
            assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
        }
    }

    @Test
    void should_split_on_blank_lines_and_list_items() {
        assertThat(Sentences.split("Title\n\nFirst line\n- item one\n- item two"))
                .extracting(Sentences.Sentence::text)
                .containsExactly("Title", "First line", "- item one", "- item two");
    }

    @Test
    void should_read_abbreviations_at_the_end_of_a_long_passage_as_before() {
        String opening = "Word after word of a long opening paragraph. ".repeat(60);
        String text = opening + "Ask Prof. Lima or see e.g. Annex 2 on the Tap. Then stop.";

        assertThat(Sentences.split(text))
                .extracting(Sentences.Sentence::text)
                .endsWith("Ask Prof. Lima or see e.g. Annex 2 on the Tap.", "Then stop.")
                .hasSize(62);
    }
}
