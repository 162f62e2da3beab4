package app.farol.core.retrieval;

import java.util.List;

/**
 * Finds the passages that best match a query. Implementations are thread-safe and see the
 * latest committed (or, in the indexing process, the latest flushed) state of the index.
 */
public interface Retriever {

    /** Hits best first, at most {@code request.k()}. */
    List<SearchHit> search(SearchRequest request);

    /**
     * The passages of the same file around a hit, in document order (the hit included), for
     * answer context: {@code before} passages before it and {@code after} after it, when they exist.
     */
    List<SearchHit> neighbours(SearchHit hit, int before, int after);
}
