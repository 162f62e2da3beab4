package app.farol.core.ingest;

/**
 * How a file's scanned pages went, as counts a person can read in the Library: the pages that
 * needed OCR, those it read words on, those it could not read (timed out, Tesseract failed, the
 * run stopped), and those it read with low confidence; and the Tesseract languages they were
 * read with ("eng+por"), so that a change of languages reads them again.
 *
 * @param scanned pages without a usable text layer that are not blank (an image file's pages)
 * @param read pages OCR read words on
 * @param unread pages OCR could not read
 * @param doubtful pages read with low confidence (counted in {@code read} too)
 * @param languages Tesseract's languages joined by '+', "" when no page was read
 */
public record ScanPages(int scanned, int read, int unread, int doubtful, String languages) {
    /** A file without scanned pages. */
    public static final ScanPages NONE = new ScanPages(0, 0, 0, 0, "");

    public ScanPages {
        languages = languages == null ? "" : languages;
    }

    /** Whether the file has scanned pages at all. */
    public boolean any() {
        return scanned > 0;
    }

    /** Both files' pages: the documents of one archive or message together. */
    public ScanPages plus(ScanPages other) {
        if (!other.any()) {
            return this;
        }
        if (!any()) {
            return other;
        }
        return new ScanPages(
                scanned + other.scanned,
                read + other.read,
                unread + other.unread,
                doubtful + other.doubtful,
                languages.isEmpty() ? other.languages : languages);
    }
}
