package app.farol.core.store;

import app.farol.core.text.Language;
import java.io.Closeable;
import java.util.List;
import java.util.Map;

/**
 * Keeps passages, their text for keyword search and their vectors for similarity search, plus
 * one {@link FileRecord} per file. The Lucene store ({@code core.store.lucene}) is one; an
 * engine in other processes can be another: fusion and everything above it stay the same.
 *
 * <p>What every store promises (checked by the {@code PassageStoreContract} test):
 *
 * <ul>
 *   <li><b>A file is replaced as a whole.</b> {@link #replaceFile} swaps a file's passages and
 *       record in one step: no read ({@link #files}, {@link #passagesOf}, a session) ever sees
 *       passages of two versions of one file, or half a file. Removing a file the store does not
 *       hold does nothing.
 *   <li><b>Visibility.</b> A write returns once later reads in this process can see it; a store
 *       whose engine refreshes on its own may take up to a stated delay (the contract test's
 *       {@code visibilityDelay}), after which every read sees it. The Lucene store: at once. The
 *       Solr store: {@link #passagesOf} and {@link #passageRange} at once (read by id with
 *       real-time get); {@link #files}, {@link #stats} and searches within the soft-commit
 *       interval (1 s in Farol's configset), or at once after {@link #commit()}.
 *   <li><b>Durability.</b> Writes are durable when {@link #commit()} returns; a crash leaves each
 *       file wholly at its last committed version or absent. {@link #close()} commits nothing.
 *   <li><b>One version per file in a session.</b> A {@link SearchSession} shows each file at one
 *       version for its whole life: its candidates, their languages and loaded passages never
 *       mix two versions of a file, whatever is written meanwhile. A store may promise more: the
 *       Lucene store's sessions are point-in-time snapshots (everything as it was at open); the
 *       Solr store's pin each file at the version they first see current, so a file replaced
 *       later yields fewer or no hits in that session, never newer ones beside older ones. Each
 *       convenience method here opens its own session.
 * </ul>
 *
 * <p>Implementations are thread-safe. Methods throw {@code FarolException} with a message a
 * person can act on when the store cannot be read or written.
 */
public interface PassageStore extends Closeable {

    /** Every file record, by path. */
    Map<String, FileRecord> files();

    /** The passages of one file in document order, vectors included. */
    List<StoredPassage> passagesOf(String path);

    /** Replaces whatever the store holds for {@code record.path()} with these passages. */
    void replaceFile(FileRecord record, List<StoredPassage> passages);

    /**
     * Replaces several files, each as {@link #replaceFile} does: every file is replaced as a
     * whole, the files one after another, not all at once (a read meanwhile may see some of them
     * replaced and others not yet). A path given twice ends as its last replacement says. A
     * store may write them in fewer requests than one file at a time (the Solr store: three for
     * the lot).
     */
    default void replaceFiles(List<FileReplacement> files) {
        files.forEach(f -> replaceFile(f.record(), f.passages()));
    }

    /** Removes the file's record and passages. */
    void removeFile(String path);

    /** Makes every write so far durable. */
    void commit();

    /** Opens a consistent view for one query's searches. */
    SearchSession openSession();

    /** Best passages by the keyword query's score, loaded (see {@link SearchSession#keyword}). */
    default List<RankedPassage> keywordSearch(KeywordQuery query, PassageFilter filter, int n) {
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

    /** Passages of one file with ordinals in [from, to], in ordinal order, vectors included; none for an unknown path. */
    List<StoredPassage> passageRange(String path, int fromOrdinal, int toOrdinal);

    /** Counts for status screens: records (of any status), passages, and bytes on disk (every replica's). */
    StoreStats stats();

    /**
     * A snippet of the passage's text of at most about {@code maxChars} characters, HTML-escaped,
     * with the question's words that match the passage's text field (analysed as that field
     * is: stems, accents folded) in {@code <b>}; the start of the text, cut with "…", when none
     * match. Needs no search: any store may compute it from the passage alone.
     *
     * @param queryLanguage the query's language (its stop words are never marked)
     */
    String highlight(String query, Language queryLanguage, StoredPassage passage, int maxChars);
}
