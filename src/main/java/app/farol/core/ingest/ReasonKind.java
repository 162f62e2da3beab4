package app.farol.core.ingest;

import java.util.Locale;

/**
 * The kind of a reason a file was not (fully) indexed: data carried by every outcome and record
 * next to its English sentence, for grouping in reports and for each front end to render in its
 * own language (the desktop's bundles have a {@code reason.<NAME>} text per constant).
 *
 * <p>To add a kind (a new format's failure, say): add a constant here and its
 * {@code reason.<NAME>} line to {@code texts.properties} and {@code texts_pt.properties};
 * {@code ReasonTextsTest} fails until both bundles have it.
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

    /** Lower-case words for reports, e.g. "no text layer". */
    public String label() {
        return label;
    }

    /**
     * The kind of a reason an older Farol stored as text only, before records kept their kind;
     * new reasons state their kind where they are made.
     */
    public static ReasonKind ofLegacyText(String reason) {
        if (reason.isEmpty()) {
            return NONE;
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.startsWith("encrypted")) {
            return ENCRYPTED;
        }
        if (r.startsWith("corrupt") || r.startsWith("the parser crashed")) {
            return CORRUPT;
        }
        if (r.startsWith("unsupported format")) {
            return UNSUPPORTED;
        }
        if (r.startsWith("no text layer")) {
            return NO_TEXT_LAYER;
        }
        if (r.startsWith("scanned")) {
            return SCANNED;
        }
        if (r.startsWith("scan not read")) {
            return SCAN_UNREAD;
        }
        if (r.startsWith("scan read with low confidence")) {
            return SCAN_DOUBTFUL;
        }
        if (r.startsWith("no text found") || r.startsWith("empty file")) {
            return NO_TEXT;
        }
        if (r.startsWith("too large") || r.startsWith("truncated") || r.startsWith("rejected: it expands")) {
            return TOO_LARGE;
        }
        if (r.startsWith("timed out")) {
            return TIMED_OUT;
        }
        if (r.startsWith("cannot read")
                || r.startsWith("the file name")
                || r.startsWith("the file was removed")
                || r.startsWith("the file kept changing")
                || r.startsWith("symbolic link loop")
                || r.startsWith("broken symbolic link")) {
            return UNREADABLE;
        }
        return OTHER;
    }
}
