package app.farol.core.index;

import app.farol.core.ingest.LanguageDetector;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds keyword queries from what a person typed. No query syntax: quotes, colons and
 * brackets are just characters, so no input can be a syntax error.
 */
final class TextQueries {
    private TextQueries() {}

    /**
     * The words against every language field, each analysed its own way and without the stop
     * words of the query's own language; null if no words.
     */
    static Query anyLanguage(String text) {
        String queryLanguage = LanguageDetector.detectShort(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String language : LanguageAnalyzers.LANGUAGES) {
            Query q = forLanguage(text, language, queryLanguage);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /** The words against one language's field; null if no words are left. */
    static Query forLanguage(String text, String language) {
        return forLanguage(text, language, LanguageDetector.detectShort(text));
    }

    private static Query forLanguage(String text, String language, String queryLanguage) {
        QueryBuilder builder = new QueryBuilder(LanguageAnalyzers.forQuery(language, queryLanguage));
        return builder.createBooleanQuery(LanguageAnalyzers.field(language), text, BooleanClause.Occur.SHOULD);
    }
}
