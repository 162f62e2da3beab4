package app.farol.core.index;

import app.farol.core.ingest.ScanResult;
import app.farol.core.store.FileRecord;
import app.farol.core.store.ReadingVersion;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param indexed files parsed and stored in this run (new or changed)
 * @param unchanged files left as they were (same size and time, or same content)
 * @param removed files dropped because they are gone from the folders
 * @param skipped files deliberately not indexed in this run (with reasons in {@code problems})
 * @param failed files that could not be read in this run (with reasons in {@code problems})
 * @param parsed how many files were actually parsed (the rest were unchanged or copied by content)
 * @param readAgain unchanged files read again because this build reads files another way ({@link ReadingVersion})
 * @param chunks passages embedded in this run
 * @param seconds wall time
 * @param problems every skipped or failed file of this run
 * @param scanProblems folders or links the walk could not follow
 * @param cancelled whether the run was stopped early (what was done is kept)
 * @param notRead files a cancel left unread that are not in the index yet (the library's: all of them
 *     since the user's cancel, see {@code LibraryService})
 */
public record IndexReport(
        int indexed,
        int unchanged,
        int removed,
        int skipped,
        int failed,
        int parsed,
        int readAgain,
        long chunks,
        double seconds,
        List<FileRecord> problems,
        List<ScanResult.Problem> scanProblems,
        boolean cancelled,
        List<String> notRead) {

    public IndexReport {
        notRead = List.copyOf(notRead);
    }

    /** A report of a run that read every file it had to, or one whose unread files are not known. */
    public IndexReport(
            int indexed,
            int unchanged,
            int removed,
            int skipped,
            int failed,
            int parsed,
            int readAgain,
            long chunks,
            double seconds,
            List<FileRecord> problems,
            List<ScanResult.Problem> scanProblems,
            boolean cancelled) {
        this(
                indexed,
                unchanged,
                removed,
                skipped,
                failed,
                parsed,
                readAgain,
                chunks,
                seconds,
                problems,
                scanProblems,
                cancelled,
                List.of());
    }

    /** How many of the unread files lie under {@code folder}. */
    public int notReadUnder(java.nio.file.Path folder) {
        return (int) notRead.stream()
                .filter(p -> java.nio.file.Path.of(p).startsWith(folder))
                .count();
    }
}
