package app.farol.core.store.lucene;

import app.farol.core.util.FarolException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;

/** Turns Lucene's failures into messages a person can act on: damaged (rebuild), disk full (free space). */
final class IndexErrors {
    private IndexErrors() {}

    /** The index could not be opened or read. */
    static FarolException onOpen(Path folder, IOException e) {
        if (isDiskFull(e)) {
            return diskFull(folder, e);
        }
        if (e instanceof CorruptIndexException
                || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException
                || e instanceof EOFException) {
            return new FarolException(
                    "the index at " + folder + " is damaged (" + e.getMessage()
                            + "): rebuild it with `farol index --rebuild`",
                    e);
        }
        return new FarolException("cannot open the index at " + folder + ": " + e.getMessage(), e);
    }

    /**
     * A write failed ({@code what}: "write to", "save"). After a failure Lucene may have closed
     * the writer; then its tragic exception says why. The last commit is intact in every case.
     */
    static FarolException onWrite(Path folder, IndexWriter writer, String what, Throwable e) {
        Throwable cause = e instanceof AlreadyClosedException && writer.getTragicException() != null
                ? writer.getTragicException()
                : e;
        if (isDiskFull(cause)) {
            return diskFull(folder, cause);
        }
        if (cause instanceof CorruptIndexException corrupt) {
            return onOpen(folder, corrupt);
        }
        return new FarolException("could not " + what + " the index at " + folder + ": " + cause.getMessage(), cause);
    }

    /** Whether the error, or one it was caused by, says the disk is full. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("No space left on device") || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    private static FarolException diskFull(Path folder, Throwable e) {
        return new FarolException(
                "the disk holding the index at " + folder + " is full: indexing stopped and what was saved"
                        + " before is kept; free some space and index again to go on",
                e);
    }
}
