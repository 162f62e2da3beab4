package app.farol.core.index;

import app.farol.core.ingest.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds keyword queries from what a person typed. No query syntax: quotes, colons and
 * brackets are just characters, so no input can be a syntax error.
 */
final class TextQueries {
    /**
     * Words made of letters and digits together ("E07", "BD-450", "IL-6"): error codes, model
     * and invoice numbers. Whoever types one wants the passages that contain it, whatever
     * language the rest of the question is in, so such a word counts this much more.
     */
    static final float CODE_BOOST = 2f;
    private static final Pattern CODE = Pattern.compile("(?U)\\b(?=[\\w-]*\\d)(?=[\\w-]*\\p{L})[\\w-]{2,}\\b");

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
        for (String code : codes(text)) {
            for (String language : LanguageAnalyzers.LANGUAGES) {
                Query q = forLanguage(code, language, queryLanguage);
                if (q != null) {
                    any.add(new BoostQuery(q, CODE_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /** The codes in a query, in order (see {@link #CODE_BOOST}). */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
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
