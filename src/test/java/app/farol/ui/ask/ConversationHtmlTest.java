package app.farol.ui.ask;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConversationHtmlTest {
    private static final ConversationHtml.Palette PALETTE =
            new ConversationHtml.Palette("#000", "#666", "#eee", "#ffe", "#00f");

    @BeforeAll
    static void english() {
        Texts.use("en");
    }

    @Test
    void should_escape_markup_from_the_question_the_model_and_the_documents() {
        Exchange x = new Exchange("<script>alert(1)</script> what?");
        Path evil = Path.of("/docs/<img src=http:x>.html");
        x.result = new AskResult(
                "See <img src=\"http://tracker.example/p.png\"> and <a href='http://x'>here</a> [1].",
                true,
                true,
                true,
                List.of(new AskResult.Source(1, evil, "t", 0, 0, 10, "text")));
        String page = ConversationHtml.exchange(0, x, true, PALETTE);
        assertThat(page).doesNotContain("<img", "<script", "href='http://x'", "<a href='http");
        assertThat(page).contains("&lt;img src=&quot;http://tracker.example/p.png&quot;&gt;", "&lt;script&gt;");
        assertThat(page).contains("<a href='cite:0:1'>[1]</a>");
        assertThat(page).contains("&lt;img src=http:x&gt;.html");
    }

    @Test
    void should_turn_only_numbered_markers_into_citation_links() {
        assertThat(ConversationHtml.withLinks(2, "Esc stops it [3], see [x] and [12].\nNext"))
                .isEqualTo(
                        "Esc stops it <a href='cite:2:3'>[3]</a>, see [x] and <a href='cite:2:12'>[12]</a>.<br>Next");
    }

    @Test
    void should_show_the_answer_span_in_bold_and_nothing_else() {
        String text = "The concert is on Saturday 25 May 2024 <at> St Anne's [1].";
        int start = text.indexOf("25 May");
        assertThat(ConversationHtml.withLinks(0, text, new AskResult.Span(start, start + "25 May 2024".length())))
                .isEqualTo(
                        "The concert is on Saturday <b>25 May 2024</b> &lt;at&gt; St Anne&#39;s <a href='cite:0:1'>[1]</a>.");
        assertThat(ConversationHtml.withLinks(0, text, null)).doesNotContain("<b>");
    }

    @Test
    void should_say_clearly_when_the_answer_was_not_found_and_show_the_closest_passages() {
        Exchange x = new Exchange("Who won the 1930 World Cup?");
        x.result = new AskResult(
                "",
                false,
                false,
                true,
                List.of(new AskResult.Source(1, Path.of("/docs/walks.odt"), "Walks", 0, 0, 5, "text")));
        String page = ConversationHtml.exchange(0, x, false, PALETTE);
        assertThat(page).contains(Texts.get("ask.notFound"), Texts.get("ask.closest"), "walks.odt");
    }

    @Test
    void should_show_the_extractive_answer_while_the_model_reads_then_the_streamed_text() {
        Exchange x = new Exchange("How often to descale?");
        x.extractive = new AskResult(
                "Every 90 days [1].",
                true,
                false,
                true,
                List.of(new AskResult.Source(1, Path.of("/docs/coffee.pdf"), "Coffee", 3, 0, 5, "text")));
        String reading = ConversationHtml.exchange(0, x, true, PALETTE);
        assertThat(reading)
                .contains(
                        Texts.get("ask.quickAnswer"),
                        "Every 90 days",
                        Texts.get("ask.modelReading"),
                        "coffee.pdf, p. 3");
        x.streamed.append("Descale every 90 days");
        assertThat(ConversationHtml.exchange(0, x, true, PALETTE))
                .contains("Descale every 90 days")
                .doesNotContain(Texts.get("ask.modelReading"));
    }

    @Test
    void should_show_the_answer_line_first_and_each_supporting_unit_below_with_its_number() {
        String text = "The warranty lasts two years [1] Keep the receipt [2]";
        Path pdf = Path.of("/docs/coffee.pdf");
        AskResult.Source first = new AskResult.Source(1, pdf, "Coffee", 3, 100, 123, "The warranty lasts two years");
        AskResult.Source second = new AskResult.Source(2, pdf, "Coffee", 4, 200, 216, "Keep the receipt");
        Exchange x = new Exchange("How long is the warranty?");
        x.result = new AskResult(
                text,
                true,
                false,
                true,
                List.of(first, second),
                new AskResult.Span(19, 28),
                List.of(new AskResult.Unit(0, 28, first), new AskResult.Unit(33, 49, second)));
        String page = ConversationHtml.exchange(0, x, false, PALETTE);
        assertThat(page)
                .contains("<div class='lead'>The warranty lasts <b>two years</b> <a href='cite:0:1:0'>[1]</a></div>")
                .contains("<div class='sup'>Keep the receipt <a href='cite:0:2:1'>[2]</a></div>");
    }
}
