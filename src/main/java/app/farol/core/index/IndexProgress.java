package app.farol.core.index;

import java.time.Duration;

/**
 * A snapshot of an indexing run, for progress bars.
 *
 * @param filesDone files finished (indexed, unchanged, skipped or failed) among those to process
 * @param filesTotal files to process in this run (new or changed)
 * @param chunksDone passages embedded and stored so far
 * @param chunksPerSecond recent embedding rate
 * @param eta estimated time left, from the bytes left and the rate so far; null until known
 * @param currentFile the file being parsed, or "" between files
 * @param scanPagesRead scanned pages read with OCR so far in this run
 * @param scanPagesPerSecond the OCR rate so far, pages per second of OCR
 * @param filePagesRead scanned pages of the current file read so far (its documents together)
 * @param filePagesTotal scanned pages of the current file to read, 0 while it reads none
 */
public record IndexProgress(
        int filesDone,
        int filesTotal,
        long chunksDone,
        double chunksPerSecond,
        Duration eta,
        String currentFile,
        int scanPagesRead,
        double scanPagesPerSecond,
        int filePagesRead,
        int filePagesTotal) {
    public IndexProgress(
            int filesDone,
            int filesTotal,
            long chunksDone,
            double chunksPerSecond,
            Duration eta,
            String currentFile,
            int scanPagesRead,
            double scanPagesPerSecond) {
        this(
                filesDone,
                filesTotal,
                chunksDone,
                chunksPerSecond,
                eta,
                currentFile,
                scanPagesRead,
                scanPagesPerSecond,
                0,
                0);
    }

    public IndexProgress(
            int filesDone, int filesTotal, long chunksDone, double chunksPerSecond, Duration eta, String currentFile) {
        this(filesDone, filesTotal, chunksDone, chunksPerSecond, eta, currentFile, 0, 0);
    }
}
