package app.farol.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.chunk.Chunker;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageContextTest {
    @TempDir
    Path temp;

    /** Five passages of 20 characters with 5 characters of overlap, as the chunker makes them. */
    private static List<StoredPassage> passages(String path, String text) {
        List<StoredPassage> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int start = i * 15;
            int end = Math.min(text.length(), start + 20);
            out.add(new StoredPassage(
                    path,
                    "T",
                    "txt",
                    Language.ENGLISH,
                    i,
                    text.substring(start, end),
                    0,
                    List.of(),
                    start,
                    end,
                    unit()));
        }
        return out;
    }

    private static float[] unit() {
        float[] v = new float[384];
        v[0] = 1;
        return v;
    }

    @Test
    void should_show_the_cited_span_once_with_a_neighbour_on_each_side() {
        String text = "aaaaaaaaaaaaaaabbbbbbbbbbbbbbbcccccccccccccccdddddddddddddddeeeeeeeeeeeeeeeeeeee";
        String path = temp.resolve("doc.txt").toString();
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), "test")) {
            store.replaceFile(
                    new FileRecord(path, 1, 1, "h", FileStatus.INDEXED, Reason.NONE, 5, "T", "txt"),
                    passages(path, text));
            PassageContext c = PassageContext.around(store, path, 36, 55); // within passages 2 and 3 only
            assertThat(c.text()).isEqualTo(text.substring(15)); // passages 1 to 4, overlaps once
            assertThat(c.text().substring(c.highlightStart(), c.highlightEnd())).isEqualTo(text.substring(36, 55));
            assertThat(PassageContext.around(store, temp.resolve("gone.txt").toString(), 0, 5))
                    .isNull();
        }
    }

    /**
     * Two paragraphs one line break apart, cited as one span (an answer joins the passages as the
     * document has them): the marked characters are the cited ones, the single line break
     * included, while a gap outside the citation only keeps the passages apart.
     */
    @Test
    void should_rebuild_a_cited_gap_between_passages_as_the_document_has_it() {
        String path = temp.resolve("doc.txt").toString();
        List<StoredPassage> stored = List.of(
                new StoredPassage(path, "T", "txt", Language.ENGLISH, 0, "First part.", 0, List.of(), 0, 11, unit()),
                new StoredPassage(path, "T", "txt", Language.ENGLISH, 1, "Second part.", 0, List.of(), 12, 24, unit()),
                new StoredPassage(path, "T", "txt", Language.ENGLISH, 2, "Far away.", 0, List.of(), 60, 69, unit()));
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), "test")) {
            store.replaceFile(new FileRecord(path, 1, 1, "h", FileStatus.INDEXED, Reason.NONE, 3, "T", "txt"), stored);
            PassageContext c = PassageContext.around(store, path, 6, 18);
            assertThat(c.text()).isEqualTo("First part.\nSecond part.\n\nFar away.");
            assertThat(c.text().substring(c.highlightStart(), c.highlightEnd())).isEqualTo("part.\nSecond");
        }
    }

    /**
     * Real passages have gaps between them (a heading is its passages' prefix, not a passage):
     * each cited span of the user guide, as an answer cites it, is marked exactly, never shifted
     * by the length of the heading before it.
     */
    @Test
    void should_mark_exactly_the_cited_characters_across_headings() throws Exception {
        Path pdf = Path.of("sample-docs", "farol-user-guide.pdf").toAbsolutePath();
        ChunkedDocument doc;
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            doc = new Chunker(s -> s.split("\\s+").length, 200)
                    .chunk(((ParseOutcome.Parsed) parser.parse(pdf)).document());
        }
        String path = pdf.toString();
        List<StoredPassage> stored = doc.chunks().stream()
                .map(c -> new StoredPassage(
                        path,
                        "T",
                        "pdf",
                        Language.ENGLISH,
                        c.ordinal(),
                        c.text(),
                        c.page(),
                        c.headings(),
                        c.startOffset(),
                        c.endOffset(),
                        unit()))
                .toList();
        assertThat(stored.get(1).startOffset()).isGreaterThan(stored.get(0).endOffset() + 2); // a heading between them
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), "test")) {
            store.replaceFile(
                    new FileRecord(path, 1, 1, "h", FileStatus.INDEXED, Reason.NONE, stored.size(), "T", "pdf"),
                    stored);
            int checked = 0;
            for (StoredPassage p : stored) {
                for (int i = 0; i + 30 <= p.text().length(); i += 41) {
                    PassageContext c =
                            PassageContext.around(store, path, p.startOffset() + i, p.startOffset() + i + 30);
                    assertThat(c.text().substring(c.highlightStart(), c.highlightEnd()))
                            .as("passage %d at %d", p.ordinal(), i)
                            .isEqualTo(p.text().substring(i, i + 30));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(50);
        }
    }
}
