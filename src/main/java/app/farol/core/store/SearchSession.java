package app.farol.core.store;

import java.util.List;

/**
 * One consistent view of the store for the searches of one query: candidate ids from both
 * methods can be compared with each other, and only the passages that survive fusion are loaded.
 * Not thread-safe; close it when the query is done.
 */
public interface SearchSession extends AutoCloseable {

    /** Best candidates by BM25 over the language-analysed text. */
    List<Candidate> keyword(String query, PassageFilter filter, int n);

    /** Nearest candidates by cosine similarity; implementations search deeper than n for recall. */
    List<Candidate> vector(float[] vector, PassageFilter filter, int n);

    /** The language of a candidate's passage (as {@code LanguageDetector} names it), cheaply. */
    String language(String candidateId);

    /** The candidate's passage, without its vector. */
    StoredPassage load(Candidate candidate);

    @Override
    void close();
}
