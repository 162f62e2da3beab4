package app.farol.core.index;

import app.farol.core.ingest.LanguageDetector;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One text field per language, each analysed with that language's stop words and stemmer, so
 * "contratos" finds "contrato" and "running" finds "run". Every query is run against all of them.
 */
final class LanguageAnalyzers {
    static final String[] LANGUAGES = {LanguageDetector.ENGLISH, LanguageDetector.PORTUGUESE, LanguageDetector.OTHER};

    private LanguageAnalyzers() {}

    static String field(String language) {
        return switch (language) {
            case LanguageDetector.ENGLISH, LanguageDetector.PORTUGUESE -> "text_" + language;
            default -> "text_other";
        };
    }

    static Analyzer forLanguage(String language) {
        return switch (language) {
            case LanguageDetector.ENGLISH -> new EnglishAnalyzer();
            case LanguageDetector.PORTUGUESE -> new Portuguese();
            default -> new StandardAnalyzer(); // no stop words: we cannot know which are stop words
        };
    }

    /** The writer's analyzer: the right one for each language field. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        field(LanguageDetector.ENGLISH), forLanguage(LanguageDetector.ENGLISH),
                        field(LanguageDetector.PORTUGUESE), forLanguage(LanguageDetector.PORTUGUESE),
                        field(LanguageDetector.OTHER), forLanguage(LanguageDetector.OTHER)));
    }

    /**
     * Portuguese with accents folded after stemming: people often type "nao" and "aluguel" for
     * "não" and "aluguél", and both sides of the match go through the same chain.
     */
    private static final class Portuguese extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, PortugueseAnalyzer.getDefaultStopSet());
            result = new PortugueseLightStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
