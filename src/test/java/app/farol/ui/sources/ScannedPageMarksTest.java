package app.farol.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ScannedPageWords;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.OcrWord;
import app.farol.testing.GeneratedPdf;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation of a scanned page: the page image with the cited words marked, from the words and
 * boxes OCR read (real Tesseract, in-process parser, the page cache the viewer reads).
 */
class ScannedPageMarksTest {
    @TempDir
    Path temp;

    @Test
    void should_mark_the_cited_words_on_a_scanned_page_where_ocr_read_them() throws IOException {
        Path text = new GeneratedPdf()
                .page("Harbour notes, first page, typed.")
                .page("The pilot boat leaves at dawn.", "", "", "", "", "Buoy seven was repainted green in March.")
                .write(temp.resolve("original.pdf"));
        Path scan = temp.resolve("scan.pdf");
        ScannedCopy.write(text, scan, 200, Set.of(2), 1, 0, 0);
        OcrSettings ocr = OcrSettings.fromSystemProperties().withCache(temp.resolve("cache"));
        assertThat(new TikaDocumentParser(ParseLimits.DEFAULT, ocr).parse(scan))
                .isInstanceOf(ParseOutcome.Parsed.class);

        OcrPage words;
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            words = ScannedPageWords.of(doc, 2, ocr).orElseThrow().ocr();
        }
        assertThat(words.words()).extracting(OcrWord::text).contains("pilot", "Buoy", "repainted");
        assertThat(words.words()).allSatisfy(w -> {
            assertThat(w.left()).isBetween(0, words.width());
            assertThat(w.top()).isBetween(0, words.height());
            assertThat(w.left() + w.width()).isLessThanOrEqualTo(words.width());
            assertThat(w.top() + w.height()).isLessThanOrEqualTo(words.height());
        });

        PdfPageImage.Rendered shown =
                PdfPageImage.render(scan, 2, "Buoy seven was repainted green in March.", 600, ocr);
        assertThat(shown.page()).isEqualTo(2);
        assertThat(shown.highlights()).hasSize(1);
        Rectangle mark = shown.highlights().getFirst();
        int h = shown.image().getHeight();
        // GeneratedPdf writes its first line at 760 pt and each blank line takes 28 pt: the cited
        // line stands at 634 pt of 842, 0.25 of the page from its top, 60 pt from its left edge.
        assertThat(mark.getCenterY() / h).isBetween(0.22, 0.27);
        assertThat(mark.x).isBetween(40, 90);
        assertThat(mark.width).isBetween(150, 400);

        assertThat(PdfPageImage.render(scan, 2, "Buoy seven was repainted green in March.", 600, null)
                        .found())
                .as("without the page cache there is nothing to mark on a scan")
                .isFalse();
    }
}
