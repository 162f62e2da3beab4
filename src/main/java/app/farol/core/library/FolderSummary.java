package app.farol.core.library;

import app.farol.core.store.FileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Counts of one library folder's files by status, for the library view.
 *
 * @param folder the library folder
 * @param exists false when the folder is gone (unplugged disk, deleted)
 * @param files files the index knows below the folder
 * @param indexed of which searchable
 * @param skipped of which deliberately not indexed
 * @param failed of which unreadable
 */
public record FolderSummary(Path folder, boolean exists, int files, int indexed, int skipped, int failed) {

    /** Counts the records below {@code folder}. */
    public static FolderSummary of(Path folder, Collection<FileRecord> records) {
        int indexed = 0;
        int skipped = 0;
        int failed = 0;
        for (FileRecord r : records) {
            if (!Path.of(r.path()).startsWith(folder)) {
                continue;
            }
            switch (r.status()) {
                case INDEXED -> indexed++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
        }
        return new FolderSummary(
                folder, Files.isDirectory(folder), indexed + skipped + failed, indexed, skipped, failed);
    }
}
