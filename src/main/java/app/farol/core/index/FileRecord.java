package app.farol.core.index;

/**
 * What the index knows of one file, kept next to its passages and replaced with them.
 *
 * @param path absolute, normalised path as a string
 * @param size bytes when it was indexed
 * @param modified last-modified time in milliseconds when it was indexed
 * @param hash SHA-256 of the content, hex
 * @param status indexed, skipped or failed
 * @param reason why it was skipped or failed, or a note (truncated); "" when there is none
 * @param chunks number of passages stored
 * @param title document title, "" when not indexed
 * @param type lower-case file extension, the file type filters use
 */
public record FileRecord(
        String path, long size, long modified, String hash, FileStatus status, String reason, int chunks, String title, String type) {}
