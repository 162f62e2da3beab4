package app.farol.core.ingest;

/**
 * The particular cause of a {@link Reason}, finer than its {@link ReasonKind}: which sentence a
 * front end shows, the reason's values filling it in. The sentences are in the front ends'
 * bundles ({@code app/farol/reasons/reasons*.properties}, key {@code cause.<NAME>}), never here:
 * the comment on each constant says what its values are, in order.
 *
 * <p>To add a cause: a constant here and its {@code cause.<NAME>} line in both bundles;
 * {@code ReasonSentencesTest} fails until both have it, with as many values as the bundles use.
 */
public enum Cause {
    /** No reason: the file was read whole. */
    NONE(ReasonKind.NONE),
    /** A reason an older Farol stored as an English sentence: the sentence. */
    STORED_TEXT(null),

    /** The file is empty. */
    EMPTY_FILE(ReasonKind.NO_TEXT),
    /** Read, but no text in it: its media type. */
    NO_TEXT_IN(ReasonKind.NO_TEXT),
    /** A PDF whose pages are blank: how many. */
    BLANK_PAGES(ReasonKind.NO_TEXT),
    /** OCR read no words on the scanned pages of a PDF: how many. */
    OCR_NO_WORDS(ReasonKind.NO_TEXT),
    /** OCR read no words on an image. */
    OCR_NO_WORDS_IMAGE(ReasonKind.NO_TEXT),
    /** Only a title or headings, nothing a search could find. */
    ONLY_HEADINGS(ReasonKind.NO_TEXT),
    /** A container that holds no documents: its {@link Container} (ordinal). */
    EMPTY_CONTAINER(ReasonKind.NO_TEXT),
    /**
     * No document in a container has text: its {@link Container} (ordinal), how many, the first's
     * name; the first's reason is the inner one.
     */
    NO_PART_READ(ReasonKind.NO_TEXT),

    /** A PDF of images only whose pages could not be rendered for OCR. */
    NO_TEXT_LAYER(ReasonKind.NO_TEXT_LAYER),

    /** A format no parser reads: its media type. */
    UNSUPPORTED_TYPE(ReasonKind.UNSUPPORTED),
    /** Binary data of no known type. */
    UNKNOWN_BINARY(ReasonKind.UNSUPPORTED),
    /**
     * Apple Pages, Keynote or Numbers 2013 or later: which (0 Pages, 1 Keynote, 2 Numbers, 3 one
     * of them, when the type does not say).
     */
    APPLE_IWORK(ReasonKind.UNSUPPORTED),
    /** An archive member packed with a compression method Farol cannot unpack: the method's number. */
    COMPRESSION_METHOD(ReasonKind.UNSUPPORTED),

    /** Needs a password. */
    PASSWORD(ReasonKind.ENCRYPTED),
    /** An archive that needs a password. */
    ARCHIVE_PASSWORD(ReasonKind.ENCRYPTED),

    /** Damaged: the parser's own plain message (English, from the library). */
    DAMAGED(ReasonKind.CORRUPT),
    /** The parser met data it could not make sense of: the Java error's simple name. */
    PARSER_CONFUSED(ReasonKind.CORRUPT),
    /** The parser failed with an error: its simple name. */
    PARSER_FAILED(ReasonKind.CORRUPT),
    /** The parser's process crashed: its exit code. */
    PARSER_CRASHED(ReasonKind.CORRUPT),
    /** An archive that cannot be opened: the library's plain message. */
    ARCHIVE_UNOPENABLE(ReasonKind.CORRUPT),
    /** The rest of an archive cannot be read. */
    ARCHIVE_REST_UNREADABLE(ReasonKind.CORRUPT),

    /** It expands to far more data than its size: a zip bomb. */
    ZIP_BOMB(ReasonKind.TOO_LARGE),
    /** A zip bomb's entry: its name, its packed KB, its unpacked MB. */
    ZIP_BOMB_ENTRY(ReasonKind.TOO_LARGE),
    /** It unpacks to more than the parser can hold: the MB it unpacks to. */
    UNPACKS_TO(ReasonKind.TOO_LARGE),
    /** It unpacks past the bound: the bound in MB. */
    UNPACKS_PAST(ReasonKind.TOO_LARGE),
    /** An archive of too many files: the bound. */
    TOO_MANY_FILES(ReasonKind.TOO_LARGE),
    /** Archives nested too deep: the bound. */
    NESTED_ARCHIVES(ReasonKind.TOO_LARGE),
    /** Messages nested too deep: the bound. */
    NESTED_MESSAGES(ReasonKind.TOO_LARGE),
    /** Text cut at the character limit: the limit. */
    TRUNCATED(ReasonKind.TOO_LARGE),
    /** The file's text reached the character limit before this part: the limit. */
    TRUNCATED_BEFORE_PART(ReasonKind.TOO_LARGE),
    /** Parsing needs more memory than the parser may use: its heap in MB, 0 when unknown. */
    OUT_OF_MEMORY(ReasonKind.TOO_LARGE),
    /** The parser's answer is longer than the app takes for one file: the bound in MB. */
    ANSWER_TOO_LONG(ReasonKind.TOO_LARGE),

