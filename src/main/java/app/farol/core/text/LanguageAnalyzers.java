package app.farol.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One text field per language, each analysed with that language's stop words and stemmer, so
 * "contratos" finds "contrato" and "running" finds "run". Every query is run against all of them.
 * The fields and the chain of each, for stores that mirror them: {@code core.store.SearchFields}.
 */
public final class LanguageAnalyzers {
    private LanguageAnalyzers() {}

    /** The analyzer of a field, for indexing and for queries in the field's own language. */
    public static Analyzer forLanguage(Language language) {
        return forQuery(language, language);
    }

    /**
     * The terms a question's text becomes in the field of {@code fieldLanguage}, in order and
     * with repeats, as {@link #forQuery} analyses it.
     */
    public static List<String> queryTerms(Language fieldLanguage, Language queryLanguage, String text) {
        try (Analyzer analyzer = forQuery(fieldLanguage, queryLanguage);
                TokenStream ts = analyzer.tokenStream(fieldLanguage.code(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            List<String> terms = new ArrayList<>();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
    }

    /**
     * The field's analyzer with the query language's stop words removed too. A Portuguese
     * question run against English passages would otherwise match them on "o", "de" and "na",
     * which are no stop words in English, and an English one match Portuguese passages on "do".
     */
    public static Analyzer forQuery(Language fieldLanguage, Language queryLanguage) {
        Language extraLanguage = queryLanguage.equals(fieldLanguage) ? Language.OTHER : queryLanguage;
        CharArraySet extra = EXTRA_STOP_WORDS.getOrDefault(extraLanguage, EXTRA_STOP_WORDS.get(Language.OTHER));
        return switch (fieldLanguage) {
            case Language.ENGLISH -> new English(extra);
            case Language.PORTUGUESE -> new Portuguese(extra);
            default -> new Other(extra); // no stop words of its own: we cannot know which are stop words
        };
    }

    /**
     * The words that make a sentence a question ("how", "what", "can I", "posso", "qual") and
     * the asker's own pronouns. They say what is asked, not what it is about, and no stop list
     * has them, so "Posso ter um cachorro?" matched every passage that says "posso" first.
     * They are stop words in every field, for passages as for questions (Farol has no phrase
     * search that would need them).
     */
    private static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "can",
                    "could", "should", "would", "do", "does", "did", "i", "me", "my", "we", "our", "you", "your",
                    "qual", "quais", "quando", "quanto", "quanta", "quantos", "quantas", "como", "onde", "porque",
                    "posso", "pode", "podem", "podemos", "devo", "deve", "devem", "devemos", "eu", "meu", "minha",
                    "nós", "nosso", "nossa", "você"),
            true));

    /**
     * The stop words added to a field's own, by the language of the query: the question words,
     * plus the query language's stop words when it is not the field's (OTHER stands for "the
     * same language"). Built once: analyzers are made for every query and every snippet.
     */
    private static final Map<Language, CharArraySet> EXTRA_STOP_WORDS = Map.of(
            Language.ENGLISH, withQuestionWords(Language.ENGLISH),
            Language.PORTUGUESE, withQuestionWords(Language.PORTUGUESE),
            Language.OTHER, withQuestionWords(Language.OTHER));

    private static CharArraySet withQuestionWords(Language language) {
        CharArraySet words = new CharArraySet(QUESTION_WORDS, false);
        words.addAll(stopWords(language));
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet stopWords(Language language) {
        return switch (language) {
            case Language.ENGLISH -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case Language.PORTUGUESE -> PortugueseAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }

    private static TokenStream stop(TokenStream in, CharArraySet words) {
        return words.isEmpty() ? in : new StopFilter(in, words);
    }

    /** Lucene's EnglishAnalyzer chain (possessives, stop words, Porter), plus the extra stop words. */
    private static final class English extends Analyzer {
        private final CharArraySet extra;

        English(CharArraySet extra) {
            this.extra = extra;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = stop(result, extra);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * Portuguese with the light stemmer and accents folded after stemming: people often type
     * "nao" and "aluguél" for "não" and "aluguel", and both sides of the match go through the
     * same chain. The heavier RSLP stemmer measured no better on Pirá and conflated too much on
     * the sample questions ("saúde", "gastámos"): see docs/retrieval.md.
     */
    private static final class Portuguese extends Analyzer {
        private final CharArraySet extra;

        Portuguese(CharArraySet extra) {
            this.extra = extra;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, PortugueseAnalyzer.getDefaultStopSet());
            result = stop(result, extra);
            result = new PortugueseLightStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Words as they are, lower-cased (StandardAnalyzer without stop words), plus the extra stop words. */
    private static final class Other extends Analyzer {
        private final CharArraySet extra;

        Other(CharArraySet extra) {
            this.extra = extra;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, stop(new LowerCaseFilter(source), extra));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
