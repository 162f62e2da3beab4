package app.farol.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.TextBlock;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word-by-word token count the chunker relies on equals the tokenizer's count of the whole text. */
class TokenCountTest {

    @Test
    void should_count_every_paragraph_of_the_sample_documents_exactly_as_the_tokenizer_does() throws IOException {
        MiniLmEmbedder embedder = SharedEmbedder.get();
        List<String> texts = new ArrayList<>(List.of(
                "Vovó disse: \"não!\" — e saiu às 18h30min (R$ 2.350,00).",
                "e-mail: ana.nogueira@example.com\tURL https://example.org/a?b=c",
                "naïve café ŒUVRE 東京 🙂 ½ x² ﬁne",
                "  leading and trailing  \n\n  spaces  "));
        TikaDocumentParser parser = new TikaDocumentParser();
        try (Stream<Path> files = Files.list(SampleDocs.FOLDER)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                if (parser.parse(f) instanceof ParseOutcome.Parsed parsed) {
                    parsed.document().blocks().stream().map(TextBlock::text).forEach(texts::add);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(300);
        for (String text : texts) {
            assertThat(embedder.countTokens(text)).as(text).isEqualTo(embedder.countTokensInOneCall(text));
        }
    }
}
