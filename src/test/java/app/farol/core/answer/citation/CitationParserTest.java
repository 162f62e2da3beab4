package app.farol.core.answer.citation;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Citation;
import app.farol.core.answer.Passage;
import app.farol.core.text.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationParserTest {
    private static final List<Passage> PASSAGES = List.of(
            new Passage(
                    1,
                    Path.of("/docs/report.pdf"),
                    "Report",
                    3,
                    100,
                    400,
                    "Revenue was 5 million.",
                    0.6,
                    Language.ENGLISH),
            new Passage(2, Path.of("/docs/notes.txt"), "notes.txt", 0, 0, 120, "Costs rose.", 0.5, Language.ENGLISH));

    @Test
    void should_link_markers_to_file_page_and_character_range() {
        CitationParser.Parsed p = CitationParser.parse("Revenue was 5 million [1]. Costs rose [2].", PASSAGES);

        assertThat(p.text()).isEqualTo("Revenue was 5 million [1]. Costs rose [2].");
        assertThat(p.citations()).extracting(Citation::n).containsExactly(1, 2);
        Citation first = p.citations().getFirst();
        assertThat(first.path()).isEqualTo(Path.of("/docs/report.pdf"));
        assertThat(first.page()).isEqualTo(3);
        assertThat(first.startOffset()).isEqualTo(100);
        assertThat(first.endOffset()).isEqualTo(400);
    }

    @Test
    void should_drop_citation_markers_that_point_to_no_passage() {
        CitationParser.Parsed p = CitationParser.parse("It grew [7]. It fell [2, 9]. Done [0].", PASSAGES);

        assertThat(p.text()).isEqualTo("It grew. It fell [2]. Done.");
        assertThat(p.citations()).extracting(Citation::n).containsExactly(2);
    }

    @Test
    void should_read_grouped_and_adjacent_markers_once_each() {
        CitationParser.Parsed p = CitationParser.parse("Both [2][1] and [1,2; 2].", PASSAGES);

        assertThat(p.citations()).extracting(Citation::n).containsExactly(2, 1);
        assertThat(p.text()).isEqualTo("Both [2][1] and [1, 2].");
    }

    @Test
    void should_leave_square_brackets_that_are_not_markers() {
        CitationParser.Parsed p = CitationParser.parse("See [appendix] and array[i].", PASSAGES);

        assertThat(p.text()).isEqualTo("See [appendix] and array[i].");
        assertThat(p.citations()).isEmpty();
    }
}
