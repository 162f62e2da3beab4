package app.farol.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.FileScanner;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.ScannedFile;
import app.farol.core.ingest.TextBlock;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.text.Language;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private final Chunker chunker =
            new Chunker(SharedEmbedder.get()::countTokens, SharedEmbedder.get().maxTokens());

    @Test
    void should_keep_every_embedded_text_within_the_models_126_tokens_and_cover_all_text() {
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            for (ScannedFile f : new FileScanner()
                    .scan(List.of(SampleDocs.FOLDER), CancelToken.none())
                    .files()) {
                ParsedDocument doc = ((ParseOutcome.Parsed) parser.parse(f.path())).document();
                ChunkedDocument chunked = chunker.chunk(doc);
                for (Chunk c : chunked.chunks()) {
                    assertThat(SharedEmbedder.get().countTokens(c.embeddingText()))
                            .as(f.path() + " #" + c.ordinal())
                            .isLessThanOrEqualTo(126);
                    // The text is exactly the document's span, after the lead-in lines a passage inside a
                    // list repeats: no whitespace in the span that the text lacks, or joined neighbours
                    // lose the space between them ("search.A small").
                    String span = chunked.text().substring(c.startOffset(), c.endOffset());
                    assertThat(c.text()).as(f.path() + " #" + c.ordinal()).endsWith(span);
                    assertThat(span).isEqualTo(span.strip());
                }
                assertCovered(doc, chunked);
            }
        }
    }

    @Test
    void should_split_a_paragraph_without_full_stops_at_word_boundaries() {
        String words = "palavra ".repeat(600).strip();
        ParsedDocument doc = new ParsedDocument(
                "t", "text/plain", Language.PORTUGUESE, List.of(new TextBlock(words, 0, List.of(), false)));
        ChunkedDocument chunked = chunker.chunk(doc);
        assertThat(chunked.chunks()).hasSizeGreaterThan(4);
        assertThat(chunked.chunks()).allSatisfy(c -> {
            assertThat(SharedEmbedder.get().countTokens(c.embeddingText())).isLessThanOrEqualTo(126);
            assertThat(c.text()).doesNotStartWith("alavra").doesNotEndWith("palavr");
        });
        assertCovered(doc, chunked);
    }

    @Test
    void should_leave_an_inline_base64_image_out_of_every_passage(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String image = "iVBORw0KGgo" + "QUFBQUFB".repeat(130_000); // about 1 MB of base64, one word
        java.nio.file.Path md = dir.resolve("notes.md");
        java.nio.file.Files.writeString(
                md,
                "# Trip notes\n\nThe hotel in Lisbon costs 90 euros a night. "
                        + "![map](data:image/png;base64," + image
                        + ") The train leaves at 9:15 from Santa Apolónia.\n\n"
                        + "Short icon: ![i](data:image/gif;base64,R0lGODlhAQABAAAAACw=) and the museum opens at ten.\n");
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            ParsedDocument doc = ((ParseOutcome.Parsed) parser.parse(md)).document();
            List<Chunk> chunks = chunker.chunk(doc).chunks();
            assertThat(chunks)
                    .allSatisfy(c -> assertThat(c.text()).hasSizeLessThan(2_000).doesNotContain("base64,"));
            String all = String.join(" ", chunks.stream().map(Chunk::text).toList());
            assertThat(all).contains("90 euros a night", "The train leaves at 9:15", "the museum opens at ten");
        }
    }

    @Test
    void should_keep_the_rows_of_a_pdf_table_in_small_passages_of_their_own() {
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            ParsedDocument manual = ((ParseOutcome.Parsed)
                            parser.parse(SampleDocs.FOLDER.resolve("coffee-machine-manual.pdf")))
                    .document();
            assertThat(manual.blocks())
                    .filteredOn(TextBlock::tableRow)
                    .extracting(TextBlock::text)
                    .contains("Water tank capacity 1.8 litres", "Weight 7.2 kg")
                    .noneMatch(row -> row.contains("Never fill the water tank"));
            List<Chunk> chunks = chunker.chunk(manual).chunks();
            Chunk tank = chunks.stream()
                    .filter(c -> c.text().contains("1.8 litres"))
                    .findFirst()
                    .orElseThrow();
            assertThat(tank.headings()).containsExactly("Safety and specifications", "Technical specifications");
            assertThat(SharedEmbedder.get().countTokens(tank.text())).isLessThanOrEqualTo(32);
            assertThat(tank.text()).doesNotContain("What is in the box", "Model number");
        }
    }

    @Test
    void should_not_let_a_passage_cross_a_page_or_a_heading() {
        List<TextBlock> blocks = List.of(
                new TextBlock("Intro", 1, List.of("Intro"), true),
                new TextBlock("First page text.", 1, List.of("Intro"), false),
                new TextBlock("Second page text.", 2, List.of("Intro"), false),
                new TextBlock("Costs", 2, List.of("Costs"), true),
                new TextBlock("The rent is high.", 2, List.of("Costs"), false));
        ChunkedDocument chunked = chunker.chunk(new ParsedDocument("Doc", "application/pdf", Language.ENGLISH, blocks));
        assertThat(chunked.chunks())
                .extracting(Chunk::text)
                .containsExactly("First page text.", "Second page text.", "The rent is high.");
        assertThat(chunked.chunks()).extracting(Chunk::page).containsExactly(1, 2, 2);
        assertThat(chunked.chunks().get(2).headings()).containsExactly("Costs");
        assertThat(chunked.chunks().get(2).embeddingText()).startsWith("Doc > Costs");
    }

    /** Every word of every non-heading block is inside some chunk. */
    private static void assertCovered(ParsedDocument doc, ChunkedDocument chunked) {
        String all = String.join(" ", chunked.chunks().stream().map(Chunk::text).toList())
                .replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        for (TextBlock b : doc.blocks()) {
            if (!b.heading() && !all.contains(b.text().replaceAll("\\s+", " "))) {
                missing.add(b.text());
            }
        }
        // A block longer than a passage is split, so look for its sentences' words instead.
        for (String m : missing) {
            for (String word : m.split(" ")) {
                assertThat(all).contains(word);
            }
        }
    }
}
