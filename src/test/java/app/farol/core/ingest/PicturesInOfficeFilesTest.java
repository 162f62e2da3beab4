package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ocr.OcrSettings;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.OfficeWithPicture;
import app.farol.testing.ReasonWords;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan pasted into a word processor: a DOCX or ODT whose content is a picture of a page is
 * read with OCR (real Tika, real Tesseract), but only when the document's own text is nearly
 * empty and the picture is large enough to be a page (ADR 0009); and, like any scan, not before
 * the files with text when the indexer says so.
 */
class PicturesInOfficeFilesTest {
    @TempDir
    Path temp;

    byte[] page;
    TikaDocumentParser parser;

    @BeforeEach
    void scanAPage() throws IOException {
        Path pdf = new GeneratedPdf()
                .page("The lease of the boathouse ends on the last day of September.", "", "Rent: 90 euros a month.")
                .write(temp.resolve("lease.pdf"));
        page = png(ScannedCopy.render(pdf, 1, 150));
        parser = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.fromSystemProperties());
    }

    @Test
    void should_read_the_pasted_scan_of_a_docx_and_an_odt_whose_own_text_is_a_title() throws IOException {
        for (Path file : new Path[] {
            OfficeWithPicture.docx(temp.resolve("lease.docx"), page, "Scan"),
            OfficeWithPicture.odt(temp.resolve("lease.odt"), page, "Scan")
        }) {
            ParsedDocument doc = parsed(parser.parse(file));
            assertThat(text(doc))
                    .as(file.getFileName().toString())
                    .startsWith("Scan")
                    .contains("lease of the boathouse ends", "September", "90 euros a month");
            assertThat(doc.scannedPages())
                    .as("its passages say they were read from a scan")
                    .containsExactly(0);
            assertThat(doc.scan().scanned()).isEqualTo(1);
            assertThat(doc.scan().read()).isEqualTo(1);
            assertThat(doc.truncationKind()).isEqualTo(ReasonKind.NONE);
        }
    }

    @Test
    void should_leave_the_pictures_of_a_document_with_text_of_its_own_and_small_pictures_alone() throws IOException {
        String own = "Minutes of the rowing club: the members agreed to repaint the boathouse doors in spring, "
                + "to buy two new pairs of oars, and to hold the regatta on the second Sunday of June, "
                + "weather permitting, with the harbour office told a month before. The treasurer reported "
                + "that the membership fees cover the insurance of the club's six boats for another year.";
        ParsedDocument report = parsed(parser.parse(OfficeWithPicture.docx(temp.resolve("minutes.docx"), page, own)));
        assertThat(text(report)).contains("regatta").doesNotContain("boathouse ends", "euros");
        assertThat(report.scan().any()).isFalse();
        assertThat(report.scannedPages()).isEmpty();

        byte[] logo = png(new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY));
        ParseOutcome logoOnly = parser.parse(OfficeWithPicture.docx(temp.resolve("logo.docx"), logo));
        assertThat(logoOnly).isInstanceOf(ParseOutcome.Skipped.class);
        assertThat(((ParseOutcome.Skipped) logoOnly).kind()).isEqualTo(ReasonKind.NO_TEXT);
    }

    @Test
    void should_keep_the_text_of_a_document_whose_picture_is_damaged_and_say_so() throws IOException {
        byte[] damaged = java.util.Arrays.copyOf(page, 400); // the header says 1275 x 1650 pixels; the rest is cut
        ParsedDocument doc = parsed(parser.parse(OfficeWithPicture.docx(temp.resolve("cut.docx"), damaged, "Scan")));
        assertThat(text(doc)).isEqualTo("Scan");
        assertThat(doc.truncationKind()).isEqualTo(ReasonKind.SCAN_UNREAD);
        assertThat(ReasonWords.english(doc.truncation()))
                .isEqualTo("scan not read: picture 1 (it could not be decoded)");
        assertThat(ReasonWords.portuguese(doc.truncation()))
                .isEqualTo("digitalização não lida: imagem 1 (não pôde ser decodificada)");
        assertThat(doc.scan()).isEqualTo(new ScanPages(1, 0, 1, 0, "eng+por"));
    }

    @Test
    void should_leave_the_pasted_scan_for_the_ocr_pass_when_scans_wait() throws IOException {
        ParseControl later = new ParseControl() {
            @Override
            public boolean readScans() {
                return false;
            }
        };
        ParseOutcome first = parser.parse(OfficeWithPicture.docx(temp.resolve("lease.docx"), page, "Scan"), later);
        ParsedDocument title = parsed(first);
        assertThat(title.truncationKind()).isEqualTo(ReasonKind.SCANNED);
        assertThat(ReasonWords.english(title.truncation()))
                .isEqualTo("scanned: a picture of text in it; waits for OCR, after the files with text");
        assertThat(ReasonWords.portuguese(title.truncation()))
                .isEqualTo(
                        "digitalizado: uma imagem de texto dentro dele; espera pelo OCR, depois dos arquivos com texto");
        assertThat(text(title)).isEqualTo("Scan");

        ParseOutcome pictureOnly = parser.parse(OfficeWithPicture.odt(temp.resolve("bare.odt"), page), later);
        assertThat(pictureOnly).isInstanceOf(ParseOutcome.Skipped.class);
        assertThat(((ParseOutcome.Skipped) pictureOnly).kind()).isEqualTo(ReasonKind.SCANNED);
    }

    private static ParsedDocument parsed(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).document();
    }

    private static String text(ParsedDocument doc) {
        return doc.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
