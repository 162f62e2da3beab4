package app.farol.core.store;

import app.farol.core.text.Language;
import java.util.List;

/**
 * One consistent view of the store for the searches of one query: candidate ids from both
 * methods can be compared with each other, and only the passages that survive fusion are loaded.
 * A session never mixes two versions of one file (see {@link PassageStore}: point-in-time in the
 * Lucene store, each file pinned at first sight in the Solr store). A candidate id is opaque and valid only in its session.
 * Searches return passages only, never file records. Not thread-safe; close it when the query
 * is done.
 */
public interface SearchSession extends AutoCloseable {

    /**
     * Best candidates by the query's score ({@link KeywordQuery}: BM25 over the analysed fields),
     * at most n, best first; none for an empty query.
     */
    List<Candidate> keyword(KeywordQuery query, PassageFilter filter, int n);

    /** Nearest candidates by cosine similarity; implementations search deeper than n for recall. */
    List<Candidate> vector(float[] vector, PassageFilter filter, int n);

    /**
     * The language of a candidate's passage ({@code "en"}, {@code "pt"} or {@code "other"}, as
     * {@code LanguageDetector} names it), cheaply: fusion asks it of many candidates it never loads.
     */
    Language language(String candidateId);

    /** The candidate's passage, without its vector. */
    StoredPassage load(Candidate candidate);

    @Override
    void close();
}
