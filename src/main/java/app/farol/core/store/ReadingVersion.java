package app.farol.core.store;

import app.farol.core.chunk.Chunker;

/**
 * Which way of reading files made a file's passages: the parser's text and structure, the
 * chunker's cuts and the analyzers' words. Each file's record keeps the one it was read with, and
 * a file read another way is read again by the next run, even when it has not changed. So an
 * upgrade that reads files better reaches the files already indexed, one committed file at a
 * time, without a rebuild.
 */
public final class ReadingVersion {
    /** Bump when the parser gives other text or structure for the same file (pages, headings, table rows). */
    // 2: a table row is one line, its cells joined by " | "; 3: a PDF loses running headers, footers and
    // page numbers, joins hyphenated words and sentences cut by a page, and keeps list items and rows apart;
    // 4: mail (.eml, .mbox, .msg) and archives (.zip, .7z) are read as the documents they hold, and
    // OneNote, Apple iWork (before 2013) and OpenOffice 1.x files are read; 5: a note's list, checklist,
    // form and table lines are units of their own (PlainLines), and scanned PDF pages and images (PNG,
    // JPEG, TIFF, BMP, WebP) are read with OCR. The OCR of a page is cached by its image's hash under its
    // own version (OcrCache.VERSION), so bumping this does not read any page again. 6: scans inside archives
    // and mail are flagged, pictures of text in nearly empty office files are read, and each record keeps
    // its scanned pages' counts and OCR languages (the Library lists them).
    private static final int PARSING = 6;
    /** Bump when an analyzer keeps other words of the same text (stop words, stemming). */
    private static final int ANALYSIS = 2; // 2: the document field (file name, first-page names)

    /** The way this build reads files. */
    public static final String CURRENT =
            "parsing " + PARSING + ", chunking " + Chunker.VERSION + ", analysis " + ANALYSIS;

    private ReadingVersion() {}
}
