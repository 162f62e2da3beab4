package app.farol.core.store;

import java.util.List;
import java.util.Objects;

/**
 * What a question asks of keyword search, in no store's types: built once from the question by
 * {@code core.retrieval.KeywordQueries}, translated by each store into its own query. The terms
 * are analysed already, by Farol's analyzers ({@code core.text.LanguageAnalyzers}), exactly as
 * the field they name indexes text ({@link SearchFields}); a store looks them up as they are.
 *
 * <p>A passage's score is the sum over the {@link #clauses() clauses} of each clause's score:
 * BM25 (k1 0.9, b 0.4) of the terms the passage has, the best {@link Clause#alternatives()
 * alternative} only, times the clause's boost. A passage that matches no clause is not a result.
 * Immutable.
 *
 * @param clauses summed, in order; none for a question without a searchable word
 */
public record KeywordQuery(List<Clause> clauses) {
    /** Matches nothing: a question of stop words only. */
    public static final KeywordQuery EMPTY = new KeywordQuery(List.of());

    public KeywordQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /**
     * Analysed terms in one field, any of which may match; the group scores the sum of the BM25
     * scores of the terms the passage has (a term listed twice counts twice, as typed twice).
     */
    public record Terms(String field, List<String> terms) {
        public Terms {
            Objects.requireNonNull(field);
            terms = List.copyOf(terms);
        }
    }

    /** One analysed term in one field. */
    public record Term(String field, String text) {}

    /**
     * Alternatives that stand for one word (a glossary word's forms and synonyms): a passage
     * scores the best of them, never their sum (a Lucene {@code DisjunctionMaxQuery} with tie 0).
     *
     * @param alternatives one or more; with one, the clause is that group alone
     * @param boost what the clause weighs next to the others (1 is the typed words)
     * @param onlyIfUnused when not null, the clause counts only if no passage of the store (in
     *     the search's snapshot) has this term: a synonym stands in for a word the documents never
     *     use. A store evaluates it with its own document frequency; deleted passages a store has
     *     not yet merged away may still count, as Lucene's {@code docFreq} does.
     */
    public record Clause(List<Terms> alternatives, float boost, Term onlyIfUnused) {
        public Clause {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a clause needs at least one group of terms");
            }
        }

        /** The typed words in one field, at this boost, always counted. */
        public static Clause of(Terms terms, float boost) {
            return new Clause(List.of(terms), boost, null);
        }
    }
}
