package app.farol.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.StructuredLines;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs as word processors make them, read by the real Tika and cut by the real chunker: the
 * passages hold whole words and sentences and none of the page furniture, and a list item keeps
 * the lines that introduce it.
 */
class PdfReadingTest {
    @TempDir
    Path temp;

    private final Chunker chunker =
            new Chunker(SharedEmbedder.get()::countTokens, SharedEmbedder.get().maxTokens());

    private List<Chunk> passages(Path pdf) {
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            return chunker.chunk(((ParseOutcome.Parsed) parser.parse(pdf)).document())
                    .chunks();
        }
    }

    @Test
    void should_leave_out_running_headers_footers_and_page_numbers_and_join_hyphenated_words() throws Exception {
        Path pdf = new GeneratedPdf()
                .title("Regimento interno")
                .header("Associação Farol — Regimento interno — uso interno")
                .footer("Página %d de %t")
                .page(
                        "O presidente da República nomeia o conselho, e o Vice-Presidente o substitui nas",
                        "ausências. O bem-estar dos associados é o fim da associação.",
                        "",
                        "A associação paga a indenização devida a quem sofrer dano nas suas atividades.")
                .page(
                        "O conselho da Re-",
                        "pública das associações reúne-se uma vez por ano. Também o Vice-",
                        "Presidente presta contas do bem-",
                        "estar dos associados, e nenhum associado pode ser chamado durante o período do")
                .page(
                        "serviço militar obrigatório, que suspende os seus deveres.",
                        "",
                        "Quem causar dano paga indeni-",
                        "zação à associação, no prazo de trinta dias.")
                .write(temp.resolve("regimento.pdf"));

        List<String> texts = passages(pdf).stream().map(Chunk::text).toList();

        assertThat(texts)
                .isNotEmpty()
                .noneMatch(t -> t.contains("uso interno") || t.contains("Página"))
                .noneMatch(t -> t.matches("(?s).*(^|\\n)\\d+(\\n|$).*"));
        String all = String.join("\n", texts);
        assertThat(all)
                .contains(
                        "O conselho da República das associações",
                        "o Vice-Presidente presta contas do bem-estar",
                        "paga indenização à associação")
                .doesNotContain("Re- pública", "Re-\npública", "Vice- Presidente", "indeni-");
        // The sentence the page break cut is one sentence, in one passage.
        assertThat(texts).anyMatch(t -> t.contains("durante o período do serviço militar obrigatório"));
    }

    @Test
    void should_give_a_list_item_its_lead_in_and_never_cut_an_item() throws Exception {
        String[] alineas = {
            "a) os analfabetos que residam em município sem escola pública de ensino fundamental;",
            "b) os maiores de setenta anos, qualquer que seja o seu estado de saúde ou o seu domicílio;",
            "c) os maiores de dezesseis e menores de dezoito anos, desde que alistados até o prazo legal;",
            "d) os que estiverem fora do país na data da eleição, comprovando a ausência perante a Justiça;",
            "e) os enfermos que, por motivo grave de saúde, não possam comparecer à sua seção eleitoral;",
            "f) os que exercerem funções públicas de serviço essencial no dia da votação, a pedido do órgão;"
        };
        Path pdf = new GeneratedPdf()
                .title("Código eleitoral de exemplo")
                .page(
                        "Art. 14. A soberania popular será exercida pelo sufrágio universal e pelo voto direto e",
                        "secreto, com valor igual para todos, nos termos desta lei.",
                        "§ 1º O alistamento eleitoral e o voto são:",
                        "I – obrigatórios para os maiores de dezoito anos;",
                        "II – facultativos para:",
                        alineas[0],
                        alineas[1],
                        alineas[2])
                .page(alineas[3], alineas[4], alineas[5], "§ 2º Não podem alistar-se como eleitores os estrangeiros.")
                .write(temp.resolve("codigo.pdf"));

        List<Chunk> chunks = passages(pdf);

        for (String alinea : alineas) {
            Chunk holder = chunks.stream()
                    .filter(c -> c.text().contains(alinea))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no passage holds the whole item: " + alinea));
            assertThat(holder.text()).as(alinea).contains("II – facultativos para:");
            assertThat(holder.text().indexOf("II – facultativos para:"))
                    .as(alinea)
                    .isLessThan(holder.text().indexOf(alinea));
        }
        Chunk last = chunks.stream()
                .filter(c -> c.text().contains(alineas[5]))
                .findFirst()
                .orElseThrow();
        // Its parents, outermost first (the article's long caput gives way to the 48-token limit).
        assertThat(last.text())
                .startsWith("§ 1º O alistamento eleitoral e o voto são:\nII – facultativos para:\n" + alineas[5]);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(SharedEmbedder.get().countTokens(c.embeddingText())).isLessThanOrEqualTo(126);
            assertThat(c.text()).as("ends a sentence or an item").matches("(?s).*[.;:]$");
            assertThat(c.text().split("\n"))
                    .allSatisfy(line -> assertThat(
                                    line.isEmpty() || StructuredLines.level(line) > 0 || line.startsWith("secreto"))
                            .as(line)
                            .isTrue());
        });
    }
}
