package app.farol.core.store.lucene;

import app.farol.core.store.SearchFields;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageAnalyzers;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.QueryBuilder;

/** Short extracts of a passage with the query's words marked, analysed as the index does. */
final class Snippets {
    private Snippets() {}

    /** HTML-escaped text with matches in {@code <b>}; the passage's start when nothing matches. */
    static String highlight(String query, Language queryLanguage, StoredPassage passage, int maxChars) {
        String field = SearchFields.textField(passage.language());
        Query q = new QueryBuilder(LanguageAnalyzers.forQuery(passage.language(), queryLanguage))
                .createBooleanQuery(field, query, BooleanClause.Occur.SHOULD);
        if (q != null) {
            Highlighter highlighter = new Highlighter(
                    new SimpleHTMLFormatter("<b>", "</b>"), new SimpleHTMLEncoder(), new QueryScorer(q, field));
            highlighter.setTextFragmenter(new SimpleFragmenter(maxChars));
            try (Analyzer analyzer = LanguageAnalyzers.forLanguage(passage.language())) {
                String best = highlighter.getBestFragment(analyzer, field, passage.text());
                if (best != null) {
                    return best.strip();
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // fall through to the plain start of the passage
            }
        }
        String text = passage.text();
        String start = text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
        return SimpleHTMLEncoder.htmlEncode(start);
    }
}
