package app.farol.core.store.lucene;

import app.farol.core.store.KeywordQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A {@link KeywordQuery} as a Lucene query: clauses as SHOULD clauses of one BooleanQuery, a
 * clause of several alternatives as a DisjunctionMaxQuery (tie 0), a group of terms as a
 * BooleanQuery of SHOULD term queries (one term: the TermQuery itself), a boost other than 1 as
 * a BoostQuery.
 */
final class LuceneKeywordQuery {
    private LuceneKeywordQuery() {}

    /** Null for an empty query; the reader decides the clauses that count only for unused words. */
    static Query toLucene(KeywordQuery query, IndexReader reader) {
        if (query.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (KeywordQuery.Clause clause : query.clauses()) {
            if (clause.onlyIfUnused() != null && docFreq(reader, clause.onlyIfUnused()) > 0) {
                continue;
            }
            Query q = alternatives(clause.alternatives());
            any.add(clause.boost() == 1f ? q : new BoostQuery(q, clause.boost()), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query alternatives(List<KeywordQuery.Terms> alternatives) {
        if (alternatives.size() == 1) {
            return terms(alternatives.getFirst());
        }
        List<Query> queries = new ArrayList<>(alternatives.size());
        alternatives.forEach(t -> queries.add(terms(t)));
        return new DisjunctionMaxQuery(queries, 0f);
    }

    private static Query terms(KeywordQuery.Terms terms) {
        if (terms.terms().size() == 1) {
            return new TermQuery(new Term(terms.field(), terms.terms().getFirst()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.terms().forEach(t -> any.add(new TermQuery(new Term(terms.field(), t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static int docFreq(IndexReader reader, KeywordQuery.Term term) {
        try {
            return reader.docFreq(new Term(term.field(), term.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
