package app.farol.core.store;

import java.io.Closeable;
import java.util.List;
import java.util.Map;

/**
 * Keeps passages, their text for keyword search and their vectors for similarity search, plus
 * one {@link FileRecord} per file.
 *
 * <p>This is the seam where a user who outgrows one machine swaps Lucene for a distributed
 * engine (OpenSearch has both BM25 and k-NN); fusion and everything above it stay the same.
 *
 * <p>Writes become visible to searches in this process at once and durable at {@link #commit()}.
 * A file's passages and record are replaced together: a search never sees half a file, and a
 * crash leaves each file either wholly at its last committed version or absent. Implementations
 * are thread-safe.
 */
public interface PassageStore extends Closeable {

    /** Every file record, by path. */
    Map<String, FileRecord> files();

    /** The passages of one file in document order, vectors included. */
    List<StoredPassage> passagesOf(String path);

    /** Replaces whatever the store holds for {@code record.path()} with these passages. */
    void replaceFile(FileRecord record, List<StoredPassage> passages);

    /** Removes the file's record and passages. */
    void removeFile(String path);

    /** Makes every write so far durable. */
    void commit();

    /** Opens a consistent view for one query's searches. */
    SearchSession openSession();

    /** Best passages by BM25 over the language-analysed text, loaded. */
    default List<RankedPassage> keywordSearch(String query, PassageFilter filter, int n) {
        try (SearchSession s = openSession()) {
            return s.keyword(query, filter, n).stream()
                    .map(c -> new RankedPassage(s.load(c), c.score()))
                    .toList();
        }
    }

    /** Nearest passages by cosine similarity, loaded. */
    default List<RankedPassage> vectorSearch(float[] vector, PassageFilter filter, int n) {
        try (SearchSession s = openSession()) {
            return s.vector(vector, filter, n).stream()
                    .map(c -> new RankedPassage(s.load(c), c.score()))
                    .toList();
        }
    }

    /** Passages of one file with ordinals in [from, to], in order. */
    List<StoredPassage> passageRange(String path, int fromOrdinal, int toOrdinal);

    /** Counts for status screens. */
    StoreStats stats();

    /** Snippet of the passage text with the query's matched words in {@code <b>}, HTML-escaped. */
    String highlight(String query, StoredPassage passage, int maxChars);
}
