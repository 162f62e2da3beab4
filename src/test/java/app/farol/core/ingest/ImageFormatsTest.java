package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.OcrWord;
import app.farol.core.ocr.Tesseract;
import app.farol.testing.GeneratedPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos of pages as cameras and browsers save them, read by the real Tesseract: a JPEG taken
 * sideways whose EXIF orientation (6 or 8, written as real EXIF bytes) says how to hold it, and a
 * WebP, which Java cannot decode here and which goes to Tesseract (Leptonica, built with libwebp)
 * as it is.
 */
class ImageFormatsTest {
    private static final String LINE = "The harbour master signs the mooring permit on Friday morning.";

    @TempDir
    Path temp;

    @Test
    void should_turn_a_jpeg_upright_as_its_exif_orientation_says_before_reading_it() throws IOException {
        Path pdf = new GeneratedPdf().page(LINE).write(temp.resolve("page.pdf"));
        java.awt.image.BufferedImage upright = ScannedCopy.render(pdf, 1, 150);
        // Orientation 6: the camera was turned so that the picture must be turned a quarter clockwise to be
        // upright; its pixels are the page turned a quarter the other way. 8 is the opposite.
        Path six = jpeg(ScannedCopy.turn(upright, 3), 6, "six.jpg");
        Path eight = jpeg(ScannedCopy.turn(upright, 1), 8, "eight.jpg");
        Path sidewaysWithoutExif = jpeg(ScannedCopy.turn(upright, 3), 0, "no-exif.jpg");

        assertThat(ExifOrientation.quarterTurns(six)).isEqualTo(1);
        assertThat(ExifOrientation.quarterTurns(eight)).isEqualTo(3);
        assertThat(ExifOrientation.quarterTurns(sidewaysWithoutExif)).isZero();

        ScanReader reader = new ScanReader(OcrSettings.fromSystemProperties());
        Tesseract tesseract = reader.tesseract().orElseThrow();
        for (Path photo : List.of(six, eight)) {
            OcrPage page = read(reader, tesseract, photo);
            assertThat(text(page)).as(photo.getFileName().toString()).contains("harbour", "mooring", "permit");
            assertThat(longestLine(page))
                    .as(photo.getFileName() + ": the words of a line run across the image read, left to right")
                    .satisfies(ImageFormatsTest::runsAcross);
        }
        // Without EXIF the same pixels are read sideways (Tesseract still finds the words, but its boxes stand
        // in the sideways image): what the check above would see had the orientation been ignored.
        OcrPage sideways = read(reader, tesseract, sidewaysWithoutExif);
        List<OcrWord> line = longestLine(sideways);
        int width = line.stream().mapToInt(w -> w.left() + w.width()).max().orElse(0)
                - line.stream().mapToInt(OcrWord::left).min().orElse(0);
        int height = line.stream().mapToInt(w -> w.top() + w.height()).max().orElse(0)
                - line.stream().mapToInt(OcrWord::top).min().orElse(0);
        assertThat(height).as("a line of the sideways photo runs down it").isGreaterThan(width);
    }

    @Test
    void should_read_a_webp_through_tesseract_because_java_cannot_decode_it() throws IOException {
        // The reason WebP takes another way: no ImageIO reader for it in this JDK (ScanReader then hands the
        // file's bytes to Tesseract). Should a JDK come with one, this fails, and WebP can be decoded like PNG.
        assertThat(ImageIO.getImageReadersByMIMEType("image/webp").hasNext()).isFalse();
        Path webp = temp.resolve("page.webp");
        try (InputStream in = ImageFormatsTest.class.getResourceAsStream("images/page.webp")) {
            assertThat(in).as("images/page.webp (made by images/make-webp.sh)").isNotNull();
            Files.copy(in, webp);
        }
        ParseOutcome outcome =
                new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.fromSystemProperties()).parse(webp);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        ParsedDocument doc = ((ParseOutcome.Parsed) outcome).document();
        assertThat(doc.mediaType()).isEqualTo("image/webp");
        assertThat(doc.blocks().stream().map(TextBlock::text).collect(Collectors.joining(" ")))
                .contains("harbour master signs the mooring permit", "fishing boat Estrela");
        assertThat(doc.scannedPages()).containsExactly(1);
        assertThat(doc.scan().read()).isEqualTo(1);
    }

    private static OcrPage read(ScanReader reader, Tesseract tesseract, Path photo) throws IOException {
        List<ScanReader.PageRead> reads = reader.readImageFile(photo, tesseract, ParseControl.NONE);
        assertThat(reads).hasSize(1);
        assertThat(reads.getFirst().read()).as(reads.getFirst().failure()).isTrue();
        return reads.getFirst().ocr();
    }

    private static String text(OcrPage page) {
        return page.words().stream().map(OcrWord::text).collect(Collectors.joining(" "));
    }

    /** The words of the line Tesseract found most words on, in its reading order. */
    private static List<OcrWord> longestLine(OcrPage page) {
        Map<String, List<OcrWord>> lines = page.words().stream()
                .collect(Collectors.groupingBy(w -> w.block() + "/" + w.paragraph() + "/" + w.line()));
        return lines.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    }

    private static void runsAcross(List<? extends OcrWord> line) {
        assertThat(line).hasSizeGreaterThan(4);
        for (int i = 1; i < line.size(); i++) {
            assertThat(line.get(i).left()).isGreaterThan(line.get(i - 1).left());
            assertThat(Math.abs(line.get(i).top() - line.get(0).top()))
                    .isLessThan(Math.max(line.get(0).height(), line.get(i).height()));
        }
    }

    /** A JPEG of the image with an EXIF block holding only the orientation tag (none for 0). */
    private Path jpeg(java.awt.image.BufferedImage image, int orientation, String name) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpeg", plain)).isTrue();
        byte[] bytes = plain.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2); // SOI
        if (orientation != 0) {
            out.write(exif(orientation));
        }
        out.write(bytes, 2, bytes.length - 2);
        Path file = temp.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    /**
     * An APP1 segment as cameras write it: "Exif\0\0", a big-endian TIFF header and one IFD with
     * one entry, Orientation (0x0112, SHORT, count 1).
     */
    private static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.capacity();
        ByteBuffer app1 = ByteBuffer.allocate(2 + length);
        app1.putShort((short) 0xFFE1).putShort((short) length).put(header).put(tiff.array());
        return app1.array();
    }
}
