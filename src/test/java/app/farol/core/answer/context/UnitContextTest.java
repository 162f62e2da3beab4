package app.farol.core.answer.context;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Passage;
import app.farol.core.answer.extractive.ExtractiveAnswerer.RankedUnit;
import app.farol.core.answer.extractive.Sentences;
import app.farol.core.text.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitContextTest {

    @Test
    void should_keep_the_document_inside_the_file_a_unit_comes_from() {
        String text = "The bill for May is due on 12 June. It is 48 euros.";
        Passage source = new Passage(
                1,
                Path.of("/mail/letters.zip"),
                "Bill",
                0,
                0,
                text.length(),
                text,
                0.7,
                Language.ENGLISH,
                "May/bill.pdf");
        Sentences.Sentence first = Sentences.split(text).getFirst();

        List<Passage> context =
                UnitContext.build(List.of(new RankedUnit(source, first, 1.0)), List.of(), String::length, 300);

        assertThat(context).singleElement().satisfies(p -> {
            assertThat(p.text()).contains("The bill for May is due on 12 June.");
            assertThat(p.fileName()).isEqualTo("letters.zip › May/bill.pdf");
        });
    }
}
