package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.SampleDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table row of an HTML, DOCX or ODT document is one line: its cells joined by " | ". */
class TableRowsTest {
    @TempDir
    Path temp;

    private static List<String> blocks(Path file) {
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            return ((ParseOutcome.Parsed) parser.parse(file))
                    .document().blocks().stream().map(TextBlock::text).toList();
        }
    }

    @Test
    void should_keep_each_row_of_a_word_table_on_one_line() {
        assertThat(blocks(SampleDocs.FOLDER.resolve("orcamento-domestico-2024.docx")))
                .contains("Despesa | Valor", "Plano de saúde familiar | R$ 890,00");
    }

    @Test
    void should_keep_each_row_of_an_html_table_on_one_line_with_its_headers() {
        assertThat(blocks(SampleDocs.FOLDER.resolve("nap-study-summary.html")))
                .contains("Condition: 20-minute nap | Word pairs recalled (of 40): 26.1 | Alertness (1–9): 6.8")
                .noneMatch(b -> b.startsWith("Condition |"));
    }

    @Test
    void should_keep_the_paragraphs_of_a_cell_apart_and_skip_empty_cells() throws Exception {
        Path page = Files.writeString(temp.resolve("t.html"), """
                <html><body><p>Before the table.</p>
                <table><tr><td><p>First line</p><p>second line</p></td><td></td><td>last<br>cell</td></tr></table>
                <p>After the table.</p></body></html>""");

        assertThat(blocks(page))
                .containsExactly("Before the table.", "First line second line | last cell", "After the table.");
    }
}
