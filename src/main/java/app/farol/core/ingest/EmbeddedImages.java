package app.farol.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The pictures inside an office document (a DOCX's or ODT's media), kept aside for OCR, while
 * every other embedded document (a spreadsheet inside a letter) is parsed into the text as Tika
 * does by default. A picture is kept when it is large enough to be a page or a good part of one
 * ({@link #MIN_PIXELS}); logos, icons and bullets are not. Whether the kept pictures are read is
 * the caller's choice: only when the document's own text is nearly empty (ADR 0009). Pictures are
 * unpacked into the {@link Reading}'s private folder, within its bounds. One per document.
 */
final class EmbeddedImages implements EmbeddedDocumentExtractor {
    /** A picture smaller than this (about 500 × 500 pixels) is no page of text worth OCR. */
    static final long MIN_PIXELS = 250_000;
    /** Most pictures one document's OCR reads. */
    static final int MAX_IMAGES = 50;
    /** A document with fewer letters of its own than this whose pictures are large is read with OCR. */
    static final int NEARLY_EMPTY = 200;

    private final EmbeddedDocumentExtractor others;
    private final Detector detector;
    private final Reading reading;
    private final List<Path> kept = new ArrayList<>();

    EmbeddedImages(EmbeddedDocumentExtractor others, Detector detector, Reading reading) {
        this.others = others;
        this.detector = detector;
        this.reading = reading;
    }

    /** The pictures kept, in the order the document holds them. */
    List<Path> kept() {
        return List.copyOf(kept);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream in = TikaInputStream.get(stream, tmp, metadata);
            String type = detector.detect(in, metadata).getBaseType().toString();
            if (!ScanFormats.isImage(type)) {
                if (others.shouldParseEmbedded(metadata)) {
                    others.parseEmbedded(in, handler, metadata, outputHtml);
                }
                return;
            }
            if (kept.size() >= MAX_IMAGES) {
                return;
            }
            String name = Objects.requireNonNullElse(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY), "image");
            Path file;
            try {
                file = reading.spool(in, name, -1);
            } catch (Reading.Refused e) {
                return; // past the file's bounds: the picture is left out, the text is still read
            }
            if (pixels(file) >= MIN_PIXELS) {
                kept.add(file);
            } else {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Width × height from the image's header, without decoding it; a WebP (no Java reader) counts as large. */
    private static long pixels(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Long.MAX_VALUE;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0; // damaged: nothing to read
        }
    }
}
