package app.farol.core.ingest;

import java.util.Set;

/** The image formats read with OCR: those Tesseract reads and photos of pages come in. */
final class ScanFormats {
    private static final Set<String> IMAGES =
            Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/webp");

    private ScanFormats() {}

    static boolean isImage(String mediaType) {
        return IMAGES.contains(mediaType);
    }
}