    /** Timed out before any text was read. */
    TIMED_OUT_BEFORE_TEXT(ReasonKind.TIMED_OUT),
    /** Timed out: the limit in seconds; what was read until then is indexed. */
    TIMED_OUT_PARTLY(ReasonKind.TIMED_OUT),
    /** The parser stopped responding within the limit: the limit in seconds; nothing indexed. */
    PARSER_UNRESPONSIVE(ReasonKind.TIMED_OUT),
    /** An archive took longer than the time limit; the files read until then are indexed. */
    ARCHIVE_TIMED_OUT(ReasonKind.TIMED_OUT),

    /** Permission denied. */
    PERMISSION_DENIED(ReasonKind.UNREADABLE),
    /** Cannot be read: the system's plain message. */
    CANNOT_READ(ReasonKind.UNREADABLE),
    /** Removed while it was read. */
    REMOVED(ReasonKind.UNREADABLE),
    /** Kept changing while it was read. */
    KEPT_CHANGING(ReasonKind.UNREADABLE),
    /** A name that is not valid text in the system's encoding. */
    UNDECODABLE_NAME(ReasonKind.UNREADABLE),
    /** A broken symbolic link. */
    BROKEN_LINK(ReasonKind.UNREADABLE),
    /** A symbolic link loop. */
    LINK_LOOP(ReasonKind.UNREADABLE),
    /** A folder that may not be read now. */
    FOLDER_DENIED(ReasonKind.UNREADABLE),
    /** A folder that cannot be read now: the system's plain message. */
    FOLDER_UNREADABLE(ReasonKind.UNREADABLE),

    /** A link that leads outside the library. */
    LINK_OUTSIDE(ReasonKind.OTHER),
    /** A system folder (/proc, /sys, /dev). */
    SYSTEM_FOLDER(ReasonKind.OTHER),
    /** A pipe, socket or device. */
    NOT_REGULAR(ReasonKind.OTHER),
    /** Removed while it was being indexed: whatever the index held for it goes. */
    GONE(ReasonKind.OTHER),
    /** The parser's process stopped answering. */
    PARSER_SILENT(ReasonKind.OTHER),
    /** Indexing was interrupted. */
    INTERRUPTED(ReasonKind.OTHER),

    /**
     * Scanned, and Tesseract is not installed: the {@link ScanShape} (ordinal), the scanned
     * pages (or pictures), all pages.
     */
    NEEDS_TESSERACT(ReasonKind.SCANNED),
    /** Scanned, waiting for OCR after the files with text: as {@link #NEEDS_TESSERACT}. */
    WAITS_FOR_OCR(ReasonKind.SCANNED),
    /** OCR was stopped before it read anything. */
    SCAN_STOPPED(ReasonKind.SCAN_UNREAD),
    /**
     * OCR could not read some pages: 1 when no page was read at all (else 0), how many, the pages
     * ("3, 4"), the first one's failure (Tesseract's plain message).
     */
    SCAN_PAGES_UNREAD(ReasonKind.SCAN_UNREAD),
    /** OCR was stopped with pages left: 1 when no page was read at all (else 0), how many were left. */
    SCAN_PAGES_STOPPED(ReasonKind.SCAN_UNREAD),
    /** OCR read pages with low confidence: how many, the pages with their confidence ("5 (40 %), 7 (52 %)"). */
    LOW_CONFIDENCE(ReasonKind.SCAN_DOUBTFUL),
    /**
     * OCR could not read some pictures of an office file (ADR 0009): 1 when none was read at all
     * (else 0), how many, the pictures ("1, 3"), the first one's failure (Tesseract's plain
     * message), 1 when the first could not be decoded at all (else 0).
     */
    SCAN_PICTURES_UNREAD(ReasonKind.SCAN_UNREAD),
    /** OCR was stopped with pictures of an office file left: 1 when none was read at all (else 0), how many were left. */
    SCAN_PICTURES_STOPPED(ReasonKind.SCAN_UNREAD),
    /** OCR read pictures of an office file with low confidence: how many, the pictures with their confidence. */
    LOW_CONFIDENCE_PICTURES(ReasonKind.SCAN_DOUBTFUL),

    /** A document inside the file was not read: its name, how many more were not; the inner reason is its. */
    PART_UNREAD(null),
    /** A note on a document inside the file: its name, how many more have one; the inner reason is the note. */
    PART_NOTE(null),
    /**
     * A document inside the file whose scans wait for OCR (or for Tesseract), named first so the
     * file is read again with them: its name, how many more documents in it have such scans, how
     * many other documents in it could not be read; the inner reason is its scan's.
     */
    PART_SCANS(null),
    /**
     * Nothing in a container was read now, and a document in it has scans that wait: its name,
     * how many more documents in it are not read now, its {@link Container} (ordinal); the inner
     * reason is its scan's.
     */
    PART_SCANS_ONLY(null),
    /** Every document of a container failed alike: its {@link Container} (ordinal); the inner reason is theirs. */
    EVERY_PART(null),
    /** A container's reading stopped part way: the inner reason is why. */
    REST_UNREAD(null);

    /** What holds the documents of a container, for its reasons. */
    public enum Container {
        ARCHIVE,
        MESSAGE,
        MAILBOX
    }

    /** What was scanned: the whole file, some of its pages, an image, or one or more pictures inside an office file. */
    public enum ScanShape {
        WHOLE,
        SOME_PAGES,
        IMAGE,
        PICTURE,
        PICTURES
    }

    private final ReasonKind kind;

    Cause(ReasonKind kind) {
        this.kind = kind;
    }

    /** The kind of its reasons; null for a cause that takes its kind from its inner reason or from storage. */
    ReasonKind kind() {
        return kind;
    }
}
