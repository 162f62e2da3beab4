package app.farol.core.answer.context;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Passage;
import app.farol.core.answer.RankedHit;
import app.farol.core.answer.SampleDocs;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ContextAssemblerTest {
    private static final ToIntFunction<String> WORDS = s -> s.strip().split("\\s+").length;
    private final SampleDocs docs = new SampleDocs();

    private RankedHit hit(java.nio.file.Path p, int ordinal) {
        return new RankedHit(docs.chunk(p, ordinal), 0.5, false);
    }

    @Test
    void should_merge_neighbouring_chunks_into_one_passage_when_they_fit() {
        List<Passage> ps = new ContextAssembler(docs, WORDS, 1).assemble(List.of(hit(SampleDocs.BREAD, 1)), 1000);

        assertThat(ps).hasSize(1);
        Passage p = ps.getFirst();
        assertThat(p.startOffset()).isZero();
        assertThat(p.text()).contains("To bake bread").contains("Bake at 220 degrees");
        // Passage positions are document positions: the cited characters are the right ones.
        String document = SampleDocs.fullText(SampleDocs.BREAD);
        assertThat(document.substring(p.startOffset(), p.endOffset())).isEqualTo(p.text());
    }

    @Test
    void should_not_merge_neighbours_from_another_page_so_citations_name_the_right_page() {
        List<Passage> ps = new ContextAssembler(docs, WORDS, 1).assemble(List.of(hit(SampleDocs.REPORT, 1)), 1000);

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(SampleDocs.REPORT_CHUNKS.get(1));
            assertThat(p.page()).isEqualTo(3);
        });
    }

    @Test
    void should_use_the_hit_alone_when_its_neighbours_do_not_fit() {
        List<Passage> ps = new ContextAssembler(docs, WORDS, 1).assemble(List.of(hit(SampleDocs.REPORT, 1)), 40);

        assertThat(ps).hasSize(1);
        assertThat(ps.getFirst().text()).isEqualTo(SampleDocs.REPORT_CHUNKS.get(1));
        assertThat(ps.getFirst().page()).isEqualTo(3);
    }

    @Test
    void should_remove_hits_already_inside_an_earlier_passage() {
        List<Passage> ps = new ContextAssembler(docs, WORDS, 1)
                .assemble(
                        List.of(hit(SampleDocs.BREAD, 1), hit(SampleDocs.BREAD, 0), hit(SampleDocs.RECEITAS, 0)), 1000);

        assertThat(ps).extracting(Passage::path).containsExactly(SampleDocs.BREAD, SampleDocs.RECEITAS);
        assertThat(ps).extracting(Passage::n).containsExactly(1, 2);
    }

    @Test
    void should_stop_adding_passages_at_the_token_budget() {
        List<RankedHit> hits =
                List.of(hit(SampleDocs.REPORT, 1), hit(SampleDocs.RECEITAS, 0), hit(SampleDocs.BREAD, 0));
        List<Passage> ps = new ContextAssembler(docs, WORDS, 0).assemble(hits, 55);

        int used = ps.stream()
                .mapToInt(p -> WORDS.applyAsInt(AnswerPrompt.format(p)))
                .sum();
        assertThat(used).isLessThanOrEqualTo(55);
        assertThat(ps).hasSize(2);
    }

    @Test
    void should_always_give_at_least_one_passage_cut_to_the_budget() {
        List<Passage> ps = new ContextAssembler(docs, WORDS, 0).assemble(List.of(hit(SampleDocs.REPORT, 1)), 12);

        assertThat(ps).hasSize(1);
        assertThat(SampleDocs.REPORT_CHUNKS.get(1)).startsWith(ps.getFirst().text());
    }
}
