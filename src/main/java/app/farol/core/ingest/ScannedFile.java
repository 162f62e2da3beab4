package app.farol.core.ingest;

import java.nio.file.Path;

/**
 * A file found in a library folder.
 *
 * @param path absolute, normalised path as the user sees it (links not resolved)
 * @param size bytes
 * @param modified last-modified time in milliseconds
 */
public record ScannedFile(Path path, long size, long modified) {}
