package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.SampleDocs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A note's list, checklist, form and table lines are blocks of their own; wrapped prose is one. */
class PlainLinesTest {

    private static List<String> blocks(String sample) {
        Path file = SampleDocs.FOLDER.resolve(sample);
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            return ((ParseOutcome.Parsed) parser.parse(file))
                    .document().blocks().stream().map(TextBlock::text).toList();
        }
    }

    @Test
    void should_keep_each_form_and_checklist_line_of_a_text_note_apart_and_join_wrapped_prose() {
        assertThat(blocks("notas-mudanca-florianopolis.txt"))
                // a form line with its indented continuation
                .contains("Indo para: Rua Bocaiúva, 1120, apto 803, Centro, Florianópolis/SC, CEP 88015-530")
                .contains("[x] Energia Curitiba: leitura final pedida para 17/01")
                .contains(
                        "[ ] Transferir a matrícula do Biscoito para uma clínica veterinária perto do apartamento novo")
                .contains("Azul = quarto do casal (caixas 1 a 9)")
                .contains("Transportadora | R$ 4.780,00")
                // prose hard-wrapped at 76 columns stays one paragraph
                .anyMatch(b -> b.startsWith(
                                "O prédio novo só permite mudança de segunda a sábado, das 8h às 18h. A Serra Azul")
                        && b.endsWith("com 48 horas de antecedência."));
    }

    @Test
    void should_read_a_markdown_table_as_rows_named_by_their_headers() {
        assertThat(blocks("diario-viagem-acores.md"))
                .contains("Despesa: Total | Total para duas pessoas: 1755 €")
                .contains("Despesa: Refeições | Total para duas pessoas: 387 €")
                .noneMatch(b -> b.contains("|---"));
    }
}
