package app.farol.core.store;

import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScanPages;

/**
 * What the index knows of one file, kept next to its passages and replaced with them.
 *
 * @param path absolute, normalised path as a string
 * @param size bytes when it was indexed
 * @param modified last-modified time in milliseconds when it was indexed
 * @param hash SHA-256 of the content, hex
 * @param status indexed, skipped or failed
 * @param reason why it was skipped or failed, or a note (truncated), as data that front ends render;
 *     {@link Reason#NONE} when there is none
 * @param chunks number of passages stored
 * @param title document title, "" when not indexed
 * @param type lower-case file extension, the file type filters use
 * @param reading the {@link ReadingVersion} the file was read with; "" when the index predates them
 * @param scan how its scanned pages went ({@link ScanPages#NONE} for a file without any)
 */
public record FileRecord(
        String path,
        long size,
        long modified,
        String hash,
        FileStatus status,
        Reason reason,
        int chunks,
        String title,
        String type,
        String reading,
        ScanPages scan) {

    public FileRecord {
        scan = scan == null ? ScanPages.NONE : scan;
    }

    public FileRecord(
            String path,
            long size,
            long modified,
            String hash,
            FileStatus status,
            Reason reason,
            int chunks,
            String title,
            String type,
            String reading) {
        this(path, size, modified, hash, status, reason, chunks, title, type, reading, ScanPages.NONE);
    }

    /** The record of a file read now, with this build's {@link ReadingVersion#CURRENT}. */
    public FileRecord(
            String path,
            long size,
            long modified,
            String hash,
            FileStatus status,
            Reason reason,
            int chunks,
            String title,
            String type) {
        this(path, size, modified, hash, status, reason, chunks, title, type, ReadingVersion.CURRENT);
    }

    /** The kind of its reason ({@link ReasonKind#NONE} when there is none), what front ends group by. */
    public ReasonKind kind() {
        return reason.kind();
    }

    /** The same record with its scanned pages' counts. */
    public FileRecord withScan(ScanPages pages) {
        return new FileRecord(path, size, modified, hash, status, reason, chunks, title, type, reading, pages);
    }

    /** Whether this build reads the file as it was read then: if not, its passages are made again. */
    public boolean readAsNow() {
        return reading.equals(ReadingVersion.CURRENT);
    }
}
