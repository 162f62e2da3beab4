package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfOutlineHeadingsTest {
    private static final List<PdfOutlineHeadings.Entry> OUTLINE = List.of(
            new PdfOutlineHeadings.Entry(1, "Safety"),
            new PdfOutlineHeadings.Entry(2, "Technical data"),
            new PdfOutlineHeadings.Entry(1, "Cleaning"),
            new PdfOutlineHeadings.Entry(2, "Descaling"));

    @Test
    void should_split_headings_glued_to_the_text_and_give_the_following_paragraphs_their_path() {
        List<TextBlock> blocks = PdfOutlineHeadings.apply(
                List.of(
                        block("Owner's manual", 1),
                        block("Safety Technical data Tank capacity 1.8 litres", 1),
                        block("Weight 7.2 kg", 1),
                        block("Cleaning", 2),
                        block("Descaling Descale every 90 days.", 2)),
                OUTLINE);

        assertThat(blocks)
                .extracting(TextBlock::text)
                .containsExactly(
                        "Owner's manual",
                        "Safety",
                        "Technical data",
                        "Tank capacity 1.8 litres",
                        "Weight 7.2 kg",
                        "Cleaning",
                        "Descaling",
                        "Descale every 90 days.");
        assertThat(blocks)
                .extracting(TextBlock::heading)
                .containsExactly(false, true, true, false, false, true, true, false);
        assertThat(blocks.get(4).headings()).containsExactly("Safety", "Technical data");
        assertThat(blocks.get(7).headings()).containsExactly("Cleaning", "Descaling");
        assertThat(blocks.get(7).page()).isEqualTo(2);
    }

    @Test
    void should_match_whole_words_in_order_and_skip_a_title_missing_from_the_text() {
        List<TextBlock> blocks = PdfOutlineHeadings.apply(
                List.of(
                        block("Safetyfirst is our motto.", 1),
                        block("Cleaning the machine is easy.", 2),
                        block("Descaling Descale every 90 days.", 2)),
                OUTLINE);

        assertThat(blocks)
                .extracting(TextBlock::text)
                .containsExactly(
                        "Safetyfirst is our motto.",
                        "Cleaning",
                        "the machine is easy.",
                        "Descaling",
                        "Descale every 90 days.");
        assertThat(blocks.getFirst().headings()).isEmpty();
    }

    @Test
    void should_leave_the_text_alone_when_no_title_is_found() {
        List<TextBlock> original = List.of(block("Nothing here matches.", 1));
        assertThat(PdfOutlineHeadings.apply(original, OUTLINE)).isSameAs(original);
    }

    private static TextBlock block(String text, int page) {
        return new TextBlock(text, page, List.of(), false);
    }
}
