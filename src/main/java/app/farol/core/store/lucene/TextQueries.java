package app.farol.core.store.lucene;

import app.farol.core.ingest.LanguageDetector;
import app.farol.core.store.DocumentSignals;
import app.farol.core.text.Glossary;
import app.farol.core.text.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
    /**
     * What the glossary's word in the other language weighs next to the word the person typed.
     * Below 1: who asks in Portuguese more often means a Portuguese document. Chosen on the
     * sample questions among 0.5 to 1 (docs/retrieval.md); monolingual benchmarks cannot see it.
     */
    static final float TRANSLATION_BOOST = 0.7f;
    /**
     * What a match on the passage's document ({@link DocumentSignals}: file name, first-page
     * names) weighs next to its own words. Measured: docs/retrieval.md.
     */
    static final float DOCUMENT_BOOST = 0.5f;

    private static final Pattern CODE = Pattern.compile("(?U)\\b(?=[\\w-]*\\d)(?=[\\w-]*\\p{L})[\\w-]{2,}\\b");

    /**
     * Words of a query that count. A question is far shorter; a whole prompt sent as one (through
     * farol serve) would otherwise exceed Lucene's 1,024 clauses once every word has its language
     * fields, document field and glossary alternatives.
     */
    static final int MAX_QUERY_WORDS = 48;

    private TextQueries() {}

    private static String firstWords(String text, int max) {
        String[] words = text.strip().split("\\s+");
        return words.length <= max ? text : String.join(" ", java.util.Arrays.copyOf(words, max));
    }

    /**
     * The words against every language field, each analysed its own way and without the stop
     * words of the query's own language, plus what the glossary offers for them (see
     * {@link Glossary}); null if no words. The reader tells which words no passage uses.
     */
    static Query anyLanguage(String fullText, IndexReader reader) {
        String text = firstWords(fullText, MAX_QUERY_WORDS);
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
        if (clauses > 0) {
            QueryBuilder document = new QueryBuilder(LanguageAnalyzers.forQuery(LanguageDetector.OTHER, queryLanguage));
            addBoosted(
                    any,
                    document.createBooleanQuery(DocumentSignals.FIELD, text, BooleanClause.Occur.SHOULD),
                    DOCUMENT_BOOST);
        }
        for (String code : codes(text)) {
            for (String language : LanguageAnalyzers.LANGUAGES) {
                Query q = forLanguage(code, language, queryLanguage);
                if (q != null) {
                    any.add(new BoostQuery(q, CODE_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        for (Glossary.Alternatives word : Glossary.get().alternatives(text, queryLanguage)) {
            boolean english = word.language().equals(LanguageDetector.ENGLISH);
            Query translations = english
                    ? anyOf(LanguageDetector.PORTUGUESE, word.portuguese())
                    : anyOf(LanguageDetector.ENGLISH, word.english());
            addBoosted(any, translations, TRANSLATION_BOOST);
            // A synonym stands in, at full weight, only for a word the documents never use
            // ("cachorro" where they say "cão"): next to a word they do use, synonyms measured
            // as noise on the benchmarks (docs/retrieval.md).
            if (docFreq(reader, word) == 0) {
                addBoosted(any, anyOf(word.language(), english ? word.english() : word.portuguese()), 1f);
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /**
     * Glossary words of one language against that language's field and the field of other
     * languages, as the terms the glossary analysed them into once. A passage counts the best of
     * them only: three synonyms of one word are still one word.
     */
    private static Query anyOf(String language, Iterable<Glossary.Word> words) {
        List<Query> queries = new ArrayList<>();
        for (Glossary.Word word : words) {
            queries.add(allTerms(LanguageAnalyzers.field(language), word.stems()));
            queries.add(allTerms(LanguageAnalyzers.field(LanguageDetector.OTHER), word.otherTerms()));
        }
        return queries.isEmpty() ? null : new DisjunctionMaxQuery(queries, 0f);
    }

    /** One term, or the terms of a hyphenated word ("wi-fi"), any of them matching as the typed words do. */
    private static Query allTerms(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static int docFreq(IndexReader reader, Glossary.Alternatives word) {
        try {
            return reader.docFreq(new Term(LanguageAnalyzers.field(word.language()), word.stem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addBoosted(BooleanQuery.Builder query, Query q, float boost) {
        if (q != null) {
            query.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
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
