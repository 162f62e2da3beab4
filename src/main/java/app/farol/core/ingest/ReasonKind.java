package app.farol.core.ingest;

/**
 * The kind of a reason a file was not (fully) indexed, carried by every {@link Reason}: for
 * grouping in reports, and the plain words a front end shows ({@code kind.<NAME>} in
 * {@code app/farol/reasons/reasons*.properties}).
 *
 * <p>To add a kind: a constant here and its {@code kind.<NAME>} line in both bundles;
 * {@code ReasonSentencesTest} fails until both have it.
 */
public enum ReasonKind {
    /** Needs a password. */
    ENCRYPTED("encrypted"),
    /** Damaged or malformed, or the parser crashed on it. */
    CORRUPT("corrupt"),
    /** A format Farol does not read (archives, images, some office formats). */
    UNSUPPORTED("unsupported format"),
    /** A PDF made of images only: it would need OCR. */
    NO_TEXT_LAYER("no text layer"),
    /** Scanned pages or an image that OCR would read, but Tesseract is not installed (or they wait for OCR). */
    SCANNED("scanned"),
    /** Scanned pages OCR could not read (timed out, Tesseract failed); the rest of the file is indexed. */
    SCAN_UNREAD("scan not read"),
    /** Scanned pages OCR read with low confidence: their text may be wrong in places. */
    SCAN_DOUBTFUL("scan read with low confidence"),
    /** Readable, but holds no text (empty, or pictures only). */
    NO_TEXT("no text"),
    /** Past the size or memory limit, or expands far beyond its size (a zip bomb). */
    TOO_LARGE("too large"),
    /** Past the time limit. */
    TIMED_OUT("timed out"),
    /** The file could not be opened at all (permissions, a name, it changed or vanished). */
    UNREADABLE("unreadable"),
    /** None of the above (a link not followed, a system folder, a pipe). */
    OTHER("other"),
    /** No reason: the file was indexed whole. */
    NONE("");

    private final String label;

    ReasonKind(String label) {
        this.label = label;
    }

    /** Lower-case words, stable across versions: the {@code kind} of {@code farol index --json}, e.g. "no text layer". */
    public String label() {
        return label;
    }
}
