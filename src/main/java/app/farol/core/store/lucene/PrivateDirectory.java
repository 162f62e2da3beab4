package app.farol.core.store.lucene;

import app.farol.core.util.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory whose files only their owner can read (0600). Lucene creates its files
 * itself with the process umask (usually 0644); each one is restricted the moment it is
 * created, before a byte of passage text is written into it, so no file of the index is ever
 * readable by others, not even between two commits.
 */
final class PrivateDirectory extends FilterDirectory {
    private final Path folder;

    PrivateDirectory(FSDirectory in) {
        super(in);
        this.folder = in.getDirectory();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        IndexOutput out = super.createOutput(name, context);
        return restricted(out);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return restricted(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput restricted(IndexOutput out) throws IOException {
        try {
            PrivateFiles.restrictFile(folder.resolve(out.getName()));
            return out;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
