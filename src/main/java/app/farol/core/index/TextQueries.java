package app.farol.core.index;

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

    /** The words against every language field, each analysed its own way; null if no words. */
    static Query anyLanguage(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String language : LanguageAnalyzers.LANGUAGES) {
            Query q = forLanguage(text, language);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    static Query forLanguage(String text, String language) {
        QueryBuilder builder = new QueryBuilder(LanguageAnalyzers.forLanguage(language));
        return builder.createBooleanQuery(LanguageAnalyzers.field(language), text, BooleanClause.Occur.SHOULD);
    }
}
