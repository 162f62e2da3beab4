package app.farol.core.store;

import java.util.List;

/**
 * One file's new record and passages, for {@link PassageStore#replaceFiles}.
 *
 * @param record the file's record; its path names the file
 * @param passages all the file's passages, vectors included (none for a file without text)
 */
public record FileReplacement(FileRecord record, List<StoredPassage> passages) {
    public FileReplacement {
        passages = List.copyOf(passages);
    }
}
